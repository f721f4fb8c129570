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
 * Each file is lines of JSON: a head (the format, and the whole file's id or the one the changes
 * are based on), every field of the state but the articles (the entity table, the registry:
 * 0.6 MB, parsed from the changes file alone when there is one), the entries without their
 * details (what building the site model reads), then one line per entry written out with its
 * detail (StoredDetail: tallies and sentences, more than half of the bytes, and the summary,
 * word count and dateline that only the pages showing an article read), "" for none. A
 * detail line is found and parsed only when a page asks for it, and copied as it is when the
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
const format = 5;

/** The head of the whole file: the id a changes file names it by. */
interface WholeHead {
  readonly format: typeof format;
  readonly id: string;
}

/** A run of entries kept from the whole file: positions [start, end). */
type KeptRun = readonly [number, number];

/** The head of the changes since the whole file `base`. */
interface ChangesHead {
  readonly format: typeof format;
  readonly base: string;
}

/** Every field of the state but its articles: the store's tables. */
type StateFields = Omit<StoredState, "articles">;

/**
 * A store file read into memory: its head parsed, the state's fields and the list of entries
 * parsed when asked for (the whole file's fields are not, when a changes file brings newer ones),
 * and the details' lines found only when one is asked for (a Buffer, so that the details are not
 * even decoded until then).
 */
class StoreFile implements DetailLines {
  private starts: number[] | undefined;

  private constructor(
    readonly head: unknown,
    private readonly bytes: Buffer,
    /** Where the state's fields, the list and the details start. */
    private readonly at: readonly [number, number, number],
  ) {}

  /** The file, if it reads back in this format (a file in another format is not worth parsing further). */
  static open(file: string): StoreFile | undefined {
    try {
      const bytes = readFileSync(file);
      const headEnd = bytes.indexOf(10);
      const stateEnd = headEnd < 0 ? -1 : bytes.indexOf(10, headEnd + 1);
      const listEnd = stateEnd < 0 ? -1 : bytes.indexOf(10, stateEnd + 1);
      if (listEnd < 0) return undefined;
      const head = JSON.parse(bytes.toString("utf8", 0, headEnd)) as unknown;
      return (head as { format?: unknown } | null)?.format === format ? new StoreFile(head, bytes, [headEnd + 1, stateEnd + 1, listEnd + 1]) : undefined;
    } catch {
      return undefined;
    }
  }

  /** The state's fields, undefined if they do not parse. */
  state(): StateFields | undefined {
    const state = this.parse(this.at[0], this.at[1] - 1);
    return typeof state === "object" && state !== null && !Array.isArray(state) ? (state as StateFields) : undefined;
  }

  /** The list of entries (or runs), undefined if it does not parse. */
  list(): unknown[] | undefined {
    const list = this.parse(this.at[1], this.at[2] - 1);
    return Array.isArray(list) ? list : undefined;
  }

  line(index: number): string {
    const starts = (this.starts ??= this.lineStarts());
    const start = starts[index];
    if (start === undefined) return "";
    const end = index + 1 < starts.length ? starts[index + 1]! - 1 : this.bytes.length;
    return this.bytes.toString("utf8", start, end);
  }

  private parse(start: number, end: number): unknown {
    try {
      return JSON.parse(this.bytes.toString("utf8", start, end)) as unknown;
    } catch {
      return undefined;
    }
  }

  private lineStarts(): number[] {
    const starts: number[] = [];
    for (let at = this.at[2]; at < this.bytes.length; ) {
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
  const whole = StoreFile.open(wholeFile);
  const id = (whole?.head as WholeHead | undefined)?.id;
  const base = whole?.list() as StoredArticle[] | undefined;
  if (!whole || typeof id !== "string" || !base) return undefined;
  base.forEach((entry, i) => keepDetailAside(entry, whole, i));
  lastRead.set(wholeFile, { id, positions: new Map(base.map((entry, i) => [entry, i])) });
  const changes = readChanges(input, id);
  if (!changes) {
    const state = whole.state();
    return state && { ...state, articles: base };
  }
  const articles: StoredArticle[] = [];
  let written = 0;
  for (const item of changes.items) {
    if (!isKeptRun(item)) {
      keepDetailAside(item, changes.file, written++);
      articles.push(item);
    } else for (let i = item[0]; i < item[1]; i++) articles.push(base[i]!);
  }
  return { ...changes.state, articles };
}

/** The changes file of the whole file `id`, if there is one that reads back and names it. */
function readChanges(input: string, id: string): { state: StateFields; items: readonly (KeptRun | StoredArticle)[]; file: StoreFile } | undefined {
  const file = StoreFile.open(stateFileFor(input, "articles-changes"));
  if ((file?.head as ChangesHead | undefined)?.base !== id) return undefined;
  const state = file!.state();
  const items = file!.list() as (KeptRun | StoredArticle)[] | undefined;
  return state && items && { state, items, file: file! };
}

function isKeptRun(item: KeptRun | StoredArticle): item is KeptRun {
  return Array.isArray(item);
}

/** A store file's text: its head, the state's fields, its list of entries (or runs) without details, and the details of the entries it lists. */
function storeText(head: WholeHead | ChangesHead, state: StateFields, items: readonly (KeptRun | StoredArticle)[]): string {
  const listed: (KeptRun | StoredArticle)[] = [];
  const details: string[] = [];
  for (const item of items) {
    if (isKeptRun(item)) listed.push(item);
    else {
      listed.push(withoutDetail(item));
      details.push(detailTextOf(item));
    }
  }
  return `${JSON.stringify(head)}\n${JSON.stringify(state)}\n${JSON.stringify(listed)}\n${details.join("\n")}`;
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
      writeWhole(stateFileFor(input, "articles-changes"), storeText({ format, base: read.id }, rest, items), "state:articles-temp-written");
      return;
    }
  }
  const id = randomUUID();
  writeWhole(wholeFile, storeText({ format, id }, rest, articles), "state:articles-temp-written");
  // Killed before this, the old changes file names the old id: it is ignored.
  rmSync(stateFileFor(input, "articles-changes"), { force: true });
  lastRead.set(wholeFile, { id, positions: new Map(articles.map((entry, i) => [entry, i])) });
}
