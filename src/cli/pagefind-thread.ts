/**
 * Pagefind's service driven from a thread of its own, for the one-edit build: the shard's pages
 * go to Pagefind while the main thread renders the rest of the edit, instead of after it.
 *
 * Why a thread: Pagefind's Node API writes each page down a pipe from the event loop of the
 * thread that started the service, and a pipe holds 64 KB. While the main thread renders
 * (synchronous work), its loop does not turn, so only a page or two reached Pagefind (measured
 * in the README's search section). This thread's loop turns while the main thread renders: it
 * reads the shard's unchanged pages from disk and sends them, and the edited pages as soon as
 * the main thread hands over their text. Pages go to Pagefind in the shard's order, whatever
 * order they are rendered in, so the bundle is the same bytes as search-index.ts's.
 *
 * The thread is the command's helper thread when it has one (src/helper-thread.ts): after the
 * stats of the sources and the check of the published site, whose thread it would otherwise
 * compete with for the machine's second core while the main thread loads the site, and without
 * the 60–100 ms of CPU a thread of its own costs to start. Without a helper it is a thread of its
 * own, as for a test. The code is `threadMain` below, passed as source text: the commands run as
 * esbuild bundles, where a worker file of its own would have no path to load from.
 */
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { runChore, type HelperThread } from "../helper-thread.ts";

/** One shard's bundle to write: `pages` in order, read from `site` unless listed in `pending`. */
export interface ShardJob {
  readonly site: string;
  readonly pages: readonly string[];
  readonly bundleDir: string;
  /** Pages whose text the main thread sends (`page`) instead of the file on disk. */
  readonly pending: readonly string[];
}

/** What the thread was started with. */
interface ThreadData {
  readonly pagefindUrl: string;
  readonly config: { readonly excludeSelectors: readonly string[] };
  readonly pagesInFlight: number;
  readonly unusedFiles: readonly string[];
}

type ToThread =
  | { readonly type: "shard"; readonly id: number; readonly job: ShardJob }
  | { readonly type: "page"; readonly page: string; readonly text: string }
  | { readonly type: "abandon" }
  | { readonly type: "close" };

/** `id`: the shard job's number in this thread. */
type FromThread = { readonly type: "done"; readonly id: number } | { readonly type: "failed"; readonly id: number; readonly message: string };

export interface PagefindThread {
  /** Queues a shard; resolves when its bundle is written and checked. Shards run one after another. */
  index(job: ShardJob): Promise<void>;
  /** The text of a pending page, as written to disk. */
  page(page: string, text: string): void;
  /** Stops the shards queued or running (they fail); the thread stays up for close(). */
  abandon(): void;
  /** Closes Pagefind and ends the thread; pending shards fail. */
  close(): Promise<void>;
}

/**
 * Starts, on `helper` (a thread of its own without one), Pagefind's service with one index made
 * ahead of need (the process start and Pagefind's loading then overlap the caller's other work).
 */
export function startPagefindThread(data: ThreadData, helper?: HelperThread): PagefindThread {
  const { port1: port, port2 } = new MessageChannel();
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let ended: Error | undefined;
  let jobs = 0;
  const failAll = (error: Error): void => {
    ended = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  port.on("message", (message: FromThread) => {
    const waiter = waiting.get(message.id);
    if (!waiter) return;
    waiting.delete(message.id);
    if (message.type === "done") waiter.resolve();
    else waiter.reject(new Error(message.message));
  });
  // The build never waits on the thread unless it asked for a shard. After the listener: adding one refs the port again.
  port.unref();
  // Pagefind gone (it panics on ENOSPC), or the thread, closes the port: said here.
  const exited = new Promise<void>((resolve) =>
    port.once("close", () => {
      failAll(new Error("Pagefind's thread ended before it finished the search index"));
      resolve();
    }),
  );
  const send = (message: ToThread): void => {
    if (!ended) port.postMessage(message);
  };
  const source = `${threadPrelude}\n(${threadMain.toString()})(load, data);`;
  // The chore not run (the thread could not start, or threw at once): the port goes, and every shard asked for fails.
  const stopped = (): void => port.close();
  runChore(helper, source, { ...data, port: port2 }, [port2], stopped);
  return {
    index(job) {
      if (ended) return Promise.reject(ended);
      port.ref();
      const id = jobs++;
      const done = new Promise<void>((resolve, reject) => waiting.set(id, { resolve, reject }));
      send({ type: "shard", id, job });
      return done.finally(() => {
        if (waiting.size === 0) port.unref();
      });
    },
    page(page, text) {
      send({ type: "page", page, text });
    },
    abandon() {
      send({ type: "abandon" });
    },
    async close() {
      if (ended) return;
      port.ref();
      send({ type: "close" });
      await exited;
    },
  };
}

/**
 * What the thread's source text starts with, as written here, never compiled: `load` imports a
 * module (threadMain's own `import()` or `require()` would be rewritten by the bundler and the
 * test runner into helpers the thread does not have), `__name` is the helper esbuild's keepNames
 * may call in threadMain's compiled text.
 */
const threadPrelude = "const load = (specifier) => import(specifier);\nvar __name = (target) => target;";

/**
 * The thread's part. Runs as source text (a chore, see HelperThread): it may use only what `load`
 * imports and `data`, nothing of this module. Messages that come before its listener wait in the
 * port. It ends by closing the port, once Pagefind has closed.
 */
async function threadMain(load: <T>(specifier: string) => Promise<T>, data: ThreadData & { readonly port: MessagePort }): Promise<void> {
  const { readFileSync, rmSync } = await load<typeof import("node:fs")>("node:fs");
  const path = await load<typeof import("node:path")>("node:path");
  const { port } = data;
  const pagefind = load<typeof import("pagefind")>(data.pagefindUrl);
  // Made ahead of need; each shard takes it or makes its own.
  let ahead: Promise<import("pagefind").NewIndexResponse> | undefined = pagefind.then((api) => api.createIndex({ excludeSelectors: [...data.config.excludeSelectors] }));
  ahead.catch(() => undefined);
  const texts = new Map<string, string>();
  const textWaiters = new Map<string, (text: string) => void>();
  let abandoned = false;
  let abandonWaiters: (() => void)[] = [];
  let queue: Promise<void> = Promise.resolve();

  const textOf = (page: string): Promise<string> => {
    const text = texts.get(page);
    if (text !== undefined) {
      texts.delete(page);
      return Promise.resolve(text);
    }
    return new Promise<string>((resolve, reject) => {
      if (abandoned) return reject(new Error("abandoned"));
      textWaiters.set(page, resolve);
      abandonWaiters.push(() => reject(new Error("abandoned")));
    });
  };

  /** `written`: called once the bundle is written and checked, before Pagefind has dropped the shard's index (the build waits for the bundle only). */
  const indexShard = async (job: ShardJob, written: () => void): Promise<void> => {
    const api = await pagefind;
    const made = ahead ?? api.createIndex({ excludeSelectors: [...data.config.excludeSelectors] });
    ahead = undefined;
    const { index, errors } = await made;
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    try {
      const pending = new Set(job.pending);
      const inFlight = new Set<Promise<void>>();
      for (const page of job.pages) {
        if (abandoned) throw new Error("abandoned");
        const content = pending.has(page) ? await textOf(page) : readFileSync(path.join(job.site, page), "utf8");
        const added: Promise<void> = index.addHTMLFile({ url: `/${page.slice(0, -"index.html".length)}`, content }).then((result) => {
          inFlight.delete(added);
          if (result.errors.length) throw new Error(`Pagefind could not index ${page} of ${job.site}: ${result.errors.join("; ")}`);
        });
        inFlight.add(added);
        added.catch(() => undefined);
        if (inFlight.size >= data.pagesInFlight) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
      if (abandoned) throw new Error("abandoned");
      const bundle = await index.writeFiles({ outputPath: job.bundleDir });
      if (bundle.errors.length) throw new Error(`Pagefind could not write its bundle: ${bundle.errors.join("; ")}`);
      // Pagefind drops a page without data-pagefind-body once any page has one: every page must be kept.
      const entry = JSON.parse(readFileSync(path.join(job.bundleDir, "pagefind-entry.json"), "utf8")) as { languages?: Record<string, { page_count: number }> };
      const kept = Object.values(entry.languages ?? {}).reduce((sum, language) => sum + language.page_count, 0);
      if (kept !== job.pages.length) throw new Error(`Pagefind indexed ${kept} of ${job.pages.length} article pages of ${job.site}`);
      for (const file of data.unusedFiles) rmSync(path.join(job.bundleDir, file), { force: true });
      written();
    } finally {
      // The next shard starts only once this index is dropped, so that Pagefind holds one shard's index at a time.
      await index.deleteIndex();
    }
  };

  port.on("message", (message: ToThread) => {
    switch (message.type) {
      case "shard": {
        const { id, job } = message;
        let reported = false;
        const done = (): void => {
          reported = true;
          port.postMessage({ type: "done", id } satisfies FromThread);
        };
        queue = queue.then(() =>
          indexShard(job, done).then(
            () => undefined,
            (error: unknown) => {
              // Once the bundle is reported, only the dropping of its index can fail: Pagefind has ended, and close() and any later shard meet it.
              if (!reported) port.postMessage({ type: "failed", id, message: error instanceof Error ? error.message : String(error) } satisfies FromThread);
            },
          ),
        );
        return;
      }
      case "page": {
        const waiter = textWaiters.get(message.page);
        textWaiters.delete(message.page);
        if (waiter) waiter(message.text);
        else texts.set(message.page, message.text);
        return;
      }
      case "abandon": {
        abandoned = true;
        for (const reject of abandonWaiters) reject();
        abandonWaiters = [];
        return;
      }
      case "close": {
        abandoned = true;
        for (const reject of abandonWaiters) reject();
        abandonWaiters = [];
        // Once the running shard has stopped, Pagefind closes and the thread ends with nothing left to do.
        void queue.then(() => pagefind).then((api) => api.close(), () => undefined).then(() => port.close());
        return;
      }
    }
  });
}
