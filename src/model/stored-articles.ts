import { DateTime } from "luxon";
import type { Article, BuildNotice } from "../articles/article.ts";
import { loadArticle, type CachedArticle } from "../articles/load-articles.ts";
import type { ArticleEntity } from "../entities/types.ts";

/** The parts of an article a build needs without its body: pages that show the body read it again from the source. */
type ArticleMeta = Omit<Article, "published" | "modified" | "leadHtml" | "restHtml" | "textBlocks" | "entities"> & {
  readonly published: string;
  readonly modified: string;
};

export interface StoredArticle {
  readonly hash: string;
  readonly notices: readonly BuildNotice[];
  readonly meta: ArticleMeta;
  readonly entities: readonly ArticleEntity[];
  /** When the lead image was hashed (see CachedArticle): a changed photo is read again. */
  readonly imageStamp?: string;
}

/** What a loader knew at the end of a build, kept on disk for the next incremental build. */
export interface StoredState {
  readonly version: 1;
  /** Code, time zone and registry the state was computed with; any change makes it useless. */
  readonly key: string;
  readonly articles: readonly StoredArticle[];
}

const bodyFields = ["leadHtml", "restHtml", "textBlocks"] as const;

export function storeArticle(cached: CachedArticle, entities: readonly ArticleEntity[]): StoredArticle {
  const a = cached.article;
  // Fields listed one by one: spreading would read (and so parse) a lazy body.
  const meta: ArticleMeta = {
    sourcePath: a.sourcePath,
    sourceHash: a.sourceHash,
    format: a.format,
    slug: a.slug,
    url: a.url,
    headline: a.headline,
    headlineDerived: a.headlineDerived,
    published: a.published.toISO()!,
    modified: a.modified.toISO()!,
    summary: a.summary,
    wordCount: a.wordCount,
    ...(a.photoCredit !== undefined ? { photoCredit: a.photoCredit } : {}),
    ...(a.byline !== undefined ? { byline: a.byline } : {}),
    ...(a.source !== undefined ? { source: a.source } : {}),
    ...(a.image !== undefined ? { image: a.image } : {}),
    draft: a.draft,
    entityOverrides: a.entityOverrides,
  };
  return { hash: cached.hash, notices: cached.notices, meta, entities, ...(cached.imageStamp !== undefined ? { imageStamp: cached.imageStamp } : {}) };
}

/**
 * An article back from the store. Its body is read from the source the first time a page
 * asks for it, so that an incremental build parses only the articles it renders.
 */
export function reviveArticle(stored: StoredArticle, contentDir: string, zone: string): CachedArticle {
  const { meta } = stored;
  let body: Pick<Article, (typeof bodyFields)[number]> | undefined;
  const readBody = (): Pick<Article, (typeof bodyFields)[number]> => (body ??= loadArticle(contentDir, meta.sourcePath, zone).article);
  const article = Object.defineProperties(
    {
      ...meta,
      published: dateIn(meta.published, zone),
      modified: dateIn(meta.modified, zone),
      entities: [],
    },
    Object.fromEntries(bodyFields.map((field) => [field, { get: () => readBody()[field], enumerable: true }])),
  ) as unknown as Article;
  return { hash: stored.hash, article, notices: stored.notices, ...(stored.imageStamp !== undefined ? { imageStamp: stored.imageStamp } : {}) };
}

const dates = new Map<string, DateTime>();

/** DateTimes are immutable and thousands of articles share a date: parse each once. */
function dateIn(iso: string, zone: string): DateTime {
  const key = `${zone}\u0000${iso}`;
  let date = dates.get(key);
  if (!date) {
    if (dates.size > 50_000) dates.clear();
    date = DateTime.fromISO(iso, { zone });
    dates.set(key, date);
  }
  return date;
}
