import { DateTime } from "luxon";
import type { Article, BuildNotice } from "../articles/article.ts";
import { loadArticle, notePublishedIso, type CachedArticle } from "../articles/load-articles.ts";
import type { ArticleEntity, EntityType, Registry } from "../entities/types.ts";

/** The parts of an article a build needs without its body: pages that show the body read it again from the source. */
type ArticleMeta = Omit<Article, "sourceHash" | "published" | "modified" | "leadHtml" | "restHtml" | "textBlocks" | "entities"> & {
  /** Absent when it is the stored hash (an article without a lead image). */
  readonly sourceHash?: string;
  readonly published: string;
  /** Absent when it is the publication time. */
  readonly modified?: string;
};

/** An entity as the store lists it once for all articles: id, type, name, slug, source, other forms, tentative (1). */
export type StoredEntity = readonly [string, EntityType, string, string, ArticleEntity["source"], (readonly string[] | null)?, 1?];

export interface StoredArticle {
  readonly hash: string;
  /** The source's file stamp when it was hashed (see loadArticle). */
  readonly stamp?: string;
  readonly notices?: readonly BuildNotice[];
  readonly meta: ArticleMeta;
  /**
   * The article's entities as indexes into StoredState.entities. Their mentions are not kept
   * (their sentences were most of the store): a page that shows one finds them again in the
   * article's text, which it reads anyway.
   */
  readonly entities: readonly number[];
  /** Positions in `entities` of those named only in the credit (see source-entity.ts). */
  readonly creditOnly?: readonly number[];
  /** When the lead image was hashed (see CachedArticle): a changed photo is read again. */
  readonly imageStamp?: string;
}

/** What a loader knew at the end of a build, kept on disk for the next incremental build. */
export interface StoredState {
  readonly version: 2;
  /** Code and time zone the state was computed with; any change makes it useless. */
  readonly key: string;
  /** The registry as parsed, by the hash of its bytes: an unchanged registry is not parsed again. */
  readonly registry?: { readonly hash: string; readonly parsed: Registry };
  readonly entities: readonly StoredEntity[];
  readonly articles: readonly StoredArticle[];
}

/** Builds the store's entity table as articles are added to it. */
export class StoreWriter {
  private readonly table: StoredEntity[] = [];
  private readonly index = new Map<string, number>();

  add(cached: CachedArticle, entities: readonly ArticleEntity[]): StoredArticle {
    const a = cached.article;
    // Fields listed one by one: spreading would read (and so parse) a lazy body.
    const meta: ArticleMeta = {
      sourcePath: a.sourcePath,
      ...(a.sourceHash !== cached.hash ? { sourceHash: a.sourceHash } : {}),
      format: a.format,
      slug: a.slug,
      url: a.url,
      headline: a.headline,
      headlineDerived: a.headlineDerived,
      published: storedDate(a, "published"),
      ...(storedDate(a, "modified") !== storedDate(a, "published") ? { modified: storedDate(a, "modified") } : {}),
      summary: a.summary,
      wordCount: a.wordCount,
      ...(a.photoCredit !== undefined ? { photoCredit: a.photoCredit } : {}),
      ...(a.byline !== undefined ? { byline: a.byline } : {}),
      ...(a.source !== undefined ? { source: a.source } : {}),
      ...(a.dateline !== undefined ? { dateline: a.dateline } : {}),
      ...(a.image !== undefined ? { image: a.image } : {}),
      draft: a.draft,
      entityOverrides: a.entityOverrides,
    };
    return {
      hash: cached.hash,
      ...(cached.stamp !== undefined ? { stamp: cached.stamp } : {}),
      ...(cached.notices.length ? { notices: cached.notices } : {}),
      meta,
      entities: entities.map((entity) => this.indexOf(entity)),
      ...(entities.some((e) => e.creditOnly) ? { creditOnly: entities.flatMap((e, i) => (e.creditOnly ? [i] : [])) } : {}),
      ...(cached.imageStamp !== undefined ? { imageStamp: cached.imageStamp } : {}),
    };
  }

  entities(): readonly StoredEntity[] {
    return this.table;
  }

  private indexOf(entity: ArticleEntity): number {
    // Its other forms too: site-level resolution reads them, and must read the same after a revival.
    // And whether the article named it only tentatively: the site decides again on every build.
    const forms = entity.forms ?? [];
    const key = `${entity.id}\u0000${entity.type}\u0000${entity.name}\u0000${entity.slug}\u0000${entity.source}\u0000${forms.join("\u0001")}\u0000${entity.tentative ? 1 : 0}`;
    let i = this.index.get(key);
    if (i === undefined) {
      const base = [entity.id, entity.type, entity.name, entity.slug, entity.source] as const;
      const row: StoredEntity = entity.tentative ? [...base, forms.length > 0 ? forms : null, 1] : forms.length > 0 ? [...base, forms] : base;
      i = this.table.push(row) - 1;
      this.index.set(key, i);
    }
    return i;
  }
}

const storedDates = new WeakMap<Article, { published: string; modified: string }>();

/** A revived article's dates as they were stored, without making the DateTime. */
function storedDate(article: Article, field: "published" | "modified"): string {
  return storedDates.get(article)?.[field] ?? article[field].toISO()!;
}

/**
 * When an article last changed, as toISO({ suppressMilliseconds: true }) writes it, with its
 * time in milliseconds: for an article back from the store, without making the DateTime.
 */
export function modifiedOf(article: Article): { iso: string; millis: number } {
  const stored = storedDates.get(article)?.modified;
  if (stored === undefined) return { iso: article.modified.toISO({ suppressMilliseconds: true })!, millis: article.modified.toMillis() };
  return { iso: stored.replace(/\.000(?=[Z+-])/, ""), millis: Date.parse(stored) };
}

const bodyFields = ["leadHtml", "restHtml", "textBlocks"] as const;

/**
 * An article back from the store, with its entities. Its body is read from the source the
 * first time a page asks for it, so that an incremental build parses only the articles it
 * renders; an entity's full list of mentions (the article page's structured data) is found
 * again with `detect` from that body, also only when asked for.
 */
export function reviveArticle(
  stored: StoredArticle,
  table: readonly StoredEntity[],
  contentDir: string,
  zone: string,
  detect: (article: Article) => readonly ArticleEntity[],
): { cached: CachedArticle; entities: readonly ArticleEntity[] } {
  const { meta } = stored;
  let body: Pick<Article, (typeof bodyFields)[number]> | undefined;
  const readBody = (): Pick<Article, (typeof bodyFields)[number]> => (body ??= loadArticle(contentDir, meta.sourcePath, zone).article);
  let published: DateTime | undefined;
  let modified: DateTime | undefined;
  const modifiedIso = meta.modified ?? meta.published;
  let detected: readonly ArticleEntity[] | undefined;
  const creditOnly = new Set(stored.creditOnly ?? []);
  const entities = stored.entities.map((index, position): ArticleEntity => {
    const [id, type, name, slug, source, forms, tentative] = table[index]!;
    return {
      id,
      type,
      name,
      slug,
      source,
      ...(creditOnly.has(position) ? { creditOnly: true as const } : {}),
      ...(forms ? { forms } : {}),
      ...(tentative === 1 ? { tentative: true as const } : {}),
      get mentions() {
        return (detected ??= detect(article)).find((e) => e.id === id)?.mentions ?? [];
      },
    };
  });
  const { sourceHash, published: _p, modified: _m, ...rest } = meta;
  const article = Object.defineProperties(
    { ...rest, sourceHash: sourceHash ?? stored.hash, entities },
    {
      ...Object.fromEntries(bodyFields.map((field) => [field, { get: () => readBody()[field], enumerable: true }])),
      // Dates are made when a page shows them: luxon takes longer to make 20,000 of them than the rest of a rebuild.
      published: { get: () => (published ??= DateTime.fromISO(meta.published, { zone })), enumerable: true },
      modified: { get: () => (modified ??= modifiedIso === meta.published ? article.published : DateTime.fromISO(modifiedIso, { zone })), enumerable: true },
    },
  ) as unknown as Article;
  storedDates.set(article, { published: meta.published, modified: modifiedIso });
  notePublishedIso(article, meta.published);
  const cached: CachedArticle = {
    hash: stored.hash,
    article,
    notices: stored.notices ?? [],
    ...(stored.imageStamp !== undefined ? { imageStamp: stored.imageStamp } : {}),
    ...(stored.stamp !== undefined ? { stamp: stored.stamp } : {}),
  };
  return { cached, entities };
}
