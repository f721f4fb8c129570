/**
 * The parsed articles of a content folder, kept between builds under wireroomCacheDir() by the
 * folder's path. They are a cache of the sources, not a record of any output: each stored
 * article is used only while its source's size, times and inode are unchanged, so this state
 * can be written before the site is published and never describes the wrong one. What a build
 * published is recorded per published version (src/publish/site-state.ts).
 *
 * The store is two files: a whole one (`<key>.articles.json`, 19 MB at 10,000 articles) and the
 * changes since it (`<key>.articles-changes.json`), which names the whole file it applies to by
 * an id written into both. A one-edit build keeps almost every entry as it was read, so it
 * writes only the changes file: the store's tables and the new or changed entries, with the
 * kept ones as runs of positions in the whole file (turning 10 MB into JSON and flushing it cost
 * ~0.2 s of a one-edit build). Once the changes grow past a share of the store, the whole file
 * is written again with a new id. Each file is written whole (write-whole.ts); a changes file
 * that names another id (a build killed between the two writes, or another build of the same
 * folder into another output) is ignored, and the whole file alone is an older but consistent
 * store: every entry in it still says which source stamp it was made from.
 *
 * Each file is lines of JSON: a head (the format, the id, every field of the state but the
 * articles), the entries without their details (what building the site model reads), then one
 * line per entry written out with its detail (StoredDetail: tallies and sentences, more than
 * half of the bytes), "" for none. Only the first two lines are parsed when the store is read;
 * a detail line is found and parsed when a page asks for it, and copied as it is when the
 * whole file is written again. A file in another format (an older Wireroom's) is not read: the
 * build then reads every source again, as without a store.
 */
import { createHash, randomUUID } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { wireroomCacheDir } from "../cache-dir.ts";
import { detailTextOf, keepDetailAside, withoutDetail, type DetailLines, type StoredArticle, type StoredState } from "../model/stored-articles.ts";
import { writeWhole } from "../publish/write-whole.ts";

export { writeWhole };

/** Where state named `name` about a folder is kept: outside it, keyed by its absolute path. */
export function stateFileFor(folder: string, name: string): string {
  const key = createHash("sha256").update(path.resolve(folder)).digest("hex").slice(0, 16);
  return path.join(wireroomCacheDir(), `${key}.${name}.json`);
}

/** The format a store file's head names: a file that names another is not read. */
const format = 3;

/** The head of the whole file: the id a changes file names it by, and the state but its articles. */
interface WholeHead {
  readonly format: typeof format;
  readonly id: string;
  readonly state: Omit<StoredState, "articles">;
}

/** A run of entries kept from the whole file: positions [start, end). */
type KeptRun = readonly [number, number];

/** The head of the changes since the whole file `base`: every field of the state but its articles. */
interface ChangesHead {
  readonly format: typeof format;
  readonly base: string;
  readonly state: Omit<StoredState, "articles">;
}

/**
 * A store file read into memory, its lines after the first two found only when a detail is asked
 * for (a Buffer, so that the details are not even decoded until then).
 */
class StoreFile implements DetailLines {
  private starts: number[] | undefined;

  constructor(
    private readonly bytes: Buffer,
    /** Where the detail lines start. */
    private readonly detailsAt: number,
  ) {}

  /** The first two lines, parsed: the head and the list of entries. */
  static read(file: string): { head: unknown; list: unknown; file: StoreFile } | undefined {
    try {
      const bytes = readFileSync(file);
      const headEnd = bytes.indexOf(10);
      const listEnd = headEnd < 0 ? -1 : bytes.indexOf(10, headEnd + 1);
      if (listEnd < 0) return undefined;
      const head = JSON.parse(bytes.toString("utf8", 0, headEnd)) as unknown;
      // Checked before the list is parsed: a file in another format is not worth parsing further.
      if ((head as { format?: unknown } | null)?.format !== format) return undefined;
      return { head, list: JSON.parse(bytes.toString("utf8", headEnd + 1, listEnd)), file: new StoreFile(bytes, listEnd + 1) };
    } catch {
      return undefined;
    }
  }

  line(index: number): string {
    const starts = (this.starts ??= this.lineStarts());
    const start = starts[index];
    if (start === undefined) return "";
    const end = index + 1 < starts.length ? starts[index + 1]! - 1 : this.bytes.length;
    return this.bytes.toString("utf8", start, end);
  }

  private lineStarts(): number[] {
    const starts: number[] = [];
    for (let at = this.detailsAt; at < this.bytes.length; ) {
      starts.push(at);
      const end = this.bytes.indexOf(10, at);
      if (end < 0) break;
      at = end + 1;
    }
    return starts;
  }
}

/**
 * What was last read for a folder's store: the whole file's id and the position of each of its
 * entries, so that a write finds the entries a build kept (store() hands back the very objects
 * it was given) without comparing them.
 */
const lastRead = new Map<string, { readonly id: string; readonly positions: ReadonlyMap<StoredArticle, number> }>();

/** The whole file is written again once its changes hold more entries than this share of the store. */
const rewriteShare = 0.1;

/** The parsed articles of a content folder, stored by the folder's path (their details left aside, see detailOf). */
export function readStoredArticles(input: string): StoredState | undefined {
  const wholeFile = stateFileFor(input, "articles");
  lastRead.delete(wholeFile);
  const read = StoreFile.read(wholeFile);
  if (!read) return undefined;
  const head = read.head as WholeHead;
  const base = read.list as StoredArticle[];
  if (typeof head.id !== "string" || typeof head.state !== "object" || !Array.isArray(base)) return undefined;
  base.forEach((entry, i) => keepDetailAside(entry, read.file, i));
  lastRead.set(wholeFile, { id: head.id, positions: new Map(base.map((entry, i) => [entry, i])) });
  const changes = readChanges(input, head.id);
  if (!changes) return { ...head.state, articles: base } as StoredState;
  const articles: StoredArticle[] = [];
  let written = 0;
  for (const item of changes.items) {
    if (!isKeptRun(item)) {
      keepDetailAside(item, changes.file, written++);
      articles.push(item);
    } else for (let i = item[0]; i < item[1]; i++) articles.push(base[i]!);
  }
  return { ...changes.head.state, articles } as StoredState;
}

/** The changes file of the whole file `id`, if there is one that reads back and names it. */
function readChanges(input: string, id: string): { head: ChangesHead; items: readonly (KeptRun | StoredArticle)[]; file: StoreFile } | undefined {
  const read = StoreFile.read(stateFileFor(input, "articles-changes"));
  const head = read?.head as ChangesHead | undefined;
  if (!read || head?.base !== id || typeof head.state !== "object" || !Array.isArray(read.list)) return undefined;
  return { head, items: read.list as (KeptRun | StoredArticle)[], file: read.file };
}

function isKeptRun(item: KeptRun | StoredArticle): item is KeptRun {
  return Array.isArray(item);
}

/** A store file's text: its head, its list of entries (or runs) without details, and the details of the entries it lists. */
function storeText(head: WholeHead | ChangesHead, items: readonly (KeptRun | StoredArticle)[]): string {
  const listed: (KeptRun | StoredArticle)[] = [];
  const details: string[] = [];
  for (const item of items) {
    if (isKeptRun(item)) listed.push(item);
    else {
      listed.push(withoutDetail(item));
      details.push(detailTextOf(item));
    }
  }
  return `${JSON.stringify(head)}\n${JSON.stringify(listed)}\n${details.join("\n")}`;
}

export function writeStoredArticles(input: string, state: StoredState): void {
  const wholeFile = stateFileFor(input, "articles");
  const read = lastRead.get(wholeFile);
  const { articles, ...rest } = state;
  if (read) {
    const items: (KeptRun | [number, number] | StoredArticle)[] = [];
    let changed = 0;
    for (const entry of articles) {
      const at = read.positions.get(entry);
      const last = items.at(-1);
      if (at === undefined) {
        items.push(entry);
        changed++;
      } else if (last && isKeptRun(last) && last[1] === at) (last as [number, number])[1] = at + 1;
      else items.push([at, at + 1]);
    }
    if (changed <= rewriteShare * articles.length) {
      writeWhole(stateFileFor(input, "articles-changes"), storeText({ format, base: read.id, state: rest }, items), "state:articles-temp-written");
      return;
    }
  }
  const id = randomUUID();
  writeWhole(wholeFile, storeText({ format, id, state: rest }, articles), "state:articles-temp-written");
  // Killed before this, the old changes file names the old id: it is ignored.
  rmSync(stateFileFor(input, "articles-changes"), { force: true });
  lastRead.set(wholeFile, { id, positions: new Map(articles.map((entry, i) => [entry, i])) });
}
