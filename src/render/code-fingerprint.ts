import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { wireroomCacheDir } from "../cache-dir.ts";
import { projectRoot } from "../project-root.ts";

/**
 * The modules that decide what a build writes: the page kinds, the site model, the build's
 * planning and the render entry. Whatever they import, directly or not, is code that can change
 * output; tests, benches, dev tools and the commands' own plumbing are not.
 */
export const outputEntries = ["_includes/pages/index.ts", "src/model/load-site.ts", "src/render/plan-build.ts", "src/render/eleventy-render.ts"] as const;

/** Files the page kinds read at run time rather than import (assets, the stylesheet), and the libraries' versions. */
const readAtRunTime = ["_includes/assets", "_includes/styles", "package-lock.json"] as const;

// Relative module specifiers of static imports and exports, side-effect imports and import().
const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;

/** Every file (relative to `root`, sorted) whose change can change a build's output. */
export function outputCodeFiles(root: string = projectRoot): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(path.join(root, file), "utf8");
    for (const [, target] of text.matchAll(specifier)) visit(path.posix.normalize(path.posix.join(path.posix.dirname(file), target!)));
  };
  for (const entry of outputEntries) visit(entry);
  for (const file of filesReadAtRunTime(root)) seen.add(file);
  return [...seen].sort();
}

/** The files of readAtRunTime: what a new asset or stylesheet adds is found by listing, not by imports. */
function filesReadAtRunTime(root: string): string[] {
  const found: string[] = [];
  const walk = (relative: string): void => {
    const full = path.join(root, relative);
    if (!existsSync(full)) return;
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else found.push(child);
    }
  };
  for (const item of readAtRunTime) {
    if (item.endsWith(".json")) found.push(item);
    else walk(item);
  }
  return found;
}

const hashes = new Map<string, string>();

/**
 * A hash of every file in outputCodeFiles: new code that can change a page, new pages (and
 * re-parsed articles). Reading and hashing its 150 files took every build 25–35 ms; the last
 * answer is kept with the files' stamps (codeStampsFile), as run-command.mjs keys its compiled
 * copy, and is hashed again only when a stamp moved or the folders read at run time list other
 * files. The set of files cannot change unseen: it is found by following imports, so a new file
 * joins only through a changed one, or by listing readAtRunTime, which is listed again.
 */
export function codeFingerprint(root: string = projectRoot): string {
  let known = hashes.get(root);
  if (!known) hashes.set(root, (known = codeFingerprintOnDisk(root)));
  return known;
}

/**
 * codeFingerprint without the answer this process remembers: from the kept stamps, or hashed.
 * `now` decides which stamps are too recent to keep (tests pass a later time).
 */
export function codeFingerprintOnDisk(root: string, now: number = Date.now()): string {
  const record = codeStampsFile(root);
  const listed = filesReadAtRunTime(root).sort();
  const kept = readRecord(record, root);
  if (kept && sameList(kept.listed, listed) && kept.files.every((file, i) => stampOf(root, file) === kept.stamps[i])) return kept.fingerprint;
  // Stamped before the read, as the loader stamps sources: a file changed in between is hashed again next time.
  const files = outputCodeFiles(root);
  const stamps = files.map((file) => stampOf(root, file));
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update("\0").update(readFileSync(path.join(root, file))).update("\0");
  const digest = hash.digest("base64url");
  if (stamps.every((stamp) => stamp !== undefined && !isRacy(stamp, now))) writeRecord(record, { root, listed, files, stamps: stamps as string[], fingerprint: digest });
  return digest;
}

interface StampRecord {
  readonly root: string;
  readonly listed: readonly string[];
  readonly files: readonly string[];
  readonly stamps: readonly string[];
  readonly fingerprint: string;
}

/** Where the stamps of `root`'s code are kept: in the build's cache, by the project's path. */
function codeStampsFile(root: string): string {
  const key = createHash("sha256").update(path.resolve(root)).digest("hex").slice(0, 16);
  return path.join(wireroomCacheDir(), `${key}.code-stamps.json`);
}

/** Size, modification and change times and inode, as loadArticles stamps a source; undefined for a file that is gone. */
function stampOf(root: string, file: string): string | undefined {
  const stat = statSync(path.join(root, file), { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}` : undefined;
}

/**
 * A file changed this recently may change again within the same clock tick on a coarse file
 * system, unseen by its stamp (load-articles.ts's racyMilliseconds): its stamps are not kept.
 */
const racyMilliseconds = 3000;

function isRacy(stamp: string, now: number): boolean {
  const [, mtime, ctime] = stamp.split(":");
  return now - Math.max(Number(mtime), Number(ctime)) <= racyMilliseconds;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** The kept record, when there is one for `root` that can be read: anything else is hashed again. */
function readRecord(file: string, root: string): StampRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as Partial<StampRecord>;
    const { listed, files, stamps, fingerprint } = record;
    if (record.root !== root || !Array.isArray(listed) || !Array.isArray(files) || !Array.isArray(stamps) || files.length !== stamps.length || typeof fingerprint !== "string") return undefined;
    return { root, listed, files, stamps, fingerprint };
  } catch {
    return undefined;
  }
}

/** Written whole (a temporary file renamed into place), and never fatal: a build without it only hashes again. */
function writeRecord(file: string, record: StampRecord): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, JSON.stringify(record));
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
}
