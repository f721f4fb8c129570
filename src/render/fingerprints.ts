import { hash } from "node:crypto";
import type { Article } from "../articles/article.ts";
import type { ArticleEntity } from "../entities/types.ts";
import type { MonthCount } from "../model/monthly-counts.ts";
import type { EntityArticle, EntityPage, EntitySummary, InTheNews, Pagination } from "../model/site-model.ts";
import type { Fingerprint } from "./page-kind.ts";

/**
 * How the parts of the site model stand in the page kinds' fingerprints (their `dependsOn`).
 * Each stands for what a page can show of it and no more, so that an edit re-renders only the
 * pages that show what changed.
 */

/**
 * An article is the hash of its source (text, data file, lead image: see loadArticle):
 * everything a page shows of it (headline, body, dates, entities found in it) derives from
 * those and from the registry, which every fingerprint includes.
 */
export function articleStamp(article: Article): string {
  let stamp = articleStamps.get(article);
  if (stamp === undefined) articleStamps.set(article, (stamp = `article:${article.sourceHash}${resolvedStamp(article.entities)}`));
  return stamp;
}

// Lists, feeds and entity pages stamp the same article many times in one build.
const articleStamps = new WeakMap<Article, string>();

/**
 * Entities that site-level resolution renamed or joined: what a page shows of them depends on
 * other articles too (their name, slug, the article they were joined from), so they stand as resolved.
 */
function resolvedStamp(entities: readonly ArticleEntity[]): string {
  let stamp = "";
  for (const e of entities) if (e.resolvedFrom) stamp += `|${e.id}=${e.type}:${e.name}:${e.slug}<${e.resolvedFrom.join("+")}`;
  return stamp;
}

/** An article as a link beside another (previous, next): its headline and URL only. */
export function neighbourStamp(article: Article | undefined): Fingerprint {
  return article ? [article.url, article.headline] : null;
}

/**
 * A page of a list: its number, the count and the list's first URL (the others follow from it
 * by pageUrl()). Listed whole, each of a list's 200 pages carried 200 URLs, and fingerprinting
 * the list cost time in the square of its length.
 */
export function paginationStamp(pagination: Pagination): Fingerprint {
  return [pagination.pageNumber, pagination.totalPages, pagination.pageUrls[0] ?? ""];
}

/**
 * A person or organisation as its pages and lists show it; its URLs follow from type and slug,
 * and its description and links come from the registry.
 */
export function entityStamp(entity: EntitySummary): Fingerprint {
  let stamp = entityStamps.get(entity);
  if (stamp === undefined) entityStamps.set(entity, (stamp = JSON.stringify([entity.id, entity.type, entity.name, entity.slug, entity.source, entity.articleCount])));
  return stamp;
}

// An entity is on each of its pages, its feed, an index and the pages of those named with it:
// its stamp is made once per build (per summary object, which each build makes anew).
const entityStamps = new WeakMap<EntitySummary, string>();

/** An article on an entity's page or feed: the mention shown is found in the article's own text; supplied articles stand under their own heading. */
export function entityArticleStamp(item: EntityArticle): string {
  // Joined by site-level resolution, the first mention may come from any of the joined names.
  const from = item.resolvedFrom;
  return `${item.supplied ? "supplied" : "mentions"}:${articleStamp(item.article)}${from ? `<${from.join("+")}` : ""}`;
}

/** The front page's strip of who is in the news: the same on every home page, whatever that page lists. */
export function inTheNewsStamp(strip: InTheNews | undefined): Fingerprint {
  return strip ? [strip.from.toISODate(), strip.to.toISODate(), strip.entities.map(coMentionStamp)] : null;
}

/**
 * An entity named on another's page, with the articles they share: what its chip shows, so that
 * a new article about a popular person does not re-render everyone they were ever named with.
 */
export function coMentionStamp({ entity, count }: { readonly entity: EntitySummary; readonly count: number }): Fingerprint {
  return [entity.id, entity.type, entity.name, entity.url, count];
}

/**
 * Who is named with an entity, as the chips of its pages show them: the same list on each of an
 * entity's pages (5,000 pages of 2,800 entities at 10,000 articles), so digested once per list.
 * Spelled out on every page, the chips were a third of all the text the plan hashes.
 */
export function coMentionsStamp(chips: EntityPage["coMentioned"]): string {
  let stamp = listStamps.get(chips);
  if (stamp === undefined) listStamps.set(chips, (stamp = digest(JSON.stringify(chips.map(coMentionStamp)))));
  return stamp;
}

/** An entity's articles by month (its pages' chart), also shared by all its pages: year, month and count, digested once. */
export function perMonthStamp(perMonth: readonly MonthCount[] | undefined): string {
  if (!perMonth) return "";
  let stamp = listStamps.get(perMonth);
  if (stamp === undefined) listStamps.set(perMonth, (stamp = digest(perMonth.map(({ year, month, count }) => `${year}-${month}:${count}`).join(" "))));
  return stamp;
}

// Lists of the site model are never changed once made (readonly), so a list's stamp holds as long as the list.
const listStamps = new WeakMap<object, string>();

function digest(text: string): string {
  return hash("sha256", text, "base64url");
}
