import { createHash } from "node:crypto";
import type { Article } from "../articles/article.ts";
import { publishedMillis } from "../articles/load-articles.ts";
import type { ArticleEntity } from "../entities/types.ts";
import type { SiteModel } from "../model/site-model.ts";
import { modifiedOf } from "../model/stored-articles.ts";
import { inTheNewsStamp } from "./fingerprints.ts";

/**
 * What a build's manifest keeps of its articles, so that the next build can tell an edit of
 * articles' texts alone from a change of the site's structure.
 *
 * The structure is everything the pages' fingerprints read of the site besides the articles'
 * sources: the build-wide inputs (code, settings, registry, stylesheet), and for every article
 * in the site's order its path, URL, headline, publication time and people and organisations as
 * resolved (what pagination, neighbours, entity pages, their chips and charts by month and entity
 * feeds are made of), and the front page's strip (ranked by mention counts, which the text
 * decides). The modified date is not in it: the kinds that use the record (PageKind.shows) show it
 * only through an article's own stamp, and the sitemap, which dates every page, is kept only
 * when the digest of the dates is unchanged too (PageKind.followsDates). When
 * the structure is the same as the last build's, the articles are the same ones in the same
 * places, and an output's fingerprint can move only through the stamps of the articles whose
 * source changed (articleStamp: the source hash). So the outputs whose kind says which articles
 * they show (PageKind.shows, ShownArticles) and that show none of those keep their fingerprint without
 * being fingerprinted again: most of the 18,000 at 10,000 articles, for a one-article edit.
 * The set of outputs is then the last build's too, so the plan starts from the last manifest and
 * visits only the views that show an edited article (ShownArticles.viewsShowing), and the views
 * of the kinds that cannot say (a few single pages).
 */
export interface ArticleRecord {
  /** The digest of the structure (above). */
  readonly structure: string;
  /** Each article's source hash, in the site's order. */
  readonly sources: readonly string[];
  /** A digest of the articles' modified dates in the site's order: what the sitemap adds to the structure (PageKind.followsDates). */
  readonly dates?: string;
  /**
   * How many outputs the recording build planned. A manifest with fewer (the published site's,
   * less the pages found damaged: see incremental-build.ts) is not the whole site, and an edit
   * is then planned by visiting every view.
   */
  readonly outputs?: number;
}

const linesPerUpdate = 64;

/** The record of `model`'s articles under `buildInputs` (the hash of code, settings, registry and stylesheet). */
export function articleRecordOf(model: SiteModel, buildInputs: string): ArticleRecord {
  // One line per article, its fields apart by NULs (which no path, URL, headline or name holds);
  // no JSON: 10,000 articles and 65,000 entities are made into this text on every build.
  // Hashed a run of lines at a time: made into one string first, the text (3 MB at 10,000
  // articles, two bytes a character once one headline has a curly quote) took 50 ms to hash,
  // and an update per line costs about as much in calls.
  const structure = createHash("sha256").update(`${buildInputs}\n${JSON.stringify(inTheNewsStamp(model.homePages[0]?.inTheNews))}\n`);
  const dates = createHash("sha256");
  const sources: string[] = [];
  let run = "";
  let dateRun = "";
  for (const article of model.articles) {
    sources.push(article.sourceHash);
    run += `${article.sourcePath}\0${article.url}\0${article.headline}\0${publishedMillis(article)}${entityCard(article.sourceEntity)}`;
    for (const entity of article.entities) run += entityCard(entity);
    run += "\n";
    // As the sitemap dates a page (sitemap-entries.ts), to the second.
    dateRun += `${modifiedOf(article).iso}\n`;
    if (sources.length % linesPerUpdate === 0) {
      structure.update(run);
      dates.update(dateRun);
      run = "";
      dateRun = "";
    }
  }
  return { structure: structure.update(run).digest("base64url"), sources, dates: dates.update(dateRun).digest("base64url") };
}

/** An entity as lists and entity pages show it: what their stamps read of it (see fingerprints.ts). */
function entityCard(entity: ArticleEntity | undefined): string {
  if (!entity) return "\0-";
  return `\0${entity.id}\u0001${entity.type}\u0001${entity.name}\u0001${entity.slug}\u0001${entity.source}\u0001${entity.resolvedFrom?.join("\u0002") ?? "-"}\u0001${entity.creditOnly ? 1 : 0}`;
}

/**
 * The articles whose source changed since the build that recorded `previous`, when nothing of
 * the structure did; undefined otherwise (or without a record), and every output is fingerprinted.
 */
export function changedSources(previous: ArticleRecord | undefined, current: ArticleRecord, articles: readonly Article[]): ReadonlySet<Article> | undefined {
  if (!previous || previous.structure !== current.structure || previous.sources.length !== articles.length) return undefined;
  const changed = new Set<Article>();
  for (let i = 0; i < articles.length; i++) if (previous.sources[i] !== current.sources[i]) changed.add(articles[i]!);
  return changed;
}
