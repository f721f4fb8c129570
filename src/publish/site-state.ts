/**
 * The build state of a published site: what the next incremental build starts from. It is kept
 * under wireroomCacheDir() (outside the site: it is not for publishing), one file per version
 * of the site, `<cache>/outputs/<hash of the output path>/<version>.json`, written whole
 * (write-whole.ts) before the version is published. So whichever version the output's link
 * names, its state is there, and a state never describes a site it was not written for: it is
 * found through the version the link names, and it carries the site id that the published
 * marker carries too.
 *
 * It also lists every file of the version with its size, modification time and inode, as git's
 * index does: a build never changes a published file in place (a new version gets new files or
 * hard links), so a file whose entry no longer matches was deleted or changed by someone else.
 *
 * The state is three lines of JSON: what the state is about (version, output, site, id, and for
 * an incremental build's version what it was made from: madeFrom), the
 * files record, then the manifest and the search plan. A reader that needs only the files (the
 * spare's, spare-version.ts) parses the first two lines: half of the 5.9 MB at 10,000 articles,
 * and none of the objects of the other half. The files record is kept in columns
 * (files-record.ts). The state file holds the first line; the other two, its body, are kept in
 * a pack beside it (state-pack.ts, state version 4), where a one-edit build appends only the
 * chunks it changed. A state of version 3 (the three lines in the file), or of version 2 (the
 * record as an object of entries, on its own line or, before that, in the first) reads too.
 */
import { createHash, webcrypto } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { wireroomCacheDir } from "../cache-dir.ts";
import type { ShardPlan } from "../search/search-shards.ts";
import type { Manifest } from "../render/render-plan.ts";
import { FilesRecord, type FileEntry } from "./files-record.ts";
import { isBodyRef, readBody, removeUnnamedPacks, writeBody, type StoredBody } from "./state-pack.ts";
import { writeWhole } from "./write-whole.ts";

export { FilesRecord, type FileEntry };

export interface SiteState {
  readonly version: 3;
  /** The output path this state is for (resolved). */
  readonly output: string;
  /** The version folder it describes. */
  readonly site: string;
  /** The site id, also written into the site's marker (siteIdOf). */
  readonly id: string;
  readonly manifest: Manifest;
  /** The search index's shard plan; absent when the index was left stale (--no-search-index). */
  readonly searchPlan?: ShardPlan;
  /** Every file of the site, by path relative to it (forward slashes). */
  readonly files: FilesRecord;
  /**
   * For a version an incremental build made: the version published when it started, and every
   * file whose entry may differ from that version's record (a superset: a file listed that does
   * not differ costs its next levelling one link, a file missing would make it wrong). The next
   * build levels its spare, when the spare is that version, by this list alone (spare-version.ts).
   */
  readonly madeFrom?: { readonly version: string; readonly changed: readonly string[] };
}

/**
 * A site's id: the hash of its manifest (every output with the fingerprint of what it is made
 * from). It depends on nothing else, so that a full and an incremental build of the same
 * sources carry the same id and stay byte-identical.
 */
export function siteIdOf(manifest: Manifest): string {
  return idsMade.get(manifest) ?? createHash("sha256").update(manifestBytes(manifest)).digest("hex").slice(0, 20);
}

/** Ids made ahead (siteIdAhead), by manifest. */
const idsMade = new WeakMap<Manifest, string>();

/**
 * Makes `manifest`'s site id ahead of siteIdOf, with the hash of its 3.5 MB on libuv's threads
 * (WebCrypto's digest), for a build that has its manifest while it waits for something else (an
 * incremental build, for Pagefind): 15–20 ms of its publish, on the main thread, go into that
 * wait. Settles once siteIdOf has it; never rejects (siteIdOf then makes it, as without this).
 */
export async function siteIdAhead(manifest: Manifest): Promise<void> {
  try {
    const digest = await webcrypto.subtle.digest("SHA-256", manifestBytes(manifest));
    idsMade.set(manifest, Buffer.from(digest).toString("hex").slice(0, 20));
  } catch {
    // siteIdOf makes it.
  }
}

/**
 * Each manifest's JSON as UTF-8, made once: the site id hashes it and the state writes it
 * (3.5 MB at 10,000 articles: given as text to both, it was encoded twice, and copied once more
 * into the state's text).
 */
const manifestBytesOf = new WeakMap<Manifest, Buffer>();

function manifestBytes(manifest: Manifest): Buffer {
  let bytes = manifestBytesOf.get(manifest);
  if (bytes === undefined) manifestBytesOf.set(manifest, (bytes = Buffer.from(JSON.stringify(manifest))));
  return bytes;
}

/** Where the states of one output's versions are kept. */
export function stateFolderOf(output: string, cacheDir = wireroomCacheDir()): string {
  const key = createHash("sha256").update(path.resolve(output)).digest("hex").slice(0, 16);
  return path.join(cacheDir, "outputs", key);
}

function stateFileOf(output: string, site: string): string {
  return path.join(stateFolderOf(output), `${site}.json`);
}

/**
 * Bodies read or written by this process, by state file: a state written after one of them
 * (the published version's, when a build started from it) appends to its pack only the chunks
 * that differ. A state file is written whole and never changed, nor are the chunks it names.
 */
const bodiesKnown = new Map<string, StoredBody>();

function knowBody(stateFile: string, body: StoredBody): void {
  bodiesKnown.delete(stateFile);
  bodiesKnown.set(stateFile, body);
  // The published state's and the one just written are all a build needs.
  for (const file of bodiesKnown.keys()) if (bodiesKnown.size > 2) bodiesKnown.delete(file);
}

/**
 * Writes `state` (whole, or not at all: its body is flushed to its pack before the state file
 * names it). `base`, the version published when the build started, lends its body's pack: the
 * chunks of the new body that are the same as its body (read by this process) are not written again.
 */
export function writeSiteState(state: SiteState, base?: string): void {
  const { manifest, searchPlan, files, ...about } = state;
  // The third line as JSON.stringify({ manifest, searchPlan }) writes it, with the manifest's bytes made once (see manifestBytes).
  const head = Buffer.from(`${files.toLine()}\n{"manifest":`);
  const tail = Buffer.from(`${searchPlan ? `,"searchPlan":${JSON.stringify(searchPlan)}` : ""}}\n`);
  const bytes = Buffer.concat([head, manifestBytes(manifest), tail]);
  const folder = stateFolderOf(state.output);
  const stateFile = stateFileOf(state.output, state.site);
  const ref = writeBody(folder, state.site, bytes, base === undefined ? undefined : bodiesKnown.get(stateFileOf(state.output, base)));
  writeWhole(stateFile, `${JSON.stringify({ ...about, version: 4, body: ref })}\n`, "state:site-state-temp-written");
  knowBody(stateFile, { ref, bytes });
}

/** The state written for a version of `output`, if there is one that reads back whole and names it. */
export function readSiteState(output: string, site: string): SiteState | undefined {
  return readSiteStateWithFilesLine(output, site)?.state;
}

/**
 * readSiteState, with the files record's line of JSON as read (absent for a state written as one
 * line): a worker given that text parses it on its own core, where a record handed over is
 * cloned on the main thread first (18 ms at 10,000 articles).
 */
export function readSiteStateWithFilesLine(output: string, site: string): { readonly state: SiteState; readonly filesLine?: string } | undefined {
  const read = parseState(output, site, true);
  return read && (read.state as Partial<SiteState>).manifest?.version === 1 ? (read as { state: SiteState; filesLine?: string }) : undefined;
}

/** Only the files record of a version's state (the other half is not parsed), if its state reads back and names it. */
export function readSiteFiles(output: string, site: string): SiteState["files"] | undefined {
  return parseState(output, site, false)?.state.files;
}

/**
 * The state's lines that are asked for, checked against the version it must describe. A state
 * of version 2 comes back as version 3 (its record put in columns) without a files line: the
 * worker that would take one is given the record.
 */
function parseState(output: string, site: string, whole: boolean): { state: Pick<SiteState, "version" | "output" | "site" | "files">; filesLine?: string } | undefined {
  try {
    // Read as bytes and decoded line by line: the files-only read (the spare's) never decodes the manifest's 3.5 MB.
    const stateFile = stateFileOf(output, site);
    const bytes = readFileSync(stateFile);
    const newline = 0x0a;
    const aboutEnd = bytes.indexOf(newline);
    type Stored = Omit<Partial<SiteState>, "version" | "files"> & { version?: number; files?: Record<string, FileEntry>; body?: unknown };
    const { body: bodyRef, ...about } = JSON.parse(bytes.toString("utf8", 0, aboutEnd < 0 ? bytes.length : aboutEnd)) as Stored;
    if (about.version !== 2 && about.version !== 3 && about.version !== 4) return undefined;
    if (about.site !== site || about.output !== path.resolve(output)) return undefined;
    if (about.files) {
      if (typeof about.files !== "object") return undefined;
      return { state: { ...(about as Omit<SiteState, "files" | "version">), version: 3, files: FilesRecord.fromObject(about.files) } };
    }
    let body: Buffer;
    if (about.version === 4) {
      if (!isBodyRef(bodyRef)) return undefined;
      body = readBody(stateFolderOf(output), bodyRef);
      knowBody(stateFile, { ref: bodyRef, bytes: body });
    } else {
      body = bytes.subarray(aboutEnd + 1);
    }
    const filesEnd = body.indexOf(newline);
    const filesLine = body.toString("utf8", 0, filesEnd < 0 ? body.length : filesEnd);
    const files = about.version === 2 ? FilesRecord.fromObject(JSON.parse(filesLine) as Record<string, FileEntry>) : FilesRecord.parseLine(filesLine);
    const rest = whole ? (JSON.parse(body.toString("utf8", filesEnd + 1)) as Pick<SiteState, "manifest" | "searchPlan">) : {};
    const state = { ...(about as Omit<SiteState, "files" | "version">), ...rest, version: 3 as const, files };
    return about.version === 2 ? { state } : { state, filesLine };
  } catch {
    return undefined;
  }
}

/** Whether any build into `output` left a state (the output folder check's "built before"). */
export function hasAnySiteState(output: string): boolean {
  try {
    return readdirSync(stateFolderOf(output)).some((name) => name.endsWith(".json"));
  } catch {
    return false;
  }
}

/**
 * Whether a state was written for a version (written whole, so one that is there was finished;
 * whether it reads back and fits is readSiteState's to say).
 */
export function hasSiteState(output: string, site: string): boolean {
  return existsSync(stateFileOf(output, site));
}

/** Removes the states of every version but those kept (the published one and the spare): those of retired or unfinished versions. */
export function removeOtherStates(output: string, keep: readonly (string | undefined)[]): void {
  const folder = stateFolderOf(output);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const kept = new Set(keep.filter((site) => site !== undefined).map((site) => `${site}.json`));
  for (const name of names) if (name.endsWith(".json") && !kept.has(name)) rmSync(path.join(folder, name), { force: true });
  removeUnnamedPacks(folder, new Set([...kept].flatMap((name) => packNamedIn(path.join(folder, name)))));
}

/** The pack a state file's body is in (none for a state of version 3 or before, or one that does not read). */
function packNamedIn(stateFile: string): string[] {
  try {
    const bytes = readFileSync(stateFile);
    const end = bytes.indexOf(0x0a);
    const { body } = JSON.parse(bytes.toString("utf8", 0, end < 0 ? bytes.length : end)) as { body?: unknown };
    return isBodyRef(body) ? [body.pack] : [];
  } catch {
    return [];
  }
}

/** Removes one version's state (a spare taken as the base of a new version, or one that does not read back). */
export function removeSiteState(output: string, site: string): void {
  rmSync(stateFileOf(output, site), { force: true });
}

/** Size, modification time and inode of every file below `folder`. */
export function recordFiles(folder: string): FilesRecord {
  const files: (readonly [string, FileEntry])[] = [];
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(folder, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else files.push([child, entryOf(path.join(folder, child))]);
    }
  };
  walk("");
  return FilesRecord.fromEntries(files);
}

export function entryOf(file: string): FileEntry {
  const stat = statSync(file);
  return [stat.size, stat.mtimeMs, stat.ino];
}

/** The entry of a file that may be missing (then undefined). */
export function entryIfThere(file: string): FileEntry | undefined {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() ? [stat.size, stat.mtimeMs, stat.ino] : undefined;
}

export interface SiteCheck {
  /** Files of the state that are on disk as the state recorded them. */
  readonly intact: readonly string[];
  /** Files of the state that are missing or were changed since. */
  readonly damaged: readonly string[];
}

/** Compares the files on disk with what the state recorded (a stat each, no reading). */
export function checkFiles(folder: string, files: FilesRecord): SiteCheck {
  const intact: string[] = [];
  const damaged: string[] = [];
  // Recorded paths are relative with forward slashes and no dots: joined by hand, a fifth of
  // the check's time at 28,800 files goes with path.join and Object.entries' pairs.
  const prefix = folder.endsWith(path.sep) ? folder : `${folder}${path.sep}`;
  files.forEach((file, size, mtimeMs, ino) => {
    const stat = statSync(prefix + file, { throwIfNoEntry: false });
    const same = stat?.isFile() && stat.size === size && stat.mtimeMs === mtimeMs && stat.ino === ino;
    (same ? intact : damaged).push(file);
  });
  return { intact, damaged };
}
