/**
 * The parsed articles of a content folder, kept between builds under wireroomCacheDir() by the
 * folder's path. They are a cache of the sources, not a record of any output: each stored
 * article is used only while its source's size, times and inode are unchanged, so this state
 * can be written before the site is published and never describes the wrong one. What a build
 * published is recorded per published version (src/publish/site-state.ts).
 *
 * The store is two files: a whole one (`<key>.articles.json`, 10 MB at 10,000 articles) and the
 * changes since it (`<key>.articles-changes.json`), which names the whole file it applies to by
 * an id written into both. A one-edit build keeps almost every entry as it was read, so it
 * writes only the changes file: the store's tables and the new or changed entries, with the
 * kept ones as runs of positions in the whole file (turning 10 MB into JSON and flushing it cost
 * ~0.2 s of a one-edit build). Once the changes grow past a share of the store, the whole file
 * is written again with a new id. Each file is written whole (write-whole.ts); a changes file
 * that names another id (a build killed between the two writes, or another build of the same
 * folder into another output) is ignored, and the whole file alone is an older but consistent
 * store: every entry in it still says which source stamp it was made from.
 */
import { createHash, randomUUID } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { wireroomCacheDir } from "../cache-dir.ts";
import type { StoredArticle, StoredState } from "../model/stored-articles.ts";
import { writeWhole } from "../publish/write-whole.ts";

export { writeWhole };

/** Where state named `name` about a folder is kept: outside it, keyed by its absolute path. */
export function stateFileFor(folder: string, name: string): string {
  const key = createHash("sha256").update(path.resolve(folder)).digest("hex").slice(0, 16);
  return path.join(wireroomCacheDir(), `${key}.${name}.json`);
}

/** The whole store as written: the state, and the id a changes file names it by. */
interface WholeFile {
  readonly id: string;
  readonly state: StoredState;
}

/** A run of entries kept from the whole file: positions [start, end). */
type KeptRun = readonly [number, number];

/** The store's changes since the whole file `base`: every field of the state, the articles as kept runs and new entries, in order. */
interface ChangesFile {
  readonly base: string;
  readonly state: Omit<StoredState, "articles">;
  readonly articles: readonly (KeptRun | StoredArticle)[];
}

/**
 * What was last read for a folder's store: the whole file's id and the position of each of its
 * entries, so that a write finds the entries a build kept (store() hands back the very objects
 * it was given) without comparing them.
 */
const lastRead = new Map<string, { readonly id: string; readonly positions: ReadonlyMap<StoredArticle, number> }>();

/** The whole file is written again once its changes hold more entries than this share of the store. */
const rewriteShare = 0.1;

/** The parsed articles of a content folder, stored by the folder's path. */
export function readStoredArticles(input: string): StoredState | undefined {
  const wholeFile = stateFileFor(input, "articles");
  lastRead.delete(wholeFile);
  let whole: WholeFile;
  try {
    whole = JSON.parse(readFileSync(wholeFile, "utf8")) as WholeFile;
    if (typeof whole.id !== "string" || !Array.isArray(whole.state?.articles)) return undefined;
  } catch {
    return undefined;
  }
  const base = whole.state.articles;
  lastRead.set(wholeFile, { id: whole.id, positions: new Map(base.map((entry, i) => [entry, i])) });
  const changes = readChanges(input, whole.id);
  if (!changes) return whole.state;
  const articles: StoredArticle[] = [];
  for (const item of changes.articles) {
    if (!isKeptRun(item)) articles.push(item);
    else for (let i = item[0]; i < item[1]; i++) articles.push(base[i]!);
  }
  return { ...changes.state, articles } as StoredState;
}

/** The changes file of the whole file `id`, if there is one that reads back and names it. */
function readChanges(input: string, id: string): ChangesFile | undefined {
  try {
    const changes = JSON.parse(readFileSync(stateFileFor(input, "articles-changes"), "utf8")) as ChangesFile;
    return changes.base === id && Array.isArray(changes.articles) ? changes : undefined;
  } catch {
    return undefined;
  }
}

function isKeptRun(item: KeptRun | StoredArticle): item is KeptRun {
  return Array.isArray(item);
}

export function writeStoredArticles(input: string, state: StoredState): void {
  const wholeFile = stateFileFor(input, "articles");
  const read = lastRead.get(wholeFile);
  if (read) {
    const items: (KeptRun | [number, number] | StoredArticle)[] = [];
    let changed = 0;
    for (const entry of state.articles) {
      const at = read.positions.get(entry);
      const last = items.at(-1);
      if (at === undefined) {
        items.push(entry);
        changed++;
      } else if (last && isKeptRun(last) && last[1] === at) (last as [number, number])[1] = at + 1;
      else items.push([at, at + 1]);
    }
    if (changed <= rewriteShare * state.articles.length) {
      const { articles: _, ...rest } = state;
      const changes: ChangesFile = { base: read.id, state: rest, articles: items };
      writeWhole(stateFileFor(input, "articles-changes"), JSON.stringify(changes), "state:articles-temp-written");
      return;
    }
  }
  const whole: WholeFile = { id: randomUUID(), state };
  writeWhole(wholeFile, JSON.stringify(whole), "state:articles-temp-written");
  // Killed before this, the old changes file names the old id: it is ignored.
  rmSync(stateFileFor(input, "articles-changes"), { force: true });
  lastRead.set(wholeFile, { id: whole.id, positions: new Map(state.articles.map((entry, i) => [entry, i])) });
}
