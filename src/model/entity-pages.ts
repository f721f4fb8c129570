import type { Article } from "../articles/article.ts";
import { ContentError } from "../articles/content-error.ts";
import { entityFeedUrl, entityIndexUrl, entityUrl } from "../entities/entity-urls.ts";
import type { ArticleEntity, EntityType, RegistryEntity } from "../entities/types.ts";
import { monthKeyOf, monthlyCounts } from "./monthly-counts.ts";
import { indexName } from "./index-names.ts";
import { pageUrl } from "./paginate.ts";
import { firstMention } from "./stored-articles.ts";
import type { EntityArticle, EntityIndex, EntityPage, EntitySummary } from "./site-model.ts";

/** An object of the model while it is put together, its optional fields set one by one. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const coMentionLimit = 8;
/** A one-edit build asks for the co-mentions of the few entities its article names; past this many, all are counted at once. */
const countAllAfter = 100;
/** One shared article is chance (a list of ambassadors); two or more is a pattern worth showing. */
const coMentionMinShared = 2;
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

export interface EntityPagesResult {
  readonly entities: EntitySummary[];
  readonly pages: EntityPage[];
  /** The A–Z of people and of organisations, made when first asked for (see below). */
  readonly indexes: () => EntityIndex[];
  /** Every article of each entity, newest first, by entity id. */
  readonly articlesById: ReadonlyMap<string, readonly EntityArticle[]>;
}

/**
 * Gathers the entities of all articles (newest first) into one page set per person and
 * organisation: their articles, the sentence that names them, and who they appear with.
 */
export function buildEntityPages(
  articles: readonly Article[],
  registryById: ReadonlyMap<string, RegistryEntity>,
  pageSize: number,
): EntityPagesResult {
  const gathered = new Map<string, Bucket>();
  for (let at = 0; at < articles.length; at++) {
    const article = articles[at]!;
    const { entities } = article;
    for (let slot = 0; slot < entities.length; slot++) {
      const entity = entities[slot]!;
      let bucket = gathered.get(entity.id);
      if (!bucket) gathered.set(entity.id, (bucket = new Bucket(entity, articles)));
      bucket.add(at, slot);
    }
    // The agency an article came from lists it too, as supplied rather than mentioning.
    const source = article.sourceEntity;
    if (source && !entities.some((e) => e.id === source.id)) {
      let bucket = gathered.get(source.id);
      if (!bucket) gathered.set(source.id, (bucket = new Bucket(source, articles)));
      bucket.add(at, suppliedSlot);
    }
  }

  const summaries = new Map<string, EntitySummary>();
  const bySlug = new Map<string, EntitySummary>();
  for (const [id, { first, at }] of gathered) {
    const registry = registryById.get(id);
    const type = registry?.type ?? first.type;
    const slug = registry?.slug ?? first.slug;
    // Optional fields set in place rather than spread in: a literal with spreads takes the slow
    // path of copying objects: a one-edit profile put about 80 ms on making these summaries.
    const summary: Mutable<EntitySummary> = { id, type, name: registry?.name ?? first.name, slug, url: entityUrl(type, slug), feedUrl: entityFeedUrl(type, slug), sameAs: registry?.sameAs ?? [], source: registry ? "registry" : first.source, articleCount: at.length };
    if (registry?.description) summary.description = registry.description;
    if (registry) summary.registry = registry;
    const clash = bySlug.get(summary.url);
    if (clash) {
      const where = articles[at[0]!]!.sourcePath;
      throw new ContentError(where, `"${summary.name}" (${summary.id}) and "${clash.name}" (${clash.id}) would share the page ${summary.url}; give one of them another slug in the registry`);
    }
    bySlug.set(summary.url, summary);
    summaries.set(id, summary);
  }

  const pages: EntityPage[] = [];
  const sorted = [...summaries.values()].sort((a, b) => collator.compare(a.name, b.name) || compareCodeUnits(a.id, b.id));
  // Who is named with whom and the charts by month are worked out per entity when a page is
  // fingerprinted or rendered: a one-edit build keeps most entity pages' fingerprints unread
  // (see unchanged-outputs.ts) and so never needs theirs (counting all 400,000 pairs at 10,000
  // articles took a quarter of the model's time).
  const coMentions = new CoMentionCounter(articles, sorted, gathered, coMentionLimit);
  // Each article's month, worked out when a chart first needs it (-1: not yet).
  const monthOf = new Int32Array(articles.length).fill(-1);
  const monthAt = (i: number): number => {
    let key = monthOf[i]!;
    if (key < 0) monthOf[i] = key = monthKeyOf(articles[i]!);
    return key;
  };
  for (const [i, entity] of sorted.entries()) {
    const bucket = gathered.get(entity.id)!;
    const extras = new EntityExtras(
      () => coMentions.of(i).filter(([, count]) => count >= coMentionMinShared).map(([other, count]) => coMentionedChip(sorted[other]!, count)),
      () => monthlyCounts(bucket.at.map(monthAt)),
    );
    // Paged by count alone: a page's items are made when it is read (see EntityPageView).
    const totalPages = Math.max(1, Math.ceil(bucket.at.length / pageSize));
    const pageUrls = Array.from({ length: totalPages }, (_, n) => pageUrl(entity.url, n + 1));
    for (let n = 0; n < totalPages; n++) {
      pages.push(new EntityPageView(pageUrls[n]!, entity, { pageNumber: n + 1, totalPages, pageUrls }, bucket, n * pageSize, (n + 1) * pageSize, extras));
    }
  }
  // Made when asked for: the indexes show the structure alone (no article), and a build whose
  // structure is unchanged neither plans nor renders them (sorting 2,800 names by their index
  // form took 20 ms of every one-edit build at 10,000 articles).
  let made: EntityIndex[] | undefined;
  const indexes = (): EntityIndex[] => (made ??= (["person", "organisation"] as const).map((type) => buildIndex(type, sorted.filter((e) => e.type === type))));
  return { entities: sorted, pages, indexes, articlesById: new ItemsById(gathered) };
}

/**
 * An article on an entity's page. The mention is looked up when the page renders: from the
 * stored state for an article back from it (see firstMention), so that listing it needs neither
 * its text nor detection. A class rather than an object
 * literal with its own getter: a site has one per article and entity (65,000 at 10,000
 * articles), rebuilt on every rebuild.
 */
class EntityArticleItem implements EntityArticle {
  constructor(
    readonly article: Article,
    private readonly entity: ArticleEntity,
    readonly supplied: boolean,
  ) {}

  get mention(): EntityArticle["mention"] {
    return firstMention(this.article, this.entity);
  }

  get resolvedFrom(): EntityArticle["resolvedFrom"] {
    return this.entity.resolvedFrom;
  }
}

function entityArticle(article: Article, entity: ArticleEntity, supplied = false): EntityArticle {
  return new EntityArticleItem(article, entity, supplied);
}

/** An entity on another's page, with the number of articles they share. */
function coMentionedChip(entity: EntitySummary, count: number): EntityPage["coMentioned"][number] {
  return { entity, count };
}

/** Where an article lists the entity it supplied (its sourceEntity) rather than one it names. */
const suppliedSlot = -1;

/**
 * An entity's articles as gathered, newest first: each one's position in the site's list and
 * the entity's place among that article's entities (suppliedSlot for its source). The items
 * (EntityArticle) are made when first read: a one-edit build whose site keeps its structure
 * reads those of the edited article's entities alone, and making all 65,000 at 10,000 articles
 * (objects that live as long as the model) was a fifth of the entity pages' time, and more in
 * the collections of garbage they made slower.
 */
class Bucket {
  readonly at: number[] = [];
  readonly slot: number[] = [];
  private made: readonly EntityArticle[] | undefined;

  constructor(
    readonly first: ArticleEntity,
    private readonly articles: readonly Article[],
  ) {}

  add(at: number, slot: number): void {
    this.at.push(at);
    this.slot.push(slot);
  }

  supplied(i: number): boolean {
    return this.slot[i] === suppliedSlot;
  }

  get items(): readonly EntityArticle[] {
    return (this.made ??= this.at.map((at, i) => {
      const article = this.articles[at]!;
      const slot = this.slot[i]!;
      return slot === suppliedSlot ? entityArticle(article, article.sourceEntity!, true) : entityArticle(article, article.entities[slot]!);
    }));
  }
}

/** The items of each entity by id (SiteModel.entityArticles), made per entity when asked for (see Bucket). */
class ItemsById implements ReadonlyMap<string, readonly EntityArticle[]> {
  constructor(private readonly buckets: ReadonlyMap<string, Bucket>) {}

  get size(): number {
    return this.buckets.size;
  }

  get(id: string): readonly EntityArticle[] | undefined {
    return this.buckets.get(id)?.items;
  }

  has(id: string): boolean {
    return this.buckets.has(id);
  }

  *entries(): MapIterator<[string, readonly EntityArticle[]]> {
    for (const [id, bucket] of this.buckets) yield [id, bucket.items];
  }

  keys(): MapIterator<string> {
    return this.buckets.keys();
  }

  *values(): MapIterator<readonly EntityArticle[]> {
    for (const bucket of this.buckets.values()) yield bucket.items;
  }

  forEach(callback: (value: readonly EntityArticle[], key: string, map: ReadonlyMap<string, readonly EntityArticle[]>) => void, thisArg?: unknown): void {
    for (const [id, bucket] of this.buckets) callback.call(thisArg, bucket.items, id, this);
  }

  [Symbol.iterator](): MapIterator<[string, readonly EntityArticle[]]> {
    return this.entries();
  }
}

/**
 * For each entity (by position in `order`), the `limit` entities seen most often in the same
 * articles, most first, ties in page order: counted for one entity at a time, when asked.
 * Counted in one array rather than maps of maps, and articles looked up by position rather than
 * in a map: 10,000 articles make about 400,000 pairs.
 */
class CoMentionCounter {
  // Each article's entities as positions in `order`, made when an entity that it names is first
  // counted (null until then). A one-edit build counts a few entities only: made for every article
  // at the first count, these lists were half the cost of counting every entity.
  private readonly idsOf: (readonly number[] | null)[];
  private position: ReadonlyMap<string, number> | undefined;
  private readonly counts: Int32Array;
  private readonly touched: number[] = [];
  private all: [number, number][][] | undefined;
  private asked = 0;

  constructor(
    private readonly articles: readonly Article[],
    private readonly order: readonly EntitySummary[],
    private readonly gathered: ReadonlyMap<string, Bucket>,
    private readonly limit: number,
  ) {
    this.counts = new Int32Array(order.length);
    // Filled with null rather than left empty: an array with holes is slower to read.
    this.idsOf = new Array<readonly number[] | null>(articles.length).fill(null);
  }

  of(self: number): [number, number][] {
    if (this.all) return this.all[self]!;
    // Asked for many (a build that fingerprints every entity page, after a headline edit, say):
    // counted for all in one go, which took 27 ms at 10,000 articles against 45 ms for counting
    // one entity at a time between the hashing of pages.
    if (++this.asked > countAllAfter) return (this.all = this.order.map((_, i) => this.count(i)))[self]!;
    return this.count(self);
  }

  private count(self: number): [number, number][] {
    const { counts, touched, limit } = this;
    const idsOf = this.idsOf;
    const bucket = this.gathered.get(this.order[self]!.id)!;
    const { at } = bucket;
    for (let i = 0; i < at.length; i++) {
      // Supplying an article is not being named in it: no co-mentions from it.
      if (bucket.supplied(i)) continue;
      const article = at[i]!;
      const ids = idsOf[article] ?? (idsOf[article] = this.entitiesOf(article));
      for (const other of ids) {
        if (other === self) continue;
        if (counts[other] === 0) touched.push(other);
        counts[other]!++;
      }
    }
    const top: [number, number][] = [];
    for (const other of touched) {
      const count = counts[other]!;
      counts[other] = 0;
      if (top.length === limit) {
        const last = top[limit - 1]!;
        if (count < last[1] || (count === last[1] && other > last[0])) continue;
        top.pop();
      }
      let i = top.length;
      while (i > 0 && (top[i - 1]![1] < count || (top[i - 1]![1] === count && top[i - 1]![0] > other))) i--;
      top.splice(i, 0, [other, count]);
    }
    touched.length = 0;
    return top;
  }

  private entitiesOf(article: number): readonly number[] {
    const position = (this.position ??= new Map(this.order.map((entity, i) => [entity.id, i])));
    // Each entity once (two can share an id); a handful per article, so a scan beats a Set.
    const ids: number[] = [];
    for (const entity of this.articles[article]!.entities) {
      const id = position.get(entity.id)!;
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }
}

/** What all pages of one entity share and only some builds need: made once, when first read. */
class EntityExtras {
  private chips: EntityPage["coMentioned"] | undefined;
  private months: EntityPage["perMonth"] | null = null;

  constructor(
    private readonly makeChips: () => EntityPage["coMentioned"],
    private readonly makeMonths: () => EntityPage["perMonth"],
  ) {}

  get coMentioned(): EntityPage["coMentioned"] {
    return (this.chips ??= this.makeChips());
  }

  get perMonth(): EntityPage["perMonth"] {
    if (this.months === null) this.months = this.makeMonths();
    return this.months;
  }
}

/**
 * One page of an entity. A class with getters for what its entity's pages share rather than an
 * object literal: the site has 5,000 of them at 10,000 articles, made on every build, most never read.
 */
class EntityPageView implements EntityPage {
  readonly kind = "entity";
  private made: readonly EntityArticle[] | undefined;

  constructor(
    readonly url: string,
    readonly entity: EntitySummary,
    readonly pagination: EntityPage["pagination"],
    private readonly bucket: Bucket,
    private readonly start: number,
    private readonly end: number,
    private readonly extras: EntityExtras,
  ) {}

  get items(): readonly EntityArticle[] {
    return (this.made ??= this.bucket.items.slice(this.start, this.end));
  }

  get coMentioned(): EntityPage["coMentioned"] {
    return this.extras.coMentioned;
  }

  get perMonth(): EntityPage["perMonth"] {
    return this.extras.perMonth;
  }
}

function buildIndex(type: EntityType, entities: readonly EntitySummary[]): EntityIndex {
  const entries = entities
    .map((entity) => ({ entity, ...indexName(type, entity.name) }))
    .sort((a, b) => collator.compare(a.sortKey, b.sortKey) || compareCodeUnits(a.entity.id, b.entity.id));
  const groups = new Map<string, { entity: EntitySummary; label: string }[]>();
  for (const { entity, label, sortKey } of entries) {
    const letter = initialOf(sortKey);
    const group = groups.get(letter);
    if (group) group.push({ entity, label });
    else groups.set(letter, [{ entity, label }]);
  }
  return {
    kind: "entity-index",
    type,
    url: entityIndexUrl(type),
    groups: [...groups]
      .sort(([a], [b]) => (a === "#" ? 1 : b === "#" ? -1 : compareCodeUnits(a, b)))
      .map(([letter, list]) => ({ letter, entities: list.map((e) => e.entity), entries: list })),
  };
}

/** The A–Z letter a name is filed under: its first letter without accents, or "#" for anything else. */
export function initialOf(name: string): string {
  const first = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : "#";
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
