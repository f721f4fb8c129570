/**
 * The check of the published site against its build state (checkFiles: a stat of every file,
 * 28,800 at 10,000 articles, about 0.1 s), started before the build takes its lock and run on
 * a worker thread, so that it goes on on the machine's other core while the main thread reads
 * the store of articles. Asynchronous stats on libuv's pool would not do: issuing 28,800 of them
 * costs the main thread more than the synchronous stats themselves (measured: 0.15–0.3 s of CPU
 * against 0.09 s).
 *
 * An early check is only a head start: the build, holding the lock, uses it only if the output
 * still publishes the version it checked (another build may have published in between, or the
 * recovery of a killed one rolled a publish back); otherwise it checks again, synchronously. A
 * version's state is written whole before it is published and never changed, so the same
 * version means the same record. What the worker finds is what checkFiles would: the same
 * comparison (size, modification time, inode, a regular file), written out below in plain
 * JavaScript because a worker of inline code needs no file of its own (the commands run as
 * bundles, tests from the TypeScript sources), and test/publish/live-check.test.ts holds the two
 * to the same answers.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import { layoutOf, outputEntry, versionFolder } from "./site-layout.ts";
import { readSiteStateWithFilesLine, type FilesRecord, type SiteState } from "./site-state.ts";

/** A check of the published version started ahead of the build. */
export interface EarlyCheck {
  /** The version it checks, and its state as read then. */
  readonly version: string;
  readonly state: SiteState;
  /**
   * The files of the state missing or changed on disk; undefined if the worker failed (then the
   * build checks again). Never rejects: a build that goes another way never awaits it.
   */
  readonly damaged: Promise<readonly string[] | undefined>;
}

/**
 * checkFiles' comparison, for the worker: `workerData` is { prefix, line } (the record's line of
 * JSON as a state keeps it, files-record.ts: paths joined by newlines or listed, numbers in
 * base64, parsed here), the answer the list of damaged files.
 */
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const { statSync } = require("node:fs");
const { prefix } = workerData;
const text = JSON.parse(workerData.line);
const paths = typeof text.paths === "string" ? (text.paths === "" ? [] : text.paths.split("\\n")) : text.paths;
const bytes = Buffer.from(text.numbers, "base64");
const numbers = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
const damaged = [];
for (let i = 0; i < paths.length; i++) {
  const stat = statSync(prefix + paths[i], { throwIfNoEntry: false });
  const same = stat !== undefined && stat.isFile() && stat.size === numbers[3 * i] && stat.mtimeMs === numbers[3 * i + 1] && stat.ino === numbers[3 * i + 2];
  if (!same) damaged.push(paths[i]);
}
parentPort.postMessage(damaged);
`;

/**
 * Starts checking the version `output` publishes now, if it is one of ours and its state reads
 * back; undefined otherwise (the build then finds out why under its lock, as before).
 */
export function startLiveCheck(output: string): EarlyCheck | undefined {
  const layout = layoutOf(output);
  const entry = outputEntry(layout);
  if (entry.kind !== "link" || !entry.version) return undefined;
  const read = readSiteStateWithFilesLine(output, entry.version);
  if (!read) return undefined;
  const folder = versionFolder(layout, entry.version);
  return { version: entry.version, state: read.state, damaged: damagedOnWorker(folder, read.filesLine ?? read.state.files) };
}

/**
 * The files of `files` (a files record, or its line of JSON as read: then the main thread need
 * not write it) missing or changed below `folder`, found by a worker thread (undefined if it failed).
 */
export function damagedOnWorker(folder: string, files: FilesRecord | string): Promise<readonly string[] | undefined> {
  const line = typeof files === "string" ? files : files.toLine();
  // Recorded paths are relative with forward slashes: joined by hand, as checkFiles does.
  const prefix = folder.endsWith(path.sep) ? folder : `${folder}${path.sep}`;
  return new Promise((resolve) => {
    // Its stdout and stderr its own, never read (it writes nothing): piped into the command's, they cost the main thread ~10 ms (as the stat worker's, early-source-stats.ts).
    const worker = new Worker(workerSource, { eval: true, stdout: true, stderr: true, workerData: { prefix, line } });
    // A build that goes another way (a full build, an error) does not wait for it to end.
    worker.unref();
    worker.once("message", (damaged: string[]) => resolve(damaged));
    // Settled once: an exit after the answer changes nothing.
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  });
}
