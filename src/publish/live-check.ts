/**
 * The check of the published site against its build state (checkFiles: a stat of every file,
 * 28,800 at 10,000 articles, about 0.1 s), started before the build takes its lock and run on
 * the command's helper thread (src/helper-thread.ts) after the stats of the sources, so that it
 * goes on on the machine's other core while the main thread reads the store of articles.
 * Asynchronous stats on libuv's pool would not do: issuing 28,800 of them costs the main thread
 * more than the synchronous stats themselves (measured: 0.15–0.3 s of CPU against 0.09 s).
 *
 * An early check is only a head start: the build, holding the lock, uses it only if the output
 * still publishes the version it checked (another build may have published in between, or the
 * recovery of a killed one rolled a publish back); otherwise it checks again, synchronously. A
 * version's state is written whole before it is published and never changed, so the same
 * version means the same record. What the chore finds is what checkFiles would: the same
 * comparison (size, modification time, inode, a regular file), written out below in plain
 * JavaScript because a chore of inline code needs no file of its own (the commands run as
 * bundles, tests from the TypeScript sources), and test/publish/live-check.test.ts holds the two
 * to the same answers.
 */
import path from "node:path";
import { MessageChannel } from "node:worker_threads";
import { runChore, type HelperThread } from "../helper-thread.ts";
import { layoutOf, outputEntry, versionFolder } from "./site-layout.ts";
import { readSiteStateWithFilesLine, type FilesRecord, type SiteState } from "./site-state.ts";

/** A check of the published version started ahead of the build. */
export interface EarlyCheck {
  /** The version it checks, and its state as read then. */
  readonly version: string;
  readonly state: SiteState;
  /**
   * The files of the state missing or changed on disk; undefined if the chore failed (then the
   * build checks again). Never rejects: a build that goes another way never awaits it.
   */
  readonly damaged: Promise<readonly string[] | undefined>;
}

/**
 * checkFiles' comparison, as a chore (see HelperThread): `data` is { prefix, line, port } (the
 * record's line of JSON as a state keeps it, files-record.ts: paths joined by newlines or listed,
 * numbers in base64, parsed here), the answer the list of damaged files, posted on `port`.
 */
const choreSource = `
const { statSync } = require("node:fs");
const { prefix, port } = data;
const text = JSON.parse(data.line);
const paths = typeof text.paths === "string" ? (text.paths === "" ? [] : text.paths.split("\\n")) : text.paths;
const bytes = Buffer.from(text.numbers, "base64");
const numbers = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
const damaged = [];
for (let i = 0; i < paths.length; i++) {
  const stat = statSync(prefix + paths[i], { throwIfNoEntry: false });
  const same = stat !== undefined && stat.isFile() && stat.size === numbers[3 * i] && stat.mtimeMs === numbers[3 * i + 1] && stat.ino === numbers[3 * i + 2];
  if (!same) damaged.push(paths[i]);
}
port.postMessage(damaged);
port.close();
`;

/**
 * Starts checking the version `output` publishes now, if it is one of ours and its state reads
 * back; undefined otherwise (the build then finds out why under its lock, as before).
 */
export function startLiveCheck(output: string, helper?: HelperThread): EarlyCheck | undefined {
  const layout = layoutOf(output);
  const entry = outputEntry(layout);
  if (entry.kind !== "link" || !entry.version) return undefined;
  const read = readSiteStateWithFilesLine(output, entry.version);
  if (!read) return undefined;
  const folder = versionFolder(layout, entry.version);
  return { version: entry.version, state: read.state, damaged: damagedOnWorker(folder, read.filesLine ?? read.state.files, helper) };
}

/**
 * The files of `files` (a files record, or its line of JSON as read: then the main thread need
 * not write it) missing or changed below `folder`, found on `helper` (a thread of its own
 * without one); undefined if that failed.
 */
export function damagedOnWorker(folder: string, files: FilesRecord | string, helper?: HelperThread): Promise<readonly string[] | undefined> {
  const line = typeof files === "string" ? files : files.toLine();
  // Recorded paths are relative with forward slashes: joined by hand, as checkFiles does.
  const prefix = folder.endsWith(path.sep) ? folder : `${folder}${path.sep}`;
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.once("message", (damaged: string[]) => {
      port1.close();
      resolve(damaged);
    });
    // A build that goes another way (a full build, an error) does not wait for the answer. After
    // the listener: adding one refs the port again.
    port1.unref();
    // Settled once: told after the answer, this changes nothing.
    const stopped = (): void => {
      port1.close();
      resolve(undefined);
    };
    const data = { prefix, line, port: port2 };
    runChore(helper, choreSource, data, [port2], stopped);
  });
}
