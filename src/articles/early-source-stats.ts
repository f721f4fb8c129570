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
 * Why a thread and not libuv's pool: asynchronous stats on libuv's pool cost the main thread more
 * to issue than the synchronous stats (measured for the published site's files: 0.15–0.3 s of
 * CPU against 0.09 s). The stats are a chore of the command's helper thread (src/helper-thread.ts),
 * which checks the published site after them. Why a blocking take (Atomics.wait): the loader is
 * synchronous, and by the time it asks, the thread has long finished.
 */
import path from "node:path";
import { MessageChannel, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { runChore, type HelperThread } from "../helper-thread.ts";

/** What the loader needs of a stat (fileStamp and its racy-time check). */
export interface SourceStat {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
  /**
   * fileStamp of these numbers, when the worker made it: turning 52,000 times into text cost the
   * loader's main thread some 15 ms at 10,000 articles; the worker does it on the other core.
   */
  readonly stamp?: string;
}

interface Pending {
  readonly done: Int32Array;
  readonly port: MessagePort;
}

/** Head starts not yet taken, by resolved content folder: one per command, taken once. */
const pending = new Map<string, Pending>();

/**
 * The chore (see HelperThread): walks the content folder as listContent does (names starting with "." or "_" left out, links
 * not followed: the loader stats what they reach itself) and stats every article source and
 * data file, posting their paths, sorted, and [size, mtimeMs, ctimeMs, ino] numbers, then raising
 * `done`. With them, what listContent would list (`kinds`: 1 a source, 2 a data file, 0 neither,
 * as a README.md), unless the folder holds what only listContent handles (`listed` false): a
 * link, which it follows or refuses, or something neither a file nor a folder.
 */
const choreSource = `
const { readdirSync, statSync } = require("node:fs");
const { root, done, port } = data;
const found = [];
let listed = true;
const walk = (relative) => {
  for (const entry of readdirSync(relative ? root + "/" + relative : root, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name.startsWith("_")) continue;
    const child = relative ? relative + "/" + entry.name : entry.name;
    if (entry.isDirectory()) {
      // As listContent: a folder named like a README is the maintainer's too.
      if (!/^readme\\.md$/i.test(entry.name)) walk(child);
    } else if (!entry.isFile()) listed = false;
    else if (/\\.(md|txt|11tydata\\.json)$/i.test(entry.name)) {
      const stat = statSync(root + "/" + child, { throwIfNoEntry: false });
      if (stat) {
        const kind = entry.name.endsWith(".11tydata.json") ? 2 : /\\.(md|txt)$/i.test(entry.name) && !/^readme\\.md$/i.test(entry.name) ? 1 : 0;
        found.push({ child, kind, stat });
      }
    }
  }
};
try {
  walk("");
  // In the order listContent's sort() leaves the sources in: by UTF-16 code units.
  found.sort((a, b) => (a.child < b.child ? -1 : a.child > b.child ? 1 : 0));
  const names = found.map((file) => file.child);
  const kinds = Uint8Array.from(found, (file) => file.kind);
  const numbers = new Float64Array(4 * found.length);
  found.forEach(({ stat }, i) => numbers.set([stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino], 4 * i));
  // As load-articles.ts's fileStamp writes them.
  const stamps = found.map(({ stat }) => stat.size + ":" + stat.mtimeMs + ":" + stat.ctimeMs + ":" + stat.ino);
  port.postMessage({ names, numbers, kinds, stamps, listed });
} catch {
  port.postMessage(undefined);
} finally {
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}
`;

/**
 * Starts statting the sources of `contentDir` on `helper` (a thread of its own without one), for
 * the next loadArticles of it.
 */
export function startSourceStats(contentDir: string, helper?: HelperThread): void {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  // It does not keep the command running: a build that goes another way never takes the answers.
  port1.unref();
  const data = { root: path.resolve(contentDir), done, port: port2 };
  // A chore that did not run to its end raises `done` here, so that nobody waits for it.
  const stopped = (): void => {
    Atomics.store(done, 0, 1);
  };
  runChore(helper, choreSource, data, [port2], stopped);
  pending.set(path.resolve(contentDir), { done, port: port1 });
}

/** What the worker found: its stats, and the listing when it can stand for listContent's. */
export interface EarlySources {
  readonly stats: ReadonlyMap<string, SourceStat>;
  /**
   * The article sources (sorted) and data files, as listContent lists them, listed when the
   * worker looked: the loader need not list the folder again (20–60 ms at 10,000 articles).
   * A source added since is left to the next build, as one saved while the build reads is.
   * Absent when the folder holds a link or anything but files and folders.
   */
  readonly listing?: { readonly sources: string[]; readonly dataFiles: Set<string> };
}

/** Longer than a stat of any content folder takes; past it the loader stats the sources itself. */
const waitAtMost = 5_000;

/**
 * The stats started for `contentDir`, by path relative to it (forward slashes), with its listing,
 * waiting for the worker if it is not done; undefined when none was started, or it failed. Taken once.
 */
export function takeSourceStats(contentDir: string): EarlySources | undefined {
  const key = path.resolve(contentDir);
  const started = pending.get(key);
  if (!started) return undefined;
  pending.delete(key);
  Atomics.wait(started.done, 0, 0, waitAtMost);
  const answer = receiveMessageOnPort(started.port)?.message as { names: string[]; numbers: Float64Array; kinds: Uint8Array; stamps: string[]; listed: boolean } | undefined;
  started.port.close();
  if (!answer) return undefined;
  const stats = new Map<string, SourceStat>();
  const { names, numbers, kinds, stamps, listed } = answer;
  const sources: string[] = [];
  const dataFiles = new Set<string>();
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    stats.set(name, { size: numbers[4 * i]!, mtimeMs: numbers[4 * i + 1]!, ctimeMs: numbers[4 * i + 2]!, ino: numbers[4 * i + 3]!, stamp: stamps[i]! });
    if (kinds[i] === 1) sources.push(name);
    else if (kinds[i] === 2) dataFiles.add(name);
  }
  return listed ? { stats, listing: { sources, dataFiles } } : { stats };
}
