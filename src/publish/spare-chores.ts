/**
 * The two slow chores of levelling a spare, done on a worker thread instead of the main thread:
 * the hard links below the folders linked late (a re-indexed search shard's 2,100 files) and
 * the removal of the folder the spare's old files were moved into. Through libuv's pool their
 * callbacks still ran on the main thread (fs/promises' rm is a rimraf in JavaScript: a readdir, an
 * lstat and a promise for each entry): 10–15 ms of its own time in a one-edit build's profile, more
 * with the promises' collection; on a worker they go on on the other core while the site model
 * loads, and the main thread pays for one worker's start (1–3 ms) and two messages.
 *
 * A worker of inline code needs no file of its own (the commands run as bundles, the tests from
 * the TypeScript sources); test/publish/spare-version.test.ts holds it to what levelSpare promises.
 * A build killed meanwhile kills the worker with it: the version being filled has no state and
 * the trash folder is debris, both removed by the next build (clean-debris.ts), as before.
 */
import { Worker } from "node:worker_threads";

/**
 * `workerData` is { from, to, files, trash }: each of `files` (relative, forward slashes) is
 * linked from `from + file` to `to + file` (over a file already there; copied where links are not
 * possible), then `trash` (if any) is removed. Messages: { copied } or { error } once the links
 * are done, then { removed } once the trash is gone.
 */
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const { linkSync, unlinkSync, copyFileSync, rmSync } = require("node:fs");
const { from, to, files, trash } = workerData;
const linkOrCopy = (source, target) => {
  try {
    linkSync(source, target);
    return true;
  } catch (error) {
    if (error.code !== "EXDEV" && error.code !== "EPERM") throw error;
    copyFileSync(source, target);
    return false;
  }
};
const copied = [];
let failed;
for (const file of files) {
  try {
    let linked;
    try {
      linked = linkOrCopy(from + file, to + file);
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      unlinkSync(to + file);
      linked = linkOrCopy(from + file, to + file);
    }
    if (!linked) copied.push(file);
  } catch (error) {
    failed ??= { message: error.message, code: error.code };
  }
}
parentPort.postMessage(failed ? { error: failed } : { copied });
if (trash) {
  try {
    rmSync(trash, { recursive: true, force: true, maxRetries: 2 });
  } catch {}
}
parentPort.postMessage({ removed: true });
`;

/** What the worker was given to do, as two promises: see Levelled in spare-version.ts. */
export interface SpareChores {
  /** The files copied, not linked; rejects with the first error (an Error with its code), once every link was tried. */
  readonly linked: Promise<readonly string[]>;
  /** Settles when `trash` is gone, or could not be removed (never rejects: what is left is debris for the next build). */
  readonly discarded: Promise<void>;
}

/**
 * Links `files` from below `fromFolder` to below `toFolder` (whose folders must exist), then
 * removes `trash`, on a worker thread. `fromFolder` and `toFolder` end with the path separator.
 */
export function spareChoresOnWorker(fromFolder: string, toFolder: string, files: readonly string[], trash: string | undefined): SpareChores {
  if (files.length === 0 && !trash) return { linked: Promise.resolve([]), discarded: Promise.resolve() };
  let settleLinked!: { resolve: (copied: readonly string[]) => void; reject: (error: unknown) => void };
  let settleDiscarded!: () => void;
  const linked = new Promise<readonly string[]>((resolve, reject) => (settleLinked = { resolve, reject }));
  const discarded = new Promise<void>((resolve) => (settleDiscarded = resolve));
  // The caller awaits the links only after planning: a failure before then is not an unhandled rejection.
  linked.catch(() => undefined);
  // stdout and stderr its own, never read (it writes nothing): piped into the command's, they cost the main thread ~10 ms.
  const worker = new Worker(workerSource, { eval: true, stdout: true, stderr: true, workerData: { from: fromFolder, to: toFolder, files, trash } });
  worker.on("message", (message: { copied?: string[]; error?: { message: string; code?: string }; removed?: true }) => {
    if (message.removed) return settleDiscarded();
    if (message.copied) return settleLinked.resolve(message.copied);
    const error = new Error(message.error?.message ?? "a link of the spare failed") as NodeJS.ErrnoException;
    if (message.error?.code) error.code = message.error.code;
    settleLinked.reject(error);
  });
  // A worker that could not start or died: the links are not known to be made (the build fails and
  // removes the version); the trash is debris. Settled once: after the answers this changes nothing.
  const failed = (error: unknown): void => {
    settleLinked.reject(error instanceof Error ? error : new Error("the worker linking the spare's files stopped"));
    settleDiscarded();
  };
  worker.once("error", failed);
  worker.once("exit", () => failed(undefined));
  return { linked, discarded };
}
