import type { Article } from "../articles/article.ts";
import { ContentError } from "../articles/content-error.ts";
import { entityFeedUrl, entityIndexUrl, entityUrl } from "../entities/entity-urls.ts";
import type { ArticleEntity, EntityType, RegistryEntity } from "../entities/types.ts";
import { paginate } from "./paginate.ts";
import type { EntityArticle, EntityIndex, EntityPage, EntitySummary } from "./site-model.ts";

const coMentionLimit = 8;
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

export interface EntityPagesResult {
  readonly entities: EntitySummary[];
  readonly pages: EntityPage[];
  readonly indexes: EntityIndex[];
  /** Every article of each entity, newest first, by entity id. */
  readonly articlesById: Map<string, readonly EntityArticle[]>;
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
  const gathered = new Map<string, { first: Article["entities"][number]; items: EntityArticle[] }>();
  for (const article of articles) {
    for (const entity of article.entities) {
      let bucket = gathered.get(entity.id);
      if (!bucket) gathered.set(entity.id, (bucket = { first: entity, items: [] }));
      bucket.items.push(entityArticle(article, entity));
    }
  }

  const summaries = new Map<string, EntitySummary>();
  const bySlug = new Map<string, EntitySummary>();
  for (const [id, { first, items }] of gathered) {
    const registry = registryById.get(id);
    const type = registry?.type ?? first.type;
    const slug = registry?.slug ?? first.slug;
    const summary: EntitySummary = {
      id,
      type,
      name: registry?.name ?? first.name,
      slug,
      url: entityUrl(type, slug),
      feedUrl: entityFeedUrl(type, slug),
      ...(registry?.description ? { description: registry.description } : {}),
      sameAs: registry?.sameAs ?? [],
      source: registry ? "registry" : first.source,
      articleCount: items.length,
      ...(registry ? { registry } : {}),
    };
    Object.defineProperty(summary, "toJSON", { value: summaryJson(summary), enumerable: false });
    const clash = bySlug.get(summary.url);
    if (clash) {
      const where = items[0]!.article.sourcePath;
      throw new ContentError(where, `"${summary.name}" (${summary.id}) and "${clash.name}" (${clash.id}) would share the page ${summary.url}; give one of them another slug in the registry`);
    }
    bySlug.set(summary.url, summary);
    summaries.set(id, summary);
  }

  const coMentions = countCoMentions(articles);
  const pages: EntityPage[] = [];
  const sorted = [...summaries.values()].sort((a, b) => collator.compare(a.name, b.name) || compareCodeUnits(a.id, b.id));
  // Position in that order, so that ranking who appears together compares numbers, not names.
  const rank = new Map(sorted.map((entity, i) => [entity.id, i]));
  for (const entity of sorted) {
    const together = [...(coMentions.get(entity.id) ?? new Map<string, number>())]
      .sort(([a, countA], [b, countB]) => countB - countA || rank.get(a)! - rank.get(b)!)
      .slice(0, coMentionLimit)
      .map(([otherId, count]) => ({ entity: summaries.get(otherId)!, count }));
    for (const page of paginate(gathered.get(entity.id)!.items, pageSize, entity.url)) {
      pages.push({ kind: "entity", url: page.url, entity, pagination: page.pagination, items: page.items, coMentioned: together });
    }
  }
  const indexes = (["person", "organisation"] as const).map((type) => buildIndex(type, sorted.filter((e) => e.type === type)));
  const articlesById = new Map([...gathered].map(([id, bucket]) => [id, bucket.items]));
  return { entities: sorted, pages, indexes, articlesById };
}

/**
 * In a page's fingerprint (see planRender) an entity stands for what its pages show of it:
 * the rest (description, links) comes from the registry, which every fingerprint includes.
 */
function summaryJson(summary: EntitySummary): () => string {
  const json = JSON.stringify([summary.id, summary.type, summary.name, summary.slug, summary.source, summary.articleCount]);
  return () => json;
}

/**
 * An article on an entity's page. The mention is looked up when the page renders: an article
 * back from the stored state finds its mentions again only then. In a fingerprint the item is
 * the article's hash alone, since the mention is found in that article's text (and the page's
 * entity is part of the same view).
 */
function entityArticle(article: Article, entity: ArticleEntity): EntityArticle {
  return {
    article,
    get mention() {
      return entity.mentions[0];
    },
    toJSON: () => `article:${article.sourceHash}`,
  } as EntityArticle;
}

function countCoMentions(articles: readonly Article[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const ids = article.entities.length < 2 ? [] : [...new Set(article.entities.map((e) => e.id))];
    for (const a of ids) {
      let row = counts.get(a);
      if (!row) counts.set(a, (row = new Map()));
      for (const b of ids) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  return counts;
}

function buildIndex(type: EntityType, entities: readonly EntitySummary[]): EntityIndex {
  const groups = new Map<string, EntitySummary[]>();
  for (const entity of entities) {
    const letter = initialOf(entity.name);
    const group = groups.get(letter);
    if (group) group.push(entity);
    else groups.set(letter, [entity]);
  }
  return {
    kind: "entity-index",
    type,
    url: entityIndexUrl(type),
    groups: [...groups].map(([letter, list]) => ({ letter, entities: list })),
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
