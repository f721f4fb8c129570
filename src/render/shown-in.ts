import type { Article } from "../articles/article.ts";
import type { EntitySummary, SiteModel } from "../model/site-model.ts";

/**
 * Where an article stands in the site model, for the page kinds' inverses of articlesShown
 * (ShownArticles.viewsShowing): found from the article's own place and entities, in time with
 * the edit rather than the site.
 */

/**
 * The views holding any of `articles` among lists cut in order from the site's articles, `size`
 * to a view (the article pages one by one, the front page's pages): the view at the article's
 * place, checked, and with `reach` the views that many places either side of it that hold it too
 * (an article page shows its neighbours' headlines); a model laid out otherwise is searched whole
 * rather than trusted.
 */
export function viewsAtPlaces<V>(model: SiteModel, articles: ReadonlySet<Article>, views: readonly V[], size: number, holds: (view: V, article: Article) => boolean, reach = 0): V[] {
  const found = new Set<V>();
  for (const article of articles) {
    const place = model.articles.indexOf(article);
    if (place < 0) continue;
    const at = Math.floor(place / size);
    const view = views[at];
    if (view === undefined || !holds(view, article)) {
      for (const other of views) if (holds(other, article)) found.add(other);
      continue;
    }
    found.add(view);
    for (let d = 1; d <= reach; d++) {
      for (const near of [views[at - d], views[at + d]]) if (near !== undefined && holds(near, article)) found.add(near);
    }
  }
  return [...found];
}

/**
 * The people and organisations whose pages and feeds may list any of `articles`: those each one
 * names and its source (the agency), as the entity pages gather them (entity-pages.ts).
 */
export function entitiesOf(model: SiteModel, articles: ReadonlySet<Article>): Set<EntitySummary> {
  const found = new Set<EntitySummary>();
  const add = (id: string): void => {
    const entity = model.entityById.get(id);
    if (entity) found.add(entity);
  };
  for (const article of articles) {
    for (const entity of article.entities) add(entity.id);
    if (article.sourceEntity) add(article.sourceEntity.id);
  }
  return found;
}

/** Whether `list` holds any of `articles`. */
export function holdsAny(list: readonly Article[], articles: ReadonlySet<Article>): boolean {
  for (const article of list) if (articles.has(article)) return true;
  return false;
}
