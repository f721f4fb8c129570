import { createHash } from "node:crypto";
import type { Article } from "../articles/article.ts";
import { publishedMillis } from "../articles/load-articles.ts";
import type { ArticleEntity } from "../entities/types.ts";
import type { StructureDigests } from "./site-model.ts";
import { modifiedOf, type StoredArticle, type StoredState } from "./stored-articles.ts";

/* The articles' share of the site's structure: made, and taken again from the store (StructureDigests, site-model.ts). */

/**
 * One article's line: its fields apart by NULs (which no path, URL or name holds), then each
 * detected entity as the resolution reads it, with its credit-only mark. Not its headline: every
 * page that shows it says so (PageKind.shows: lists, feeds, and the article pages beside it), and
 * the order it breaks ties of publication time in stands in the order of the paths. No JSON:
 * 10,000 articles and 65,000 entities are made into this text on a build that needs them all.
 */
export function structureLine(article: Article, detected: readonly ArticleEntity[]): string {
  let line = `${article.sourcePath}\0${article.url}\0${publishedMillis(article)}\0${article.source ?? "-"}`;
  for (const e of detected) {
    // No forms and an empty list of them are one (the store writes no list for either).
    line += `\0${e.id}\u0001${e.type}\u0001${e.name}\u0001${e.slug}\u0001${e.source}\u0001${e.forms?.join("\u0002") ?? ""}\u0001${e.tentative ? 1 : 0}${e.creditOnly ? 1 : 0}`;
  }
  return line;
}

/** As the sitemap dates a page (sitemap-entries.ts), to the second. */
export function dateLine(article: Article): string {
  return modifiedOf(article).iso;
}

const linesPerUpdate = 64;

/** The digests of `articles` (the site's order) with `detected[i]` the entities detection gave `articles[i]`. */
export function digestStructure(articles: readonly Article[], detected: readonly (readonly ArticleEntity[])[]): StructureDigests {
  // Hashed a run of lines at a time: made into one string first, the text (3 MB at 10,000
  // articles, two bytes a character once one headline has a curly quote) took 50 ms to hash,
  // and an update per line costs about as much in calls.
  const structure = createHash("sha256");
  const dates = createHash("sha256");
  let run = "";
  let dateRun = "";
  for (let i = 0; i < articles.length; i++) {
    run += `${structureLine(articles[i]!, detected[i]!)}\n`;
    dateRun += `${dateLine(articles[i]!)}\n`;
    if ((i + 1) % linesPerUpdate === 0) {
      structure.update(run);
      dates.update(dateRun);
      run = "";
      dateRun = "";
    }
  }
  return { articles: structure.update(run).digest("base64url"), dates: dates.update(dateRun).digest("base64url") };
}

/**
 * The digests the store kept (StoredState.structure), when `articles` are the store's articles in
 * the same places with the same lines; undefined otherwise. An article kept as revived from the
 * store, with the very entities it came back with, has the stored line; the others (the edited
 * ones: articlesNotKept) are each compared with the entry stored under its path, through `storedLines`: the same line and date line, which with the
 * path place it in the site's order. Paths are unique on both sides and the counts are equal,
 * so every stored entry is matched once: the same lines in the same order, the same digests.
 */
export function structureAsStored(
  articles: readonly Article[],
  detected: readonly (readonly ArticleEntity[])[],
  state: Pick<StoredState, "articles" | "structure">,
  others: ReadonlyMap<string, number>,
  storedLines: (entry: StoredArticle) => { readonly structure: string; readonly date: string },
): StructureDigests | undefined {
  const stored = state.structure;
  if (!stored || articles.length !== state.articles.length) return undefined;
  let found = 0;
  for (const entry of state.articles) {
    const i = others.get(entry.meta.sourcePath);
    if (i === undefined) continue;
    found++;
    const before = storedLines(entry);
    if (before.structure !== structureLine(articles[i]!, detected[i]!) || before.date !== dateLine(articles[i]!)) return undefined;
  }
  return found === others.size ? stored : undefined;
}
