/**
 * The parsed articles of a content folder, kept between builds under wireroomCacheDir() by the
 * folder's path. They are a cache of the sources, not a record of any output: each stored
 * article is used only while its source's size, times and inode are unchanged, so this state
 * can be written before the site is published and never describes the wrong one. What a build
 * published is recorded per published version (src/publish/site-state.ts).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { wireroomCacheDir } from "../cache-dir.ts";
import type { StoredState } from "../model/stored-articles.ts";
import { writeWhole } from "../publish/write-whole.ts";

export { writeWhole };

/** Where state named `name` about a folder is kept: outside it, keyed by its absolute path. */
export function stateFileFor(folder: string, name: string): string {
  const key = createHash("sha256").update(path.resolve(folder)).digest("hex").slice(0, 16);
  return path.join(wireroomCacheDir(), `${key}.${name}.json`);
}

/** The parsed articles of a content folder, stored by the folder's path. */
export function readStoredArticles(input: string): StoredState | undefined {
  try {
    return JSON.parse(readFileSync(stateFileFor(input, "articles"), "utf8")) as StoredState;
  } catch {
    return undefined;
  }
}

export function writeStoredArticles(input: string, state: StoredState): void {
  writeWhole(stateFileFor(input, "articles"), JSON.stringify(state), "state:articles-temp-written");
}
