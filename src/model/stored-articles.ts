import { createHash } from "node:crypto";
import { DateTime } from "luxon";
import type { ResolvedEntity, SiteInput, SiteResolution } from "../entities/resolve-site.ts";
import type { Article, BuildNotice } from "../articles/article.ts";
import { loadArticle, type CachedArticle, type NotedPublished } from "../articles/load-articles.ts";
import type { ArticleEntity, EntityType, Mention, Registry } from "../entities/types.ts";
import { mentionSummary } from "../entities/mention-summary.ts";
import type { StructureDigests } from "./site-model.ts";

/** The parts of an article a build needs without its body: pages that show the body read it again from the source. */
type ArticleMeta = Omit<Article, "sourceHash" | "published" | "modified" | "leadHtml" | "restHtml" | "textBlocks" | "entities" | "headlineDerived" | "draft" | "entityOverrides" | "format" | "slug" | "url" | ArticleDetailField> & {
  /**
   * Absent when they follow from the source's path and the publication date, as they nearly
   * always do (see impliedFormat, impliedSlug, impliedUrl): written out, they were a quarter of
   * the bytes the model's reading of the store parses.
   */
  readonly format?: Article["format"];
  readonly slug?: string;
  readonly url?: string;
  /**
   * Absent when false, false, and empty (nearly every article): written out, they were a tenth
   * of the entries' bytes, and the empty overrides 30,000 objects to parse at 10,000 articles.
   */
  readonly headlineDerived?: true;
  readonly draft?: true;
  readonly entityOverrides?: Article["entityOverrides"];
  /** Absent when it is the stored hash (an article without a lead image). */
  readonly sourceHash?: string;
  readonly published: string;
  /** Absent when it is the publication time. */
  readonly modified?: string;
};

/**
 * What only the pages that show an article read of it, kept in its detail line (see StoredDetail)
 * rather than its entry: the summaries alone were a quarter of the bytes every build's reading of
 * the store parses, and 10,000 strings kept, for the few dozen articles a one-edit build renders.
 */
type ArticleDetailField = "summary" | "wordCount" | "dateline";

/** An entity as the store lists it once for all articles: id, type, name, slug, source, other forms, tentative (1). */
export type StoredEntity = readonly [string, EntityType, string, string, ArticleEntity["source"], (readonly string[] | null)?, 1?];

/**
 * One article in the store. An entry read back from the store has no `tallies`, `sentences` or
 * `surfaces` of its own: they are kept aside as text until asked for (detailOf).
 */
export interface StoredArticle {
  readonly hash: string;
  /** The source's file stamp when it was hashed (see loadArticle). */
  readonly stamp?: string;
  readonly notices?: readonly BuildNotice[];
  readonly meta: ArticleMeta;
  /**
   * The article's entities as indexes into StoredState.entities. Their mentions are not kept
   * (their sentences were most of the store), only each one's first (see `tallies`): an article
   * page, which shows them all, finds them again in the article's text, which it reads anyway.
   */
  readonly entities: readonly number[];
  /** Positions in `entities` of those named only in the credit (see source-entity.ts). */
  readonly creditOnly?: readonly number[];
  /** When the lead image was hashed (see CachedArticle): a changed photo is read again. */
  readonly imageStamp?: string;
  /**
   * For each of `entities`, how often the text names it and where first (see MentionTally), and
   * that first mention's sentence: `tallyStride` numbers each (see tallyField), in one flat
   * array, since 65,000 small arrays cost the store's reading a third more time.
   */
  readonly tallies?: readonly number[];
  /**
   * The sentences the tallies' first mentions stand in, each once: an entity page quotes them,
   * and finding them again took reading and detecting every article the page lists.
   */
  readonly sentences?: readonly string[];
  /** By position in `entities`: a first mention's surface where it is not its sentence's slice (see storedTallies). */
  readonly surfaces?: Readonly<Record<number, string>>;
  /** The article's summary, word count and dateline (see ArticleDetailField): in the detail line, as the tallies. */
  readonly summary?: string;
  readonly wordCount?: number;
  readonly dateline?: Article["dateline"];
}

/**
 * What only rendering reads of a stored article: its tallies and their first mentions' sentences,
 * half of the store's bytes. Building the site model reads none of it (the front page reads the
 * tallies of the last week's articles, an entity page the sentences of the articles it lists).
 */
export type StoredDetail = Pick<StoredArticle, "tallies" | "sentences" | "surfaces" | ArticleDetailField>;

/** Where an entry read from the store keeps its detail: line `line` of `file`, as JSON text. */
export interface DetailLines {
  line(index: number): string;
}

/**
 * The details of entries read from the store (build-state.ts), left as text until a page asks for
 * them: parsing and keeping the sentences of 10,000 articles took a third of a one-edit build's
 * reading of the store, for the few dozen that the pages it renders quote.
 */
const detailsAside = new WeakMap<StoredArticle, readonly [DetailLines, number]>();

/** Notes that `entry`'s detail is line `line` of `file` (an entry without its own detail fields). */
export function keepDetailAside(entry: StoredArticle, file: DetailLines, line: number): void {
  detailsAside.set(entry, [file, line]);
}

/** An entry's detail as JSON text, "" for none: what the store writes for it, unparsed if it was never asked for. */
export function detailTextOf(entry: StoredArticle): string {
  if (hasOwnDetail(entry)) {
    const { summary, wordCount, dateline, tallies, sentences, surfaces } = entry;
    return JSON.stringify({ summary, wordCount, dateline, tallies, sentences, surfaces });
  }
  const aside = detailsAside.get(entry);
  return aside ? aside[0].line(aside[1]) : "";
}

/** An entry without its detail fields: what the store's eagerly read line lists. */
export function withoutDetail(entry: StoredArticle): StoredArticle {
  if (!hasOwnDetail(entry)) return entry;
  const { tallies: _t, sentences: _s, surfaces: _f, summary: _m, wordCount: _w, dateline: _d, ...rest } = entry;
  return rest;
}

/** An entry's detail, parsed from the store's text the first time it is asked for. */
export function detailOf(entry: StoredArticle): StoredDetail {
  if (hasOwnDetail(entry)) return entry;
  const text = detailTextOf(entry);
  return text ? (JSON.parse(text) as StoredDetail) : {};
}

function hasOwnDetail(entry: StoredArticle): boolean {
  return entry.tallies !== undefined || entry.sentences !== undefined || entry.surfaces !== undefined || entry.summary !== undefined;
}

/**
 * The numbers of one entity's tally, in order: how often the article names it; the block and
 * start of the first mention (0, 0 for none) and its end; its sentence, an index into
 * StoredArticle.sentences (-1 for none); and where the mention starts in that sentence.
 */
const tallyField = { count: 0, block: 1, start: 2, end: 3, sentence: 4, sentenceStart: 5 } as const;
const tallyStride = 6;

/** What a loader knew at the end of a build, kept on disk for the next incremental build. */
export interface StoredState {
  readonly version: 2;
  /** Code and time zone the state was computed with; any change makes it useless. */
  readonly key: string;
  /** The registry as parsed, by the hash of its bytes: an unchanged registry is not parsed again. */
  readonly registry?: { readonly hash: string; readonly parsed: Registry };
  readonly entities: readonly StoredEntity[];
  readonly articles: readonly StoredArticle[];
  /** The last site-level resolution of names, with the key of what it was made from (see resolutionKey). */
  readonly resolution?: StoredResolution;
  /** The digests of the articles' structure over these articles (see structure-digest.ts): an edit that moves none is not hashed again. */
  readonly structure?: StructureDigests;
}

/** A SiteResolution as JSON. */
export interface StoredResolution {
  readonly key: string;
  readonly identity: readonly (readonly [string, ResolvedEntity])[];
  readonly merges: SiteResolution["merges"];
  readonly refused: SiteResolution["refused"];
  readonly mergedNames: number;
  readonly dropped: readonly string[];
}

export function storeResolution(key: string, resolution: SiteResolution): StoredResolution {
  const { identity, merges, refused, mergedNames, dropped } = resolution;
  return { key, identity: [...identity], merges, refused, mergedNames, dropped: [...dropped] };
}

export function reviveResolution(stored: StoredResolution): SiteResolution {
  const { identity, merges, refused, mergedNames, dropped } = stored;
  return { identity: new Map(identity), merges, refused, mergedNames, dropped: new Set(dropped) };
}

/**
 * Everything resolveSite reads, as one hash: the registry (by the hash of its bytes) and each
 * article's path and entities in order, each entity as the store's table keys it (id, type, name,
 * slug, source, other forms, tentative). The same key gives the same resolution: the code that
 * makes it is in the store's key, and a store made by other code is not used.
 */
export function resolutionKey(registryHash: string, articles: readonly SiteInput[]): string {
  const hash = createHash("sha256").update(registryHash);
  for (const { article, entities } of articles) {
    let text = `\u0002${article}`;
    for (const e of entities) text += `\u0003${entityKey(e.id, e.type, e.name, e.slug, e.source, e.forms ?? [], e.tentative === true)}`;
    hash.update(text);
  }
  return hash.digest("base64url");
}

/**
 * The articles that are not kept as revived (the edited ones), by path with their position: the
 * store's entries are searched for those few only. `keptEntry` gives, for an article that is the
 * very one revived from the store with the very entities it came back with, its entry. Undefined
 * when a kept entry stands under another path. One pass over 10,000 articles, made once per load
 * for both the resolution's key and the structure digests (sameInputsAsStored, structureAsStored):
 * it runs once, before the JIT has made it fast, 5–10 ms a pass.
 */
export function articlesNotKept(
  articles: readonly Article[],
  keptEntry: (article: Article, at: number) => StoredArticle | undefined,
): ReadonlyMap<string, number> | undefined {
  const others = new Map<string, number>();
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i]!;
    const kept = keptEntry(article, i);
    if (kept === undefined) others.set(article.sourcePath, i);
    else if (kept.meta.sourcePath !== article.sourcePath) return undefined;
  }
  return others;
}

/**
 * Whether `inputs` are what the store's articles were when it was written, in the same order: the
 * inputs of the resolution it keeps, whose key then need not be made again (hashing every
 * article's names took 25 ms of a one-edit build at 10,000 articles). `others` are the articles
 * not kept as revived (articlesNotKept), each compared with the entry stored under its path: the
 * same names, and the same publication time and headline, which with the path place it in the
 * site's order.
 */
export function sameInputsAsStored(
  inputs: readonly SiteInput[],
  articles: readonly Article[],
  state: Pick<StoredState, "articles" | "entities">,
  others: ReadonlyMap<string, number>,
): boolean {
  if (inputs.length !== state.articles.length) return false;
  let found = 0;
  for (const before of state.articles) {
    const i = others.get(before.meta.sourcePath);
    if (i === undefined) continue;
    found++;
    const input = inputs[i]!;
    const article = articles[i]!;
    if (before.meta.headline !== article.headline || before.meta.published !== storedDate(article, "published")) return false;
    if (before.entities.length !== input.entities.length) return false;
    for (let at = 0; at < before.entities.length; at++) {
      const [id, type, name, slug, source, forms, tentative] = state.entities[before.entities[at]!]!;
      const e = input.entities[at]!;
      if (entityKey(id, type, name, slug, source, forms ?? [], tentative === 1) !== entityKey(e.id, e.type, e.name, e.slug, e.source, e.forms ?? [], e.tentative === true)) return false;
    }
  }
  if (found !== others.size) return false;
  // Paths are unique on both sides, and every input found its own: the same articles.
  return true;
}

/** The format a source's extension gives it (see the parsers of load-articles.ts). */
function impliedFormat(sourcePath: string): Article["format"] {
  return /\.md$/i.test(sourcePath) ? "markdown" : "wire";
}

/** The source's file name without its folder and extension: an article's slug unless its headline or editor gave another. */
function impliedSlug(sourcePath: string): string {
  return sourcePath.slice(sourcePath.lastIndexOf("/") + 1, sourcePath.lastIndexOf("."));
}

/** An article's URL from its publication time in the site's zone (as toISO() writes it) and its slug (see buildArticle). */
function impliedUrl(published: string, slug: string): string {
  return `/news/${published.slice(0, 4)}/${published.slice(5, 7)}/${published.slice(8, 10)}/${slug}/`;
}

/** Builds the store's entity table as articles are added to it. */
export class StoreWriter {
  private readonly table: StoredEntity[];
  /**
   * The kept table's rows by id: the first row of each id, and for each row the next one of its
   * id (-1 for none). Keyed by the ids the rows already hold rather than by each row's whole key:
   * making the keys of a kept table of 20,000 rows took 12 ms of every one-edit build, which adds
   * the few entities of the edited article.
   */
  private readonly firstById = new Map<string, number>();
  private readonly nextOfId: Int32Array;
  /** The rows added by this writer, by their whole key. */
  private readonly added = new Map<string, number>();

  /**
   * `table`: a stored table to extend, so that the entries of articles kept as they were still
   * point into it (see createSiteLoader's store()).
   */
  constructor(table: readonly StoredEntity[] = []) {
    this.table = [...table];
    this.nextOfId = new Int32Array(table.length);
    // From the last row back, so that each id's rows are chained first to last.
    for (let i = table.length - 1; i >= 0; i--) {
      const id = table[i]![0];
      this.nextOfId[i] = this.firstById.get(id) ?? -1;
      this.firstById.set(id, i);
    }
  }

  add(cached: CachedArticle, entities: readonly ArticleEntity[]): StoredArticle {
    const a = cached.article;
    // Fields listed one by one: spreading would read (and so parse) a lazy body.
    const meta: ArticleMeta = {
      sourcePath: a.sourcePath,
      ...(a.sourceHash !== cached.hash ? { sourceHash: a.sourceHash } : {}),
      ...(a.format !== impliedFormat(a.sourcePath) ? { format: a.format } : {}),
      ...(a.slug !== impliedSlug(a.sourcePath) ? { slug: a.slug } : {}),
      ...(a.url !== impliedUrl(storedDate(a, "published"), a.slug) ? { url: a.url } : {}),
      headline: a.headline,
      ...(a.headlineDerived ? { headlineDerived: true as const } : {}),
      published: storedDate(a, "published"),
      ...(storedDate(a, "modified") !== storedDate(a, "published") ? { modified: storedDate(a, "modified") } : {}),
      ...(a.photoCredit !== undefined ? { photoCredit: a.photoCredit } : {}),
      ...(a.byline !== undefined ? { byline: a.byline } : {}),
      ...(a.source !== undefined ? { source: a.source } : {}),
      ...(a.image !== undefined ? { image: a.image } : {}),
      ...(a.draft ? { draft: true as const } : {}),
      ...(a.entityOverrides.add.length || a.entityOverrides.remove.length ? { entityOverrides: a.entityOverrides } : {}),
    };
    return {
      hash: cached.hash,
      ...(cached.stamp !== undefined ? { stamp: cached.stamp } : {}),
      ...(cached.notices.length ? { notices: cached.notices } : {}),
      meta,
      entities: entities.map((entity) => this.indexOf(entity)),
      ...(entities.some((e) => e.creditOnly) ? { creditOnly: entities.flatMap((e, i) => (e.creditOnly ? [i] : [])) } : {}),
      ...(cached.imageStamp !== undefined ? { imageStamp: cached.imageStamp } : {}),
      summary: a.summary,
      wordCount: a.wordCount,
      ...(a.dateline !== undefined ? { dateline: a.dateline } : {}),
      ...storedTallies(a, entities),
    };
  }

  entities(): readonly StoredEntity[] {
    return this.table;
  }

  private indexOf(entity: ArticleEntity): number {
    // Its other forms too: site-level resolution reads them, and must read the same after a revival.
    // And whether the article named it only tentatively: the site decides again on every build.
    const forms = entity.forms ?? [];
    const key = entityKey(entity.id, entity.type, entity.name, entity.slug, entity.source, forms, entity.tentative === true);
    // The first kept row with the same key, as a whole-key index of the kept table would give.
    for (let at = this.firstById.get(entity.id) ?? -1; at !== -1; at = this.nextOfId[at]!) {
      const [id, type, name, slug, source, rowForms, tentative] = this.table[at]!;
      if (entityKey(id, type, name, slug, source, rowForms ?? [], tentative === 1) === key) return at;
    }
    let i = this.added.get(key);
    if (i === undefined) {
      const base = [entity.id, entity.type, entity.name, entity.slug, entity.source] as const;
      const row: StoredEntity = entity.tentative ? [...base, forms.length > 0 ? forms : null, 1] : forms.length > 0 ? [...base, forms] : base;
      i = this.table.push(row) - 1;
      this.added.set(key, i);
    }
    return i;
  }
}

/** The article's tallies with their first mentions, and the sentences those stand in. */
function storedTallies(article: Article, entities: readonly ArticleEntity[]): Pick<StoredArticle, "tallies" | "sentences" | "surfaces"> {
  const tallies: number[] = [];
  const sentences: string[] = [];
  const surfaces: Record<number, string> = {};
  entities.forEach((entity, position) => {
    const tally = mentionTally(article, entity);
    const first = tally && firstMention(article, entity);
    if (!tally) tallies.push(0, 0, 0, 0, -1, 0);
    else if (!first) tallies.push(tally.count, tally.block, tally.start, 0, -1, 0);
    else {
      let sentence = sentences.indexOf(first.sentence);
      if (sentence === -1) sentence = sentences.push(first.sentence) - 1;
      tallies.push(tally.count, tally.block, tally.start, first.end, sentence, first.sentenceStart);
      // Detection cuts the surface and the sentence from the same block, so the one is a slice of the other; kept when not.
      if (first.surface !== sentenceSlice(first.sentence, first.sentenceStart, first.start, first.end)) surfaces[position] = first.surface;
    }
  });
  return { tallies, ...(sentences.length ? { sentences } : {}), ...(Object.keys(surfaces).length ? { surfaces } : {}) };
}

/** The mention's place in its sentence: from `sentenceStart`, as long as the mention is. */
function sentenceSlice(sentence: string, sentenceStart: number, start: number, end: number): string {
  return sentence.slice(sentenceStart, sentenceStart + end - start);
}

/** One row of the entity table as a key: two entities with the same key share their row. */
function entityKey(id: string, type: EntityType, name: string, slug: string, source: ArticleEntity["source"], forms: readonly string[], tentative: boolean): string {
  return `${id}\u0000${type}\u0000${name}\u0000${slug}\u0000${source}\u0000${forms.join("\u0001")}\u0000${tentative ? 1 : 0}`;
}

/** How many rows of the entity table the articles point to. */
export function rowsInUse(articles: readonly StoredArticle[]): number {
  // Marks in a byte array rather than a Set: 65,000 adds at 10,000 articles took ~10 ms of every one-edit build.
  let rows = 0;
  for (const article of articles) for (const row of article.entities) if (row >= rows) rows = row + 1;
  const used = new Uint8Array(rows);
  let count = 0;
  for (const article of articles) {
    for (const row of article.entities) {
      if (used[row] === 0) {
        used[row] = 1;
        count++;
      }
    }
  }
  return count;
}

/**
 * How often an article names an entity, and where first: what the front page ranks the
 * people "in the news" and picks a card's kicker by. Kept in the store, so that ranking the
 * last week's articles needs neither their text nor detection (which took 0.4 s of every
 * one-edit rebuild at 10,000 articles).
 */
export interface MentionTally {
  readonly count: number;
  /** Block and offset of the first mention, as Mention has them. */
  readonly block: number;
  readonly start: number;
}

/**
 * What a revived article and each copy of it with resolved entities share: what was stored of
 * it, its body once read from the source, its dates once made, its entities' mentions once
 * detected again. One object per article: its entities point to it for their mentions rather
 * than to an object of their own (20,000 fewer objects to make and keep on every one-edit build
 * at 10,000 articles).
 */
class RevivedSource implements NotedPublished {
  private body: Article | undefined;
  private publishedDate: DateTime | undefined;
  private modifiedDate: DateTime | undefined;
  private detail: StoredDetail | undefined;
  private detected: readonly ArticleEntity[] | undefined;
  private millis = Number.NaN;
  /** When it last changed, as stored. */
  readonly modified: string;
  /** Its entities as detection gave them (before site-level resolution): set once they are made. */
  entities: readonly ArticleEntity[] = [];
  /** The article revived (not a copy with resolved entities): what detection reads again. */
  article: Article | undefined;
  /** The last copy of `article` with resolved entities, and the entities it was made from (see copyWithEntities). */
  resolved: Article | undefined = undefined;
  resolvedWith: readonly ArticleEntity[] | undefined = undefined;
  /** The loader's cache entry made with it, while its entry may be written back as it was (see keepAsRevived). */
  keptWith: CachedArticle | undefined = undefined;

  constructor(
    readonly stored: StoredArticle,
    private readonly contentDir: string,
    private readonly zone: string,
    private readonly detect: (article: Article) => readonly ArticleEntity[],
  ) {
    this.modified = stored.meta.modified ?? stored.meta.published;
  }

  get publishedIso(): string {
    return this.stored.meta.published;
  }

  get publishedMillis(): number {
    if (Number.isNaN(this.millis)) this.millis = Date.parse(this.stored.meta.published);
    return this.millis;
  }

  /** The mentions of one of its entities, all of them found again the first time one is asked for. */
  mentionsOf(id: string): readonly Mention[] {
    return (this.detected ??= this.detect(this.article!)).find((e) => e.id === id)?.mentions ?? [];
  }

  /** Its tallies, beside its entities as detection gave them (before site-level resolution). */
  get tallies(): { readonly entities: readonly ArticleEntity[]; readonly rows: readonly number[] } | undefined {
    const rows = this.storedDetail().tallies;
    return rows?.length === this.entities.length * tallyStride ? { entities: this.entities, rows } : undefined;
  }

  /** The sentences of the tallies' first mentions, and surfaces that are not their slices (see StoredArticle). */
  get sentences(): readonly string[] {
    return this.storedDetail().sentences ?? [];
  }

  get surfaces(): StoredArticle["surfaces"] {
    return this.storedDetail().surfaces;
  }

  // Read when a page asks (see detailsAside): a one-edit build renders a few dozen pages of 10,000 articles.
  // Its summary, word count and dateline too (see ArticleDetailField).
  storedDetail(): StoredDetail {
    return (this.detail ??= detailOf(this.stored));
  }

  read(): Article {
    return (this.body ??= loadArticle(this.contentDir, this.stored.meta.sourcePath, this.zone).article);
  }

  // Dates are made when a page shows them: luxon takes longer to make 20,000 of them than the rest of a rebuild.
  published(): DateTime {
    return (this.publishedDate ??= DateTime.fromISO(this.stored.meta.published, { zone: this.zone }));
  }

  modifiedAt(): DateTime {
    return (this.modifiedDate ??= this.modified === this.stored.meta.published ? this.published() : DateTime.fromISO(this.modified, { zone: this.zone }));
  }
}

/** The overrides of every revived article that has none, shared (see ArticleMeta). */
const noOverrides: Article["entityOverrides"] = Object.freeze({ add: Object.freeze([]), remove: Object.freeze([]) });

/**
 * An article back from the store, or a copy of one with the entities site-level resolution
 * gave it. A class rather than an object literal with getters: an object literal that spreads
 * the stored fields and adds getters becomes a slow dictionary, and 20,000 of them took 0.4 s
 * to make on every one-edit build at 10,000 articles (a class instance takes a tenth of that).
 * Every field is set on every instance, undefined when absent: 20,000 articles of one shape,
 * read in every whole-site pass, rather than a shape for each mix of optional fields.
 */
class RevivedArticle implements Article, NotedPublished {
  readonly sourcePath: string;
  readonly sourceHash: string;
  readonly format: Article["format"];
  readonly slug: string;
  readonly url: string;
  readonly headline: string;
  readonly headlineDerived: boolean;
  readonly photoCredit?: string;
  readonly byline?: string;
  readonly source?: string;
  readonly image?: Article["image"];
  readonly draft: boolean;
  readonly entityOverrides: Article["entityOverrides"];
  readonly entities: readonly ArticleEntity[];
  readonly sourceEntity?: ArticleEntity;
  readonly #from: RevivedSource;

  constructor(from: RevivedSource, entities: readonly ArticleEntity[], sourceEntity: ArticleEntity | undefined) {
    const { meta } = from.stored;
    // A copy with resolved entities takes what the revived article worked out, rather than
    // making its slug and URL again (10,000 copies at 10,000 articles, nearly one per article).
    const revived = from.article;
    this.sourcePath = meta.sourcePath;
    this.sourceHash = revived ? revived.sourceHash : (meta.sourceHash ?? from.stored.hash);
    this.format = revived ? revived.format : (meta.format ?? impliedFormat(meta.sourcePath));
    this.slug = revived ? revived.slug : (meta.slug ?? impliedSlug(meta.sourcePath));
    this.url = revived ? revived.url : (meta.url ?? impliedUrl(meta.published, this.slug));
    this.headline = meta.headline;
    this.headlineDerived = meta.headlineDerived === true;
    this.photoCredit = meta.photoCredit;
    this.byline = meta.byline;
    this.source = meta.source;
    this.image = meta.image;
    this.draft = meta.draft === true;
    this.entityOverrides = meta.entityOverrides ?? noOverrides;
    this.entities = entities;
    this.sourceEntity = sourceEntity;
    this.#from = from;
  }

  get summary(): string {
    return this.#from.storedDetail().summary ?? "";
  }

  get wordCount(): number {
    return this.#from.storedDetail().wordCount ?? 0;
  }

  get dateline(): Article["dateline"] {
    return this.#from.storedDetail().dateline;
  }

  get leadHtml(): string {
    return this.#from.read().leadHtml;
  }

  get restHtml(): string {
    return this.#from.read().restHtml;
  }

  get textBlocks(): readonly string[] {
    return this.#from.read().textBlocks;
  }

  get published(): DateTime {
    return this.#from.published();
  }

  get modified(): DateTime {
    return this.#from.modifiedAt();
  }

  /** See NotedPublished: sorting and filing by month need no DateTime. */
  get publishedIso(): string {
    return this.#from.publishedIso;
  }

  get publishedMillis(): number {
    return this.#from.publishedMillis;
  }

  /** What the article was revived from; undefined for any other article. */
  static sourceOf(article: Article): RevivedSource | undefined {
    return #from in article ? (article as RevivedArticle).#from : undefined;
  }
}

/** What a revived article (or a copy of one) was revived from. */
const revivedNotes = { get: (article: Article): RevivedSource | undefined => RevivedArticle.sourceOf(article) };

/**
 * An entity's tally in an article, undefined when the article does not name it in its text.
 * An entity that site-level resolution joined from several detected ones is named as often as
 * they are together, first where the first of them is (as its `mentions` are merged).
 */
export function mentionTally(article: Article, entity: ArticleEntity): MentionTally | undefined {
  const stored = revivedNotes.get(article)?.tallies;
  const parts = stored && (entity.resolvedFrom ?? [entity.id]).map((id): MentionTally | undefined => {
    const position = stored.entities.findIndex((e) => e.id === id);
    if (position === -1) return undefined;
    const at = position * tallyStride;
    return { count: stored.rows[at + tallyField.count]!, block: stored.rows[at + tallyField.block]!, start: stored.rows[at + tallyField.start]! };
  });
  if (!parts || parts.some((part) => part === undefined)) {
    const { count, first } = mentionSummary(entity);
    return first ? { count, block: first.block, start: first.start } : undefined;
  }
  let tally: MentionTally | undefined;
  for (const part of parts as MentionTally[]) {
    if (part.count === 0) continue;
    if (!tally) tally = part;
    else {
      const earlier = part.block < tally.block || (part.block === tally.block && part.start < tally.start);
      tally = { count: tally.count + part.count, block: earlier ? part.block : tally.block, start: earlier ? part.start : tally.start };
    }
  }
  return tally;
}

/**
 * The first sentence of the article that names the entity, as `entity.mentions[0]` has it:
 * from the store for a revived article (no reading, no detection), else from its mention
 * summary (see mention-summary.ts).
 * An entity joined from several detected ones is named first where the earliest of them is
 * (ties to the first of them, as the joined `mentions` are sorted stably).
 */
export function firstMention(article: Article, entity: ArticleEntity): Mention | undefined {
  const notes = revivedNotes.get(article);
  const stored = notes?.tallies;
  if (!notes || !stored) return mentionSummary(entity).first;
  const { rows } = stored;
  let first: Mention | undefined;
  for (const id of entity.resolvedFrom ?? [entity.id]) {
    const position = stored.entities.findIndex((e) => e.id === id);
    if (position === -1) return mentionSummary(entity).first;
    const at = position * tallyStride;
    if (rows[at + tallyField.count] === 0) continue;
    const sentenceIndex = rows[at + tallyField.sentence]!;
    if (sentenceIndex === -1) return mentionSummary(entity).first;
    const block = rows[at + tallyField.block]!;
    const start = rows[at + tallyField.start]!;
    if (first && (first.block < block || (first.block === block && first.start <= start))) continue;
    const end = rows[at + tallyField.end]!;
    const sentenceStart = rows[at + tallyField.sentenceStart]!;
    const sentence = notes.sentences[sentenceIndex]!;
    const surface = notes.surfaces?.[position] ?? sentenceSlice(sentence, sentenceStart, start, end);
    first = { surface, block, start, end, sentence, sentenceStart, sentenceEnd: sentenceStart + end - start };
  }
  return first;
}

/** A revived article's dates as they were stored, without making the DateTime. */
function storedDate(article: Article, field: "published" | "modified"): string {
  const from = revivedNotes.get(article);
  if (from) return field === "published" ? from.stored.meta.published : from.modified;
  return article[field].toISO()!;
}

/**
 * When an article last changed, as toISO({ suppressMilliseconds: true }) writes it, with its
 * time in milliseconds: for an article back from the store, without making the DateTime.
 */
export function modifiedOf(article: Article): { iso: string; millis: number } {
  const stored = revivedNotes.get(article)?.modified;
  if (stored === undefined) return { iso: article.modified.toISO({ suppressMilliseconds: true })!, millis: article.modified.toMillis() };
  return { iso: stored.replace(/\.000(?=[Z+-])/, ""), millis: Date.parse(stored) };
}

/**
 * An article back from the store, with its entities. Its body is read from the source the
 * first time a page asks for it, so that an incremental build parses only the articles it
 * renders; an entity's full list of mentions (the article page's structured data) is found
 * again with `detect` from that body, also only when asked for (see RevivedArticle for why
 * these are class instances).
 */
export function reviveArticle(
  stored: StoredArticle,
  table: readonly StoredEntity[],
  contentDir: string,
  zone: string,
  detect: (article: Article) => readonly ArticleEntity[],
): { cached: CachedArticle; entities: readonly ArticleEntity[] } {
  const from = new RevivedSource(stored, contentDir, zone, detect);
  const creditOnly = stored.creditOnly;
  const entities = stored.entities.map((index, position) => new RevivedEntity(table[index]!, creditOnly !== undefined && creditOnly.includes(position), from));
  from.entities = entities;
  const article = new RevivedArticle(from, entities, undefined);
  from.article = article;
  // Optional fields set one by one rather than spread in: spreads make two objects more per article.
  const cached: { -readonly [K in keyof CachedArticle]: CachedArticle[K] } = { hash: stored.hash, article, notices: stored.notices ?? [] };
  if (stored.imageStamp !== undefined) cached.imageStamp = stored.imageStamp;
  if (stored.stamp !== undefined) cached.stamp = stored.stamp;
  return { cached, entities };
}

/** What an article was revived from: its store entry and the entities it came back with. */
export interface RevivedAs {
  readonly stored: StoredArticle;
  readonly entities: readonly ArticleEntity[];
}

/**
 * Notes that `cached` (as reviveArticle made it) may have its entry written back as it was while
 * it is the loader's entry and its entities the ones it came back with. Noted on the revived
 * article itself rather than in a map of 10,000 entries, each an object, made on every build.
 */
export function keepAsRevived(cached: CachedArticle): void {
  const from = revivedNotes.get(cached.article);
  if (from) from.keptWith = cached;
}

/** What `cached` was revived from, if keepAsRevived noted it; undefined for any other cache entry. */
export function keptAsRevived(cached: CachedArticle): RevivedAs | undefined {
  const from = revivedNotes.get(cached.article);
  return from?.keptWith === cached ? from : undefined;
}

/**
 * A revived article with the entities site-level resolution gave it (`all`, of which `entities`
 * are shown and `sourceEntity` is its source), made as the article was (sharing its lazy body
 * and dates, and what was stored of it), or the copy made last for the same `all` (the dev
 * server's rebuilds); undefined for an article that was not revived.
 */
export function copyWithEntities(article: Article, all: readonly ArticleEntity[], entities: readonly ArticleEntity[], sourceEntity: ArticleEntity | undefined): Article | undefined {
  const from = revivedNotes.get(article);
  if (!from) return undefined;
  // Kept for the article revived only: a copy of a copy is not asked for.
  if (article !== from.article) return new RevivedArticle(from, entities, sourceEntity);
  if (from.resolvedWith !== all || !from.resolved) {
    from.resolved = new RevivedArticle(from, entities, sourceEntity);
    from.resolvedWith = all;
  }
  return from.resolved;
}

/**
 * One entity of a revived article. A class for the reason RevivedArticle is one (65,000 of
 * them at 10,000 articles); its `mentions` getter is the class's, not its own property, so
 * nothing may copy a revived entity by its own properties (none does: copies by descriptors
 * are made of freshly detected entities only).
 */
class RevivedEntity implements ArticleEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly slug: string;
  readonly source: ArticleEntity["source"];
  // Set on every instance, undefined when absent: 65,000 entities of one shape, read in every
  // whole-site pass (resolution, entity pages), rather than eight shapes that make each read slow.
  readonly creditOnly?: true;
  readonly forms?: readonly string[];
  readonly tentative?: true;
  readonly #mentions: RevivedSource;

  constructor(row: StoredEntity, creditOnly: boolean, mentions: RevivedSource) {
    const [id, type, name, slug, source, forms, tentative] = row;
    this.id = id;
    this.type = type;
    this.name = name;
    this.slug = slug;
    this.source = source;
    this.creditOnly = creditOnly ? true : undefined;
    this.forms = forms ?? undefined;
    this.tentative = tentative === 1 ? true : undefined;
    this.#mentions = mentions;
  }

  get mentions(): readonly Mention[] {
    return this.#mentions.mentionsOf(this.id);
  }

  /** The source path of the article `entity` was revived with; undefined for any other entity. */
  static pathOf(entity: ArticleEntity): string | undefined {
    return #mentions in entity ? (entity as RevivedEntity).#mentions.stored.meta.sourcePath : undefined;
  }
}

/**
 * Whether entities kept by the hash of a source can stand for the article at `sourcePath`: not
 * when they were revived with another path (a source renamed or copied, same bytes), whose
 * mentions would be found again in a file that may be gone.
 */
export function entitiesFitPath(entities: readonly ArticleEntity[], sourcePath: string): boolean {
  const revivedWith = entities.length > 0 ? RevivedEntity.pathOf(entities[0]!) : undefined;
  return revivedWith === undefined || revivedWith === sourcePath;
}
