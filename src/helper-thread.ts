/**
 * One worker thread for the chores a one-edit build hands to the machine's other core, in turn:
 * the stats of every source (src/articles/early-source-stats.ts), the check of the published
 * site (src/publish/live-check.ts), Pagefind's service (src/cli/pagefind-thread.ts) and the
 * spare version's chores (src/publish/spare-chores.ts).
 *
 * Why one thread rather than a thread each: each thread costs 35–100 ms of CPU to start (Node
 * compiles its internal modules again in every thread), and four threads beside the main thread
 * on a two-core machine took turns with it: its revive of the store of articles, which they
 * overlap, took twice as long with them as without them (README, "One edit, rebuilt"). One
 * thread working through the chores in turn leaves the main thread a core of its own.
 *
 * A chore is JavaScript source text, the body of a function of `data` and `require` (the
 * commands run as bundles, where a worker file of its own would have no path to load from). The
 * chores run in the order given, each to its end before the next starts; what a chore leaves
 * going (Pagefind's service, waiting on its process) goes on between and after the later ones. A
 * chore answers through what its data carries (a MessagePort, a shared flag), so that its caller
 * need not know which thread ran it. The thread never keeps the command running by itself; once
 * closed, it ends when its chores and what they left going are done.
 */
import { Worker, type Transferable } from "node:worker_threads";

export interface HelperThread {
  /**
   * Queues a chore. `stopped` is called if the chore did not run to its end (the thread failed to
   * start or died first, or the chore threw), so that nobody waits for an answer that will not
   * come. It may be called after the chore answered (when the thread dies just then): it must
   * change nothing then.
   */
  run(source: string, data: unknown, transfer: readonly Transferable[], stopped: () => void): void;
  /** No more chores: the thread ends after the queued ones. */
  close(): void;
}

/** The thread's code: each message is a chore ({ id, source, data }), or null to close; each chore is answered { id, failed }. */
const threadSource = `
const { parentPort } = require("node:worker_threads");
const chores = new Map();
parentPort.on("message", (message) => {
  if (message === null) return parentPort.close();
  let failed = false;
  try {
    let chore = chores.get(message.source);
    if (!chore) chores.set(message.source, (chore = new Function("data", "require", message.source)));
    chore(message.data, require);
  } catch {
    failed = true;
  }
  parentPort.postMessage({ id: message.id, failed });
});
`;

/** Starts a helper thread. */
export function startHelperThread(): HelperThread {
  // Its stdout its own, never read (chores write nothing there): piped into the command's, a
  // thread's stdout and stderr cost the main thread ~10 ms of its start. Its stderr is the
  // command's: Pagefind's Node API says there why its process stopped.
  const worker = new Worker(threadSource, { eval: true, stdout: true });
  worker.unref();
  // The chores sent and not yet done, by id: told `stopped` if the thread goes first.
  const waiting = new Map<number, () => void>();
  let next = 0;
  let gone = false;
  worker.on("message", ({ id, failed }: { id: number; failed: boolean }) => {
    const stopped = waiting.get(id);
    waiting.delete(id);
    if (failed) stopped?.();
  });
  const stop = (): void => {
    gone = true;
    for (const stopped of waiting.values()) stopped();
    waiting.clear();
  };
  worker.once("error", stop);
  worker.once("exit", stop);
  return {
    run(source, data, transfer, stopped) {
      if (gone) return stopped();
      const id = next++;
      waiting.set(id, stopped);
      worker.postMessage({ id, source, data }, transfer as Transferable[]);
    },
    close() {
      if (!gone) worker.postMessage(null);
    },
  };
}

/**
 * Runs a chore (see HelperThread.run) on `helper`, or, for a caller given none, on a thread of
 * its own, closed once the chore is queued.
 */
export function runChore(helper: HelperThread | undefined, source: string, data: unknown, transfer: readonly Transferable[], stopped: () => void): void {
  const thread = helper ?? startHelperThread();
  thread.run(source, data, transfer, stopped);
  if (!helper) thread.close();
}
