import type { Article } from "../articles/article.ts";
import type { LoadedArticles } from "../articles/load-articles.ts";
import type { ArticleEntity, RegistryEntity } from "../entities/types.ts";
import type { SiteSettings } from "../site.ts";
import { applySiteResolution, resolveSite } from "../entities/resolve-site.ts";
import { buildArchives } from "./archives.ts";
import { buildEntityPages } from "./entity-pages.ts";
import { inTheNews } from "./front-page.ts";
import { paginate } from "./paginate.ts";
import { splitSource } from "./source-entity.ts";
import { copyWithEntities } from "./stored-articles.ts";
import { digestStructure } from "./structure-digest.ts";
import type { ArticlePage, ListPage, SiteModel, StructureDigests } from "./site-model.ts";

export interface ModelInputs {
  readonly settings: SiteSettings;
  readonly loaded: LoadedArticles;
  readonly registryEntities: readonly RegistryEntity[];
  /** The registry's groups of names that must never be one entity (see resolve-site.ts). */
  readonly registryDistinct?: readonly (readonly string[])[];
  /** Finds the people and organisations of one article (detection, registry, overrides). */
  readonly findEntities: (article: Article) => readonly ArticleEntity[];
  /**
   * Resolves names across the site (resolveSite); a loader that remembers the last resolution
   * gives it again for the same inputs (see load-site.ts).
   */
  readonly resolveNames?: typeof resolveSite;
  /**
   * The articles' structure digests when the loader knows them without hashing every article
   * (structureAsStored), given the articles and the entities detection gave each; undefined when
   * it does not, and they are made (digestStructure).
   */
  readonly knownStructure?: (articles: readonly Article[], detected: readonly (readonly ArticleEntity[])[]) => StructureDigests | undefined;
}

/** The whole site as data: pure, so that it can be tested without Eleventy and reused by every page. */
export function buildSiteModel({ settings, loaded, registryEntities, registryDistinct, findEntities, resolveNames = resolveSite, knownStructure }: ModelInputs): SiteModel {
  // Each article's entities on their own, then resolved across the whole archive: which names are one entity.
  const detected = loaded.articles.map((article) => findEntities(article));
  const resolution = resolveNames(loaded.articles.map((article, i) => ({ article: article.sourcePath, entities: detected[i]! })), { distinct: registryDistinct ?? [], entities: registryEntities });
  const articles: Article[] = loaded.articles.map((article, i) => withEntities(article, applySiteResolution(detected[i]!, resolution)));
  const articlePages: ArticlePage[] = articles.map((article, i) => {
    const previous = articles[i + 1];
    const next = articles[i - 1];
    // Neighbours set in place rather than spread in: 10,000 literals with spreads take the slow path of copying objects.
    const page: { -readonly [K in keyof ArticlePage]: ArticlePage[K] } = { kind: "article", url: article.url, article };
    if (previous) page.previous = previous;
    if (next) page.next = next;
    return page;
  });
  const { years, months } = buildArchives(articles);
  const registryById = new Map(registryEntities.map((entity) => [entity.id, entity]));
  const entityPages = buildEntityPages(articles, registryById, settings.pageSize);
  const entityById = new Map(entityPages.entities.map((entity) => [entity.id, entity]));
  const strip = inTheNews(articles, entityById);
  const homePages: ListPage[] = paginate(articles, settings.pageSize, "/").map((page) => ({
    kind: "home",
    url: page.url,
    pagination: page.pagination,
    articles: page.items,
    ...(strip ? { inTheNews: strip } : {}),
  }));
  // Asked for by the plan (its structure digest) and by the store: made once, and only then.
  let structure: StructureDigests | undefined;
  const structureDigests = (): StructureDigests => (structure ??= knownStructure?.(loaded.articles, detected) ?? digestStructure(loaded.articles, detected));
  return {
    settings,
    articles,
    articlePages,
    homePages,
    yearArchives: years,
    monthArchives: months,
    entities: entityPages.entities,
    entityById,
    entityPages: entityPages.pages,
    entityArticles: entityPages.articlesById,
    get entityIndexes() {
      return entityPages.indexes();
    },
    notices: loaded.notices,
    draftsLeftOut: loaded.draftsLeftOut,
    mergedNames: resolution.mergedNames,
    structureDigests,
  };
}

/** A copy of the article with its entities; property descriptors are kept, so a lazily read body stays lazy. */
function withEntities(article: Article, all: readonly ArticleEntity[]): Article {
  const { shown: entities, source } = splitSource(article, all);
  // Revived from the store with its entities already: copying 10,000 of them costs more than the rest of the model.
  if (article.entities === entities && article.sourceEntity === source) return article;
  // A revived article keeps its last copy itself (a WeakMap entry per article cost more than the copy).
  const revivedCopy = copyWithEntities(article, all, entities, source);
  if (revivedCopy) return revivedCopy;
  // The dev server rebuilds the model on every edit from mostly the same articles and entities.
  const known = withEntitiesCache.get(article);
  if (known?.entities === all) return known.copy;
  const copy = copyByDescriptors(article, entities, source);
  withEntitiesCache.set(article, { entities: all, copy });
  return copy;
}

/** A copy of a freshly parsed article (its body is not lazy, but its descriptors are kept all the same). */
function copyByDescriptors(article: Article, entities: readonly ArticleEntity[], source: ArticleEntity | undefined): Article {
  return Object.defineProperties({}, {
    ...Object.getOwnPropertyDescriptors(article),
    entities: { value: entities, enumerable: true, writable: false, configurable: true },
    sourceEntity: { value: source, enumerable: source !== undefined, writable: false, configurable: true },
  }) as Article;
}

const withEntitiesCache = new WeakMap<Article, { readonly entities: readonly ArticleEntity[]; readonly copy: Article }>();
