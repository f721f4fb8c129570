import { createHash } from "node:crypto";
import type { Article } from "../articles/article.ts";
import type { SiteModel } from "../model/site-model.ts";
import { inTheNewsStamp } from "./fingerprints.ts";

/**
 * What a build's manifest keeps of its articles, so that the next build can tell an edit of
 * articles' texts alone from a change of the site's structure.
 *
 * The structure is everything the pages' fingerprints read of the site besides the articles'
 * sources: the build-wide inputs (code, settings, registry, stylesheet), and for every article
 * in the site's order its path, URL, publication time and people and organisations as
 * detected, from which with the registry their resolution follows (what pagination, neighbours,
 * entity pages, their chips and charts by month and entity feeds are made of: the model's
 * StructureDigests, src/model/structure-digest.ts), and the front page's strip (ranked by mention counts, which the text
 * decides). The headline and the modified date are not in it: the kinds that use the record
 * (PageKind.shows) show them only through the stamps of the articles they say they show, and the sitemap, which dates every page, is kept only
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

/** The record of `model`'s articles under `buildInputs` (the hash of code, settings, registry and stylesheet). */
export function articleRecordOf(model: SiteModel, buildInputs: string): ArticleRecord {
  // The articles' lines are digested by the model, which an edit of texts alone takes from the
  // store of articles instead of hashing 10,000 articles and 65,000 entities (structure-digest.ts).
  const digests = model.structureDigests();
  const structure = createHash("sha256").update(`${buildInputs}\n${JSON.stringify(inTheNewsStamp(model.homePages[0]?.inTheNews))}\n${digests.articles}`).digest("base64url");
  const sources = model.articles.map((article) => article.sourceHash);
  return { structure, sources, dates: digests.dates };
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
