import { hash } from "node:crypto";
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
 * in the site's order its path, URL, headline, dates and people and organisations as resolved
 * (what lists, pagination, neighbours, entity pages, their chips and charts and entity feeds are
 * made of), and the front page's strip (ranked by mention counts, which the text decides). When
 * the structure is the same as the last build's, the articles are the same ones in the same
 * places, and an output's fingerprint can move only through the stamps of the articles whose
 * source changed (articleStamp: the source hash). So the outputs whose kind says which articles
 * they show (PageKind.articlesShown) and that show none of those keep their fingerprint without
 * being fingerprinted again: most of the 18,000 at 10,000 articles, for a one-article edit.
 */
export interface ArticleRecord {
  /** The digest of the structure (above). */
  readonly structure: string;
  /** Each article's source hash, in the site's order. */
  readonly sources: readonly string[];
}

/** The record of `model`'s articles under `buildInputs` (the hash of code, settings, registry and stylesheet). */
export function articleRecordOf(model: SiteModel, buildInputs: string): ArticleRecord {
  // One line per article, fields apart by tabs; JSON for the text fields, so that no field can run into the next.
  let text = `${buildInputs}\n${JSON.stringify(inTheNewsStamp(model.homePages[0]?.inTheNews))}\n`;
  const sources: string[] = [];
  for (const article of model.articles) {
    sources.push(article.sourceHash);
    text += `${JSON.stringify([article.sourcePath, article.url, article.headline])}\t${publishedMillis(article)}\t${modifiedOf(article).iso}\t${entityCard(article.sourceEntity)}\t${article.entities.map(entityCard).join(" ")}\n`;
  }
  return { structure: hash("sha256", text, "base64url"), sources };
}

/** An entity as lists and entity pages show it: what their stamps read of it (see fingerprints.ts). */
function entityCard(entity: ArticleEntity | undefined): string {
  return entity ? JSON.stringify([entity.id, entity.type, entity.name, entity.slug, entity.source, entity.resolvedFrom ?? null, entity.creditOnly ?? false]) : "-";
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
