/**
 * A head start for the stat of every source: a one-edit build at 10,000 articles asks the disk
 * about 13,000 sources and data files (about 60 ms) only to find them unchanged. The command
 * starts this worker thread first, and it stats them on the machine's other core while the main
 * thread reads the store of articles; loadArticles then takes the answers (and stats itself what
 * they lack: files reached through links, a lead image, a source added meanwhile).
 *
 * The answers are the same statSync the loader would have made, only made earlier, and still
 * before the source is read: a source changed after its stat has a stamp that no longer matches
 * the next time, and is read again then, as when the loader stats it itself (see fileStamp).
 *
 * Why a worker with inline code: asynchronous stats on libuv's pool cost the main thread more to
 * issue than the synchronous stats (measured for the published site's files: 0.15–0.3 s of CPU
 * against 0.09 s), and code handed over as text needs no file of its own beside the command's
 * bundle. Why a blocking take (Atomics.wait): the loader is synchronous, and by the time it
 * asks, the worker has long finished.
 */
import path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";

/** What the loader needs of a stat (fileStamp and its racy-time check). */
export interface SourceStat {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
}

interface Pending {
  readonly done: Int32Array;
  readonly port: MessagePort;
}

/** Head starts not yet taken, by resolved content folder: one per command, taken once. */
const pending = new Map<string, Pending>();

/**
 * Walks the content folder as listContent does (names starting with "." or "_" left out, links
 * not followed: the loader stats what they reach itself) and stats every article source and
 * data file, posting their paths and [size, mtimeMs, ctimeMs, ino] numbers, then raising `done`.
 */
const workerSource = `
const { workerData } = require("node:worker_threads");
const { readdirSync, statSync } = require("node:fs");
const { root, done, port } = workerData;
const names = [];
const numbers = [];
const walk = (relative) => {
  for (const entry of readdirSync(relative ? root + "/" + relative : root, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name.startsWith("_")) continue;
    const child = relative ? relative + "/" + entry.name : entry.name;
    if (entry.isDirectory()) walk(child);
    else if (entry.isFile() && /\\.(md|txt|11tydata\\.json)$/i.test(entry.name)) {
      const stat = statSync(root + "/" + child, { throwIfNoEntry: false });
      if (stat) {
        names.push(child);
        numbers.push(stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino);
      }
    }
  }
};
try {
  walk("");
  port.postMessage({ names, numbers: Float64Array.from(numbers) });
} catch {
  port.postMessage(undefined);
} finally {
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}
`;

/** Starts statting the sources of `contentDir` on a worker thread, for the next loadArticles of it. */
export function startSourceStats(contentDir: string): void {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  // Neither keeps the command running: a build that goes another way never takes the answers.
  port1.unref();
  const worker = new Worker(workerSource, { eval: true, workerData: { root: path.resolve(contentDir), done, port: port2 }, transferList: [port2] });
  worker.unref();
  // A worker that could not start raises `done` itself, so that nobody waits for it.
  worker.once("error", () => {
    Atomics.store(done, 0, 1);
  });
  pending.set(path.resolve(contentDir), { done, port: port1 });
}

/** Longer than a stat of any content folder takes; past it the loader stats the sources itself. */
const waitAtMost = 5_000;

/**
 * The stats started for `contentDir`, by path relative to it (forward slashes), waiting for the
 * worker if it is not done; undefined when none was started, or it failed. Taken once.
 */
export function takeSourceStats(contentDir: string): ReadonlyMap<string, SourceStat> | undefined {
  const key = path.resolve(contentDir);
  const started = pending.get(key);
  if (!started) return undefined;
  pending.delete(key);
  Atomics.wait(started.done, 0, 0, waitAtMost);
  const answer = receiveMessageOnPort(started.port)?.message as { names: string[]; numbers: Float64Array } | undefined;
  started.port.close();
  if (!answer) return undefined;
  const stats = new Map<string, SourceStat>();
  const { names, numbers } = answer;
  for (let i = 0; i < names.length; i++) stats.set(names[i]!, { size: numbers[4 * i]!, mtimeMs: numbers[4 * i + 1]!, ctimeMs: numbers[4 * i + 2]!, ino: numbers[4 * i + 3]! });
  return stats;
}
