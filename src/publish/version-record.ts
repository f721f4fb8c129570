/**
 * The files record (site-state.ts) of a version an incremental build made from the published
 * one, without a stat of every file: the version starts as the published site's intact files,
 * hard links to them, so their entries are the published record's (a hard link shares size,
 * modification time and inode); only what the build then wrote or removed is stat-ed.
 *
 * The build knows the paths it renders and removes. The folders other code writes into (the
 * search index, the lead images) are watched instead: each of their folders is stat-ed before
 * and after, and only a folder whose inode or modification time moved is listed again. That is
 * enough because a file is never written in place in a version (unlink, then write, or write
 * beside and rename: an in-place write would go through a hard link into the published site),
 * and creating, removing or renaming an entry changes its folder's modification time.
 */
import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";
import { entryIfThere, recordFiles, type FileEntry, type FilesRecord } from "./site-state.ts";

/** Folders of a version, with what they were (inode and modification time in ns) before the build wrote. */
export type FolderSnapshot = ReadonlyMap<string, string>;

/**
 * Takes the snapshot of the folders below `roots` (relative, forward slashes) that `files`
 * (the version's starting record) says exist, and of the roots themselves.
 */
export function snapshotFolders(site: string, roots: readonly string[], files: Iterable<string>): FolderSnapshot {
  const folders = new Set<string>(roots);
  const prefixes = roots.map((root) => `${root}/`);
  // The files come sorted, mostly: a search shard's thousand fragments share one folder, looked up once (the
  // whole pass took 20–30 ms of a one-edit build at 10,000 articles with a dirname and a prefix per file).
  let last: string | undefined;
  for (const file of files) {
    const slash = file.lastIndexOf("/");
    if (slash < 0 || (slash === last?.length && file.startsWith(last))) continue;
    last = file.slice(0, slash);
    if (!prefixes.some((prefix) => file.startsWith(prefix))) continue;
    for (let dir = last; dir !== "." && !folders.has(dir); dir = path.posix.dirname(dir)) folders.add(dir);
  }
  return new Map([...folders].map((folder) => [folder, folderKey(site, folder)]));
}

function folderKey(site: string, folder: string): string {
  const stat = lstatSync(path.join(site, folder), { throwIfNoEntry: false, bigint: true });
  return stat?.isDirectory() ? `${stat.ino}:${stat.mtimeNs}` : "missing";
}

/** A version's files record, with the files whose entries may differ from the record it started as. */
export interface RecordAfterChanges {
  readonly files: FilesRecord;
  /** Every file stat-ed again or dropped: a superset of those whose entry moved (a relisted file whose entry is the same is left out). */
  readonly changed: readonly string[];
}

/**
 * The record of `site` after the build: `start` (the entries it began with), with every file of
 * `touched` stat-ed again (an entry if it is there, none if not), and the watched folders whose
 * snapshot moved listed again (their direct files, and every file below a folder that is new).
 * `start` is taken over and becomes the record: the caller made it for this, and a copy of
 * 28,800 entries cost a one-edit build at 10,000 articles ~10 ms more. `below`, when given, lists
 * every file of `start` below the watched folders (it may list more): the files of a moved folder
 * are looked for there, not by a pass over the whole record (~10 ms at 10,000 articles).
 */
export function recordAfterChanges(site: string, start: FilesRecord, touched: Iterable<string>, watched: FolderSnapshot, below?: readonly string[]): RecordAfterChanges {
  const files = start;
  const changed = new Set<string>();
  for (const file of touched) {
    changed.add(file);
    const entry = entryIfThere(path.join(site, file));
    if (entry) files.set(file, entry);
    else files.delete(file);
  }
  const moved = [...watched].filter(([folder, before]) => folderKey(site, folder) !== before).map(([folder]) => folder);
  if (moved.length === 0) return { files, changed: [...changed] };
  const relisted = new Set(moved);
  // The entries of the relisted folders' files as they were: a file listed again with the same entry did not change.
  const was = new Map<string, FileEntry>();
  const takeOut = (file: string): void => {
    if (!relisted.has(file.slice(0, file.lastIndexOf("/")))) return;
    const entry = files.get(file);
    if (entry === undefined) return;
    was.set(file, entry);
    files.delete(file);
  };
  if (below) {
    // Every file of the record that can be in a moved folder: those of `start` below the watched folders, and what the build wrote.
    for (const file of below) takeOut(file);
    for (const file of touched) takeOut(file);
  } else {
    // Only files below the moved folders' roots can be in them: the rest of the site is passed over with one startsWith.
    const roots = [...new Set(moved.map((folder) => `${folder.split("/")[0]!}/`))];
    for (const file of files.keys()) if (roots.some((root) => file.startsWith(root))) takeOut(file);
  }
  const found = (file: string, entry: FileEntry): void => {
    files.set(file, entry);
    const before = was.get(file);
    if (!before || before[0] !== entry[0] || before[1] !== entry[1] || before[2] !== entry[2]) changed.add(file);
    was.delete(file);
  };
  for (const folder of moved) {
    let entries;
    try {
      entries = readdirSync(path.join(site, folder), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const child = `${folder}/${entry.name}`;
      if (!entry.isDirectory()) {
        const there = entryIfThere(path.join(site, child));
        if (there) found(child, there);
      } else if (!watched.has(child)) {
        // A new folder is listed whole; one that was there is looked at on its own, if it moved.
        recordFiles(path.join(site, child)).forEach((file, size, mtimeMs, ino) => found(`${child}/${file}`, [size, mtimeMs, ino]));
      }
    }
  }
  // What was listed before and is not any more was removed.
  for (const file of was.keys()) changed.add(file);
  return { files, changed: [...changed] };
}
