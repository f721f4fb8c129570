import type { Article } from "../articles/article.ts";
import type { LoadedArticles } from "../articles/load-articles.ts";
import type { ArticleEntity, RegistryEntity } from "../entities/types.ts";
import type { SiteSettings } from "../site.ts";
import { buildArchives } from "./archives.ts";
import { buildEntityPages } from "./entity-pages.ts";
import { inTheNews } from "./front-page.ts";
import { paginate } from "./paginate.ts";
import { splitSource } from "./source-entity.ts";
import type { ArticlePage, ListPage, SiteModel } from "./site-model.ts";

export interface ModelInputs {
  readonly settings: SiteSettings;
  readonly loaded: LoadedArticles;
  readonly registryEntities: readonly RegistryEntity[];
  /** Finds the people and organisations of one article (detection, registry, overrides). */
  readonly findEntities: (article: Article) => readonly ArticleEntity[];
}

/** The whole site as data: pure, so that it can be tested without Eleventy and reused by every page. */
export function buildSiteModel({ settings, loaded, registryEntities, findEntities }: ModelInputs): SiteModel {
  const articles: Article[] = loaded.articles.map((article) => withEntities(article, findEntities(article)));
  const articlePages: ArticlePage[] = articles.map((article, i) => {
    const previous = articles[i + 1];
    const next = articles[i - 1];
    const page: ArticlePage = { kind: "article", url: article.url, article, ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
    return Object.defineProperty(page, "toJSON", { value: articlePageJson, enumerable: false });
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
    entityIndexes: entityPages.indexes,
    notices: loaded.notices,
    draftsLeftOut: loaded.draftsLeftOut,
  };
}

/** A copy of the article with its entities; property descriptors are kept, so a lazily read body stays lazy. */
function withEntities(article: Article, all: readonly ArticleEntity[]): Article {
  const { shown: entities, source } = splitSource(article, all);
  if (article.entities === entities && article.sourceEntity === source) {
    // Revived from the store with its entities already: copying 10,000 of them costs more than the rest of the model.
    if (!Object.hasOwn(article, "toJSON")) Object.defineProperty(article, "toJSON", { value: articleToJson, enumerable: false });
    return article;
  }
  // The dev server rebuilds the model on every edit from mostly the same articles and entities.
  const known = withEntitiesCache.get(article);
  if (known?.entities === all) return known.copy;
  const descriptors = Object.getOwnPropertyDescriptors(article);
  const copy = Object.defineProperties({}, {
    ...descriptors,
    entities: { value: entities, enumerable: true, writable: false, configurable: true },
    sourceEntity: { value: source, enumerable: source !== undefined, writable: false, configurable: true },
    // In a page's fingerprint an article is the hash of its source (and detection's result,
    // which derives from it): JSON.stringify calls this natively, far faster than a replacer.
    toJSON: { value: articleToJson, enumerable: false },
  }) as Article;
  withEntitiesCache.set(article, { entities: all, copy });
  return copy;
}

const withEntitiesCache = new WeakMap<Article, { readonly entities: readonly ArticleEntity[]; readonly copy: Article }>();

/**
 * An article page shows only the headline and link of its neighbours: in its fingerprint they
 * stand as those, so that editing one article's text does not re-render the pages beside it.
 */
function articlePageJson(this: ArticlePage): unknown {
  const neighbour = (other: Article | undefined) => other && [other.url, other.headline];
  return [this.url, this.article, neighbour(this.previous), neighbour(this.next)];
}

function articleToJson(this: Article): string {
  return `article:${this.sourceHash}`;
}
