/**
 * The slow chores of the spare version (spare-version.ts), done on worker threads instead of the
 * main thread. A full build's copy of its version in hard links (copyOnWorker), made while
 * Pagefind indexes, so that its main thread stays free to feed Pagefind. The two of levelling a spare:
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
const linkOrCopySource = `
const linkOrCopy = (source, target) => {
  try {
    require("node:fs").linkSync(source, target);
    return true;
  } catch (error) {
    if (error.code !== "EXDEV" && error.code !== "EPERM") throw error;
    require("node:fs").copyFileSync(source, target);
    return false;
  }
};
`;

/** The last chore of each worker: the trash (if any) removed, then { removed } said. */
const removeTrashSource = `
if (trash) {
  try {
    require("node:fs").rmSync(trash, { recursive: true, force: true, maxRetries: 2 });
  } catch {}
}
parentPort.postMessage({ removed: true });
`;

const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const { unlinkSync } = require("node:fs");
const { from, to, files, trash } = workerData;
${linkOrCopySource}
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
${removeTrashSource}`;

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
  const { done, discarded } = choresOnWorker(workerSource, { from: fromFolder, to: toFolder, files, trash }, (message: { copied?: string[] }) => message.copied, "the worker linking the spare's files stopped");
  return { linked: done, discarded };
}

/**
 * Runs chores' `source` on a worker thread with `data`: its first message is the answer (`answerOf`
 * it, or { error }), the second { removed } once its trash is gone. The answer's promise rejects
 * with the error (an Error with its code), or `stopped` when the worker could not start or died
 * first; the trash's never rejects (what is left is debris for the next build). A build killed
 * meanwhile kills the worker with it.
 */
function choresOnWorker<M, T>(source: string, data: unknown, answerOf: (message: M) => T | undefined, stopped: string): { done: Promise<T>; discarded: Promise<void> } {
  let settleDone!: { resolve: (answer: T) => void; reject: (error: unknown) => void };
  let settleDiscarded!: () => void;
  const done = new Promise<T>((resolve, reject) => (settleDone = { resolve, reject }));
  const discarded = new Promise<void>((resolve) => (settleDiscarded = resolve));
  // The caller awaits the answer later (after planning, or once the version is published): a failure before then is not an unhandled rejection.
  done.catch(() => undefined);
  // stdout and stderr its own, never read (it writes nothing): piped into the command's, they cost the main thread ~10 ms.
  const worker = new Worker(source, { eval: true, stdout: true, stderr: true, workerData: data });
  worker.on("message", (message: M & { error?: { message: string; code?: string }; removed?: true }) => {
    if (message.removed) return settleDiscarded();
    const answer = answerOf(message);
    if (answer !== undefined) return settleDone.resolve(answer);
    const error = new Error(message.error?.message ?? stopped) as NodeJS.ErrnoException;
    if (message.error?.code) error.code = message.error.code;
    settleDone.reject(error);
  });
  // Settled once: after the answers this changes nothing.
  const failed = (error: unknown): void => {
    settleDone.reject(error instanceof Error ? error : new Error(stopped));
    settleDiscarded();
  };
  worker.once("error", failed);
  worker.once("exit", () => failed(undefined));
  return { done, discarded };
}

/**
 * `workerData` is { from, to, skip, trash }: every file below `from` is linked to the same path
 * below `to` (its folders made), but for the top-level names starting with "." or listed in
 * `skip`; each link is stat-ed, and the message is { paths, numbers } (sorted paths, and
 * [size, mtimeMs, ino] of each, as a files record holds them) or { error }; then `trash` (if any)
 * is removed and { removed } follows. WIREROOM_FAILPOINT=spare:linking-copy kills the process after the first link.
 */
const copySource = `
const { parentPort, workerData } = require("node:worker_threads");
const { mkdirSync, readdirSync, statSync } = require("node:fs");
const { from, to, skip, trash } = workerData;
${linkOrCopySource}
const found = [];
try {
  const walk = (relative) => {
    for (const entry of readdirSync(from + relative, { withFileTypes: true })) {
      if (relative === "" && (entry.name.startsWith(".") || skip.includes(entry.name))) continue;
      const child = relative + entry.name;
      if (entry.isDirectory()) {
        mkdirSync(to + child);
        walk(child + "/");
      } else if (entry.isFile()) {
        linkOrCopy(from + child, to + child);
        if (found.length === 0 && process.env.WIREROOM_FAILPOINT === "spare:linking-copy") process.kill(process.pid, "SIGKILL");
        const stat = statSync(to + child);
        found.push([child, stat.size, stat.mtimeMs, stat.ino]);
      }
    }
  };
  walk("");
  found.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const numbers = new Float64Array(3 * found.length);
  found.forEach((file, i) => numbers.set([file[1], file[2], file[3]], 3 * i));
  parentPort.postMessage({ paths: found.map((file) => file[0]), numbers });
} catch (error) {
  parentPort.postMessage({ error: { message: error.message, code: error.code } });
}
${removeTrashSource}`;

/** What copyOnWorker was given to do: see startSpareCopy in spare-version.ts. */
export interface CopyChores {
  /** The copy's files and their entries, paths sorted; rejects when a file could not be linked or copied. */
  readonly copied: Promise<{ readonly paths: readonly string[]; readonly numbers: Float64Array }>;
  /** Settles when `trash` is gone, or could not be removed (never rejects). */
  readonly discarded: Promise<void>;
}

/**
 * Makes `toFolder` (which exists, empty) a copy of `fromFolder` in hard links (see copySource),
 * then removes `trash`, on a worker thread: both folders end with the path separator.
 */
export function copyOnWorker(fromFolder: string, toFolder: string, skip: readonly string[], trash: string | undefined): CopyChores {
  const { done, discarded } = choresOnWorker(
    copySource,
    { from: fromFolder, to: toFolder, skip, trash },
    (message: { paths?: string[]; numbers?: Float64Array }) => (message.paths && message.numbers ? { paths: message.paths, numbers: message.numbers } : undefined),
    "the worker copying the site stopped",
  );
  return { copied: done, discarded };
}
