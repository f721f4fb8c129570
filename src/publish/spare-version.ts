/**
 * The spare: one finished version kept beside the published one (the one published before it),
 * with its build state, so that an incremental build can start from it instead of making a new
 * version of hard links to every published file (28,000 links at 10,000 articles, and as many
 * unlinks when the old version is removed after the publish).
 *
 *   .dist.builds/<live>/     the published site
 *   .dist.builds/<spare>/    the site published before it; its state stays in the cache
 *
 * An incremental build renames the spare to its new version's name (one rename), then levels it
 * with the published site: every file the published site holds intact is made a hard link to
 * the published file, unless the spare's file already is one, and every other file of the spare
 * goes. After an incremental build the two differ by the files that build wrote (tens, and a
 * re-indexed search shard's), which its state lists (madeFrom): those alone are levelled then.
 * A full build (with its search index), or an incremental one that rewrote most of the site,
 * leaves as its spare a copy of its own version in hard links, made while Pagefind indexes
 * (startSpareCopy): the two then differ by the search index
 * and the marker, and the two records are compared, once. The new version then holds exactly what a new version of hard
 * links would hold, and the build writes into it as into one (unlink, then write: never through
 * a link). A build killed after the rename leaves a version without a state: debris, removed by
 * the next build (clean-debris.ts), which makes a version of hard links as before.
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { failpoint } from "./failpoints.ts";
import { copyOnWorker, spareChoresOnWorker } from "./spare-chores.ts";
import type { HelperThread } from "../helper-thread.ts";
import { isVersionName, layoutOf, liveVersion, newVersionName, versionFolder, type SiteLayout } from "./site-layout.ts";
import { hasSiteState, readSiteFiles, removeSiteState, writeSiteState, FilesRecord, type SiteState } from "./site-state.ts";

/**
 * The spare among the versions beside the published one: the newest finished one (its state was
 * written; a build's state is written whole, after its version is complete). There is at most
 * one after a publish; a build killed after writing its state and before publishing leaves
 * another, equally usable, and the older one is debris.
 */
export function spareVersion(layout: SiteLayout): string | undefined {
  const live = liveVersion(layout);
  let names: string[];
  try {
    names = readdirSync(layout.builds);
  } catch {
    return undefined;
  }
  const finished = names.filter((name) => name !== live && isVersionName(name) && hasSiteState(layout.output, name));
  return finished.sort(byAge).at(-1);
}

/** Version names are v<time in base 36>-<pid>-<counter>: by time, then counter. */
function byAge(a: string, b: string): number {
  const [timeA = "", , countA = ""] = a.slice(1).split("-");
  const [timeB = "", , countB = ""] = b.slice(1).split("-");
  return parseInt(timeA, 36) - parseInt(timeB, 36) || Number(countA) - Number(countB) || a.localeCompare(b);
}

/**
 * A spare an incremental build can start from: its name and either the files its state recorded
 * or, when the published version was made from it, the files that version changed (its
 * state's madeFrom): the two versions differ in those alone, so levelling needs no more.
 */
export type Spare =
  | { readonly name: string; readonly files: FilesRecord }
  | { readonly name: string; readonly changed: readonly string[] };

/**
 * The output's spare, if it has one whose state reads back and fits. When `published` (the
 * published version's state) was made from it, its state is not read at all: its name and
 * `published.madeFrom` say all levelling needs (the usual case after an incremental build).
 * A spare whose state does not read back loses it, and so becomes debris the next recovery removes.
 */
export function readSpare(layout: SiteLayout, published?: Pick<SiteState, "madeFrom">): Spare | undefined {
  const name = spareVersion(layout);
  if (!name) return undefined;
  if (published?.madeFrom?.version === name) return { name, changed: published.madeFrom.changed };
  // Only its files record: the manifest and search plan are the published version's business.
  const files = readSiteFiles(layout.output, name);
  if (!files) {
    removeSiteState(layout.output, name);
    return undefined;
  }
  return { name, files };
}

/**
 * A spare a build makes of its own version while Pagefind indexes it (startSpareCopy, through
 * publishSite's StartSpareCopy): a version of hard links to the new version's files, which the
 * publish keeps as the spare (keepSpareCopy).
 */
export interface SpareCopy {
  readonly name: string;
  readonly folder: string;
  /** The copy's files record (its own stats), or why there is none. */
  readonly made: Promise<FilesRecord>;
  /** Settles when the spare it replaces is gone (never rejects). */
  readonly discarded: Promise<void>;
}

/**
 * Starts making the spare of the version being filled in `staging`, on a worker thread: its files
 * as hard links (folders of their own), but for the top-level names starting with "." (the
 * marker, written later; Pagefind's bundles in the making) and those in `skip` (the search
 * index, written later too). The output's spare goes meanwhile (renamed to a trash folder, which
 * the worker removes once the links are made), and with it its state.
 *
 * Why: after a full build the published version shares no file with the spare, so the first
 * incremental build had to remove the spare's 28,800 files and link as many anew (4.9 s at
 * 10,000 articles on the bench machine, against 0.9 s for the next edits), or, without a spare,
 * link a version whole (2 s). A full build waits for Pagefind for seconds with little to do: the
 * links are made then, and the first edit finds a spare level with the published site but for
 * the search index, which it links on its worker as it does a re-indexed shard's files.
 */
export function startSpareCopy(output: string, staging: string, skip: readonly string[]): SpareCopy {
  const layout = layoutOf(output);
  const name = newVersionName();
  const folder = versionFolder(layout, name);
  mkdirSync(folder);
  const old = spareVersion(layout);
  let trash: string | undefined;
  if (old) {
    // Its state first: a folder without one is debris, never a spare, should the build be killed now.
    removeSiteState(output, old);
    trash = path.join(layout.builds, `trash-${process.pid}-${old}`);
    renameSync(versionFolder(layout, old), trash);
  }
  const { copied, discarded } = copyOnWorker(`${staging}${path.sep}`, `${folder}${path.sep}`, skip, trash);
  const made = copied.then(({ paths, numbers }) => FilesRecord.fromEntries(paths.map((file, i) => [file, [numbers[3 * i]!, numbers[3 * i + 1]!, numbers[3 * i + 2]!] as const])));
  made.catch(() => undefined);
  return { name, folder, made, discarded };
}

/**
 * Once `published` (the state of the version the copy was made of) is published: the copy gets
 * its state (that version's, with the copy's own files record) and so becomes the spare, or, if
 * it could not be made, goes. Never throws: the site is published, and without a spare the next
 * incremental build links a new version as it always could.
 */
export async function keepSpareCopy(copy: SpareCopy, published: SiteState): Promise<void> {
  await copy.discarded;
  try {
    const files = await copy.made;
    const { madeFrom: _madeFrom, ...state } = published;
    // In a pack of its own (5.9 MB at 10,000 articles, once per full build): the published
    // version's pack then holds its body alone, and each state goes with its own pack.
    writeSiteState({ ...state, site: copy.name, files });
    failpoint("spare:copy-kept");
  } catch {
    abandonSpareCopy(copy);
  }
}

/** A spare copy of a version that was not published: it goes (what it held is the worker's to finish first). */
export async function dropSpareCopy(copy: SpareCopy): Promise<void> {
  await Promise.allSettled([copy.made, copy.discarded]);
  abandonSpareCopy(copy);
}

function abandonSpareCopy(copy: SpareCopy): void {
  try {
    rmSync(copy.folder, { recursive: true, force: true });
  } catch {
    // Debris for the next build.
  }
}

/** What a levelled spare was brought level with: the published site and its files that are intact. */
export interface LevelTarget {
  readonly folder: string;
  readonly files: FilesRecord;
  readonly intact: readonly string[];
  /** The published site's files that are not intact (the rest of `files`). */
  readonly damaged: readonly string[];
}

/** Options of levelSpare. */
export interface LevelOptions {
  /**
   * Folders (relative, with a trailing slash) whose files are linked on another thread (spare-chores.ts), not one
   * by one on the main thread: a re-indexed search shard's 2,100 files took 0.1 s of links there
   * under load. The caller awaits `linked` before anything stats, reads or writes below them.
   */
  readonly linkLater?: readonly string[];
  /** The command's helper thread, for those links and the removal of the spare's old files: a thread of their own without it. */
  readonly helper?: HelperThread;
}

/** What levelling did, and the removal of the spare's old files, which goes on meanwhile. */
export interface Levelled {
  readonly relinked: number;
  readonly removed: number;
  /** Files copied, not linked (links not possible): their entries are their own. */
  readonly copied: readonly string[];
  /**
   * Settles when the links below `linkLater` are made, with the files of those that were copied;
   * rejects (with the first error) only once none is in flight any more.
   */
  readonly linked: Promise<readonly string[]>;
  /** Settles when the spare's old files are gone (never rejects: what is left is debris for the next build). */
  readonly discarded: Promise<void>;
}

/**
 * Makes `folder` (a spare, renamed to the new version) hold exactly the published site's intact
 * files, as hard links to them.
 *
 * The spare's files are compared by the records, not by a stat of each (which would cost as much
 * as the check of the published site). That is sound: a recorded inode that equals the published
 * file's recorded inode means the spare's file was linked into the published version (the
 * published version's build found it intact: checkFiles), and since then nothing writes into a
 * spare: builds never write through a link, and the spare is not published. A change made by
 * hand through `dist` to a file both share changes the published file too, which the published
 * site's check finds damaged: it is not among `intact`, so the spare's copy goes here. Only a
 * hand in the hidden builds folder could make the record wrong, and then the next build's check
 * of the version published from it finds the damage and repairs it, as for any damage in `dist`.
 *
 * A spare the published version was made from (`changed`) differs from it only in the files that
 * version's build changed (its record is the spare's with those entries alone made again), and in
 * the published files damaged since: those alone are levelled, each removed from the spare and
 * linked again if the published site holds it intact. The same outcome as the comparison of the
 * two records, without reading the spare's (half of a 5.9 MB state at 10,000 articles) or
 * comparing 28,800 keys.
 *
 * The spare's old files are moved into a folder beside it (a rename each) rather than unlinked:
 * most are their inode's last link, and freeing an inode costs far more than a rename (1.5 s of
 * unlink for a search shard's 2,100 files, measured at load 11). That folder is removed
 * on another thread (spare-chores.ts), while the build goes on; a build killed before leaves it
 * as debris for the next one (clean-debris.ts).
 */
export function levelSpare(folder: string, spare: Spare, target: LevelTarget, { linkLater = [], helper }: LevelOptions = {}): Levelled {
  const trash = path.join(path.dirname(folder), `trash-${process.pid}-${path.basename(folder)}`);
  // Recorded paths are relative with forward slashes and no dots: joined by hand, as checkFiles does (path.join was a
  // tenth of a levelling of 2,100 files).
  const inSpare = (file: string): string => `${folder}${path.sep}${file}`;
  const inPublished = (file: string): string => `${target.folder}${path.sep}${file}`;
  let moved = 0;
  const discard = (file: string): void => {
    if (moved === 0) mkdirSync(trash, { recursive: true });
    try {
      renameSync(file, `${trash}${path.sep}${moved++}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  };
  let relinked = 0;
  const copied: string[] = [];
  const made = new Set<string>();
  const later: string[] = [];
  let linkedNow = 0;
  const makeFolderOf = (to: string): void => {
    const dir = path.dirname(to);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
  };
  const link = (file: string): void => {
    relinked++;
    if (linkLater.some((prefix) => file.startsWith(prefix))) {
      later.push(file);
      return;
    }
    const to = inSpare(file);
    makeFolderOf(to);
    if (!linkOver(inPublished(file), to)) copied.push(file);
    if (++linkedNow === 1) failpoint("spare:relinking");
  };
  let removed = 0;
  const emptied = new Set<string>();
  if ("changed" in spare) {
    const damaged = new Set(target.damaged);
    const levelled = [...new Set([...spare.changed, ...target.damaged])];
    // Every file is discarded before any is linked: a folder whose files all go goes whole, and is made again.
    const goneWhole = discardByFolder(folder, levelled, (file) => discard(file));
    for (const file of levelled) {
      if (target.files.has(file) && !damaged.has(file)) {
        link(file);
      } else {
        const dir = path.dirname(file);
        // A folder that went whole is not there to be found empty: its parent may be.
        emptied.add(goneWhole.has(dir) ? path.dirname(dir) : dir);
        removed++;
      }
    }
  } else {
    // The spare's paths and the published site's intact ones are both sorted: one walk over the
    // two finds the spare's files the site lacks (they go), and the site's files the spare lacks
    // or holds as another inode (linked), where a lookup of each path in the other record took
    // 40 of the 100 ms this levelling took after a full build (28,800 binary searches).
    const spareFiles = spare.files.keys();
    const spareInodes = inodesOf(spare.files);
    const intact = sortedPaths(target.intact);
    const intactInodes = inodesOf(target.files, intact);
    const goes = (file: string): void => {
      discard(inSpare(file));
      emptied.add(path.dirname(file));
      removed++;
    };
    let at = 0;
    for (let i = 0; i < intact.length; i++) {
      const file = intact[i]!;
      while (at < spareFiles.length && spareFiles[at]! < file) goes(spareFiles[at++]!);
      if (at < spareFiles.length && spareFiles[at] === file) {
        if (spareInodes[at++] === intactInodes[i]) continue;
        discard(inSpare(file));
      }
      link(file);
    }
    while (at < spareFiles.length) goes(spareFiles[at++]!);
  }
  // A version of hard links has no empty folders (a deleted article's page folder, say): nor does a levelled spare.
  for (const dir of [...emptied].sort((a, b) => b.length - a.length)) removeEmptyFolders(folder, dir);
  // Their folders made only now: the empty folders just removed may be among them.
  made.clear();
  for (const file of later) makeFolderOf(inSpare(file));
  const { linked, discarded } = spareChoresOnWorker(`${target.folder}${path.sep}`, `${folder}${path.sep}`, later, moved ? trash : undefined, helper);
  if (later.length) failpoint("spare:linking-later");
  return { relinked, removed, copied, linked, discarded };
}

/**
 * The inodes of `record`'s files, in the order of its keys, or of `files` (a sorted subset of its
 * keys, as the intact files always are) when given: one walk over the record, no lookup per path.
 * Past the first of `files` the walk does not meet in order, they are looked up one by one.
 */
function inodesOf(record: FilesRecord, files?: readonly string[]): Float64Array {
  const inodes = new Float64Array(files ? files.length : record.size);
  let at = 0;
  record.forEach((file, _size, _mtimeMs, ino) => {
    if (!files) inodes[at++] = ino;
    else if (files[at] === file) inodes[at++] = ino;
  });
  if (files) for (let i = at; i < files.length; i++) inodes[i] = record.get(files[i]!)?.[2] ?? Number.NaN;
  return inodes;
}

/** `files` in code-unit order (as records keep their paths): the list itself when it already is. */
function sortedPaths(files: readonly string[]): readonly string[] {
  for (let i = 1; i < files.length; i++) if (!(files[i - 1]! < files[i]!)) return [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return files;
}

/** How many of a folder's files must go before it is listed to see whether they are all it holds (a listing costs about as much as a few renames). */
const wholeFolderAt = 8;

/**
 * Discards `files` (relative to `root`) with `discard`, file by file, but for a folder whose
 * files all go (a search shard's `fragment` folder, rewritten whole by the last build: about a
 * thousand files), which is discarded in one go; those folders are returned. A folder holding
 * anything else (a file not listed, a subfolder) is discarded file by file. `files` are recorded
 * paths (relative, forward slashes, no dots).
 */
function discardByFolder(root: string, files: readonly string[], discard: (absolute: string) => void): ReadonlySet<string> {
  const byFolder = new Map<string, Set<string>>();
  for (const file of files) {
    const slash = file.lastIndexOf("/");
    const dir = slash < 0 ? "." : file.slice(0, slash);
    let names = byFolder.get(dir);
    if (!names) byFolder.set(dir, (names = new Set()));
    names.add(file.slice(slash + 1));
  }
  const goneWhole = new Set<string>();
  for (const [dir, names] of byFolder) {
    if (names.size >= wholeFolderAt && dir !== ".") {
      let entries;
      try {
        // Names only: a name that is listed is a recorded file's, not a subfolder's.
        entries = readdirSync(`${root}${path.sep}${dir}`);
      } catch {
        // Not in the spare: nothing of it to discard.
        continue;
      }
      if (entries.every((name) => names.has(name))) {
        discard(`${root}${path.sep}${dir}`);
        goneWhole.add(dir);
        continue;
      }
    }
    const prefix = dir === "." ? `${root}${path.sep}` : `${root}${path.sep}${dir}${path.sep}`;
    for (const name of names) discard(prefix + name);
  }
  return goneWhole;
}

/** linkOrCopy, over a file the spare's record did not know of (one added by hand while the spare was published). */
function linkOver(from: string, to: string): boolean {
  try {
    return linkOrCopy(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    unlinkSync(to);
    return linkOrCopy(from, to);
  }
}

/** A hard link to a published file, or a copy where links are not possible (then false: the copy is a file of its own). */
export function linkOrCopy(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EXDEV" && code !== "EPERM") throw error;
    writeFileSync(to, readFileSync(from));
    return false;
  }
}

/** Removes `relative` and its parents below `root` while they are empty. */
export function removeEmptyFolders(root: string, relative: string): void {
  let dir = relative;
  while (dir && dir !== ".") {
    try {
      if (readdirSync(path.join(root, dir)).length > 0) return;
      rmdirSync(path.join(root, dir));
    } catch {
      return;
    }
    dir = path.dirname(dir);
  }
}
