/**
 * The slow chores of the spare version (spare-version.ts), done on another thread instead of the
 * main thread: the command's helper thread when it has one (src/helper-thread.ts), a thread of
 * their own otherwise. A full build's copy of its version in hard links (copyOnWorker), made while
 * Pagefind indexes, so that its main thread stays free to feed Pagefind. The two of levelling a spare:
 * the hard links below the folders linked late (a re-indexed search shard's 2,100 files) and
 * the removal of the folder the spare's old files were moved into. Through libuv's pool their
 * callbacks still ran on the main thread (fs/promises' rm is a rimraf in JavaScript: a readdir, an
 * lstat and a promise for each entry): 10–15 ms of its own time in a one-edit build's profile, more
 * with the promises' collection; on a worker they go on on the other core while the site model
 * loads, and the main thread pays for two messages (and, without the helper thread, a thread's start).
 *
 * A chore of inline code needs no file of its own (the commands run as bundles, the tests from
 * the TypeScript sources); test/publish/spare-version.test.ts holds it to what levelSpare promises.
 * A build killed meanwhile kills the thread with it: the version being filled has no state and
 * the trash folder is debris, both removed by the next build (clean-debris.ts), as before.
 */
import { MessageChannel } from "node:worker_threads";
import { runChore, type HelperThread } from "../helper-thread.ts";

/**
 * The chore (see HelperThread): `data` is { from, to, files, trash, port }: each of `files` (relative, forward slashes) is
 * linked from `from + file` to `to + file` (over a file already there; copied where links are not
 * possible), then `trash` (if any) is removed. Messages on `port`: { copied } or { error } once
 * the links are done, then { removed } once the trash is gone.
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

/**
 * The end of each chore: the trash (if any) removed, then { removed } said. With rmSync (native
 * code in Node 24, a synchronous walk in JavaScript in Node 22) rather than the asynchronous
 * fs.rm, whose walk in JavaScript takes a callback per entry: the 28,800 files of a full build's
 * old spare. On the helper thread Pagefind's messages wait meanwhile; a one-edit build's trash is
 * the few dozen files it changed.
 */
const removeTrashSource = `
if (trash) {
  try {
    require("node:fs").rmSync(trash, { recursive: true, force: true, maxRetries: 2 });
  } catch {}
}
port.postMessage({ removed: true });
port.close();
`;

const choreSource = `
const { unlinkSync } = require("node:fs");
const { from, to, files, trash, port } = data;
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
port.postMessage(failed ? { error: failed } : { copied });
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
 * removes `trash`, on `helper` (a thread of their own without one). `fromFolder` and `toFolder`
 * end with the path separator.
 */
export function spareChoresOnWorker(fromFolder: string, toFolder: string, files: readonly string[], trash: string | undefined, helper?: HelperThread): SpareChores {
  if (files.length === 0 && !trash) return { linked: Promise.resolve([]), discarded: Promise.resolve() };
  const { done, discarded } = choresOnThread(choreSource, { from: fromFolder, to: toFolder, files, trash }, (message: { copied?: string[] }) => message.copied, "the thread linking the spare's files stopped", helper);
  return { linked: done, discarded };
}

/**
 * Runs chores' `source` on `helper` (a thread of their own without one) with `data` and a port:
 * its first message is the answer (`answerOf` it, or { error }), the second { removed } once its
 * trash is gone. The answer's promise rejects with the error (an Error with its code), or
 * `stopped` when the thread could not run the chore or died first; the trash's never rejects (what
 * is left is debris for the next build). Until both came, the port keeps the command running. A
 * build killed meanwhile kills the thread with it.
 */
function choresOnThread<M, T>(source: string, data: object, answerOf: (message: M) => T | undefined, stopped: string, helper: HelperThread | undefined): { done: Promise<T>; discarded: Promise<void> } {
  let settleDone!: { resolve: (answer: T) => void; reject: (error: unknown) => void };
  let settleDiscarded!: () => void;
  const done = new Promise<T>((resolve, reject) => (settleDone = { resolve, reject }));
  const discarded = new Promise<void>((resolve) => (settleDiscarded = resolve));
  // The caller awaits the answer later (after planning, or once the version is published): a failure before then is not an unhandled rejection.
  done.catch(() => undefined);
  const { port1, port2 } = new MessageChannel();
  port1.on("message", (message: M & { error?: { message: string; code?: string }; removed?: true }) => {
    if (message.removed) {
      port1.close();
      return settleDiscarded();
    }
    const answer = answerOf(message);
    if (answer !== undefined) return settleDone.resolve(answer);
    const error = new Error(message.error?.message ?? stopped) as NodeJS.ErrnoException;
    if (message.error?.code) error.code = message.error.code;
    settleDone.reject(error);
  });
  // Settled once: after the answers this changes nothing.
  const failed = (): void => {
    port1.close();
    settleDone.reject(new Error(stopped));
    settleDiscarded();
  };
  // The thread gone (its end of the port closes with it) or the chore not run to its end.
  port1.once("close", failed);
  runChore(helper, source, { ...data, port: port2 }, [port2], failed);
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
const { mkdirSync, readdirSync, statSync } = require("node:fs");
const { from, to, skip, trash, port } = data;
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
  port.postMessage({ paths: found.map((file) => file[0]), numbers });
} catch (error) {
  port.postMessage({ error: { message: error.message, code: error.code } });
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
 * then removes `trash`, on a thread of its own: both folders end with the path separator.
 */
export function copyOnWorker(fromFolder: string, toFolder: string, skip: readonly string[], trash: string | undefined): CopyChores {
  const { done, discarded } = choresOnThread(
    copySource,
    { from: fromFolder, to: toFolder, skip, trash },
    (message: { paths?: string[]; numbers?: Float64Array }) => (message.paths && message.numbers ? { paths: message.paths, numbers: message.numbers } : undefined),
    "the thread copying the site stopped",
    undefined,
  );
  return { copied: done, discarded };
}
