import type { Article } from "../articles/article.ts";
import { compareNewestFirst, type CachedArticle } from "../articles/load-articles.ts";
import { keptAsRevived, type StoredArticle } from "./stored-articles.ts";

/**
 * Past this many articles not kept as revived, their URLs are checked the usual way (a set of
 * all of them): each is compared with every other article's here.
 */
const editedLimit = 16;

/**
 * The loaded articles newest first, taken from the order the last build stored them in (the
 * loader writes its store newest first), with their URLs known to be distinct; undefined when
 * that cannot be shown, and loadArticles sorts and checks them itself. Sorting 10,000 articles
 * and putting 10,000 URLs into a set took 20–50 ms of every one-edit build, for an order and a
 * check that a body edit leaves as they were.
 *
 * Why it is safe: a store is written only by a loader whose load succeeded, so the URLs of the
 * articles still kept as revived (unchanged since) were distinct then and are the same now; an
 * article not kept (an edited one) has its URL compared with every other. The order of two kept
 * articles is the one that load sorted them in (a store is usable only by the code that wrote it,
 * see load-site.ts, which writes it newest first); an article not kept is compared with its
 * neighbours by sortNewestFirst's comparison, which (ties broken by source path) admits one order
 * only. `articles` are the loaded ones (drafts left out) and `cachedAt` the loader's cache
 * after loadArticles, which then holds the listed sources alone: the same count of articles, each
 * stored path found there and not a draft, is the same set.
 */
export function orderAsStored(
  articles: readonly Article[],
  stored: readonly StoredArticle[],
  cachedAt: (sourcePath: string) => CachedArticle | undefined,
): Article[] | undefined {
  if (stored.length !== articles.length || stored.length === 0) return undefined;
  const ordered: Article[] = new Array<Article>(stored.length);
  const edited: number[] = [];
  for (let i = 0; i < stored.length; i++) {
    const entry = stored[i]!;
    const cached = cachedAt(entry.meta.sourcePath);
    // A draft left out of the articles (or one kept in, under another setting): the usual way.
    if (!cached || cached.article.draft) return undefined;
    const article = cached.article;
    ordered[i] = article;
    const kept = keptAsRevived(cached)?.stored === entry;
    // Two articles kept as revived are in the order the last build wrote them in, which sorted them.
    if (i > 0 && !(kept && edited[edited.length - 1] !== i - 1) && compareNewestFirst(ordered[i - 1]!, article) >= 0) return undefined;
    if (!kept) {
      edited.push(i);
      if (edited.length > editedLimit) return undefined;
    }
  }
  for (const at of edited) {
    const article = ordered[at]!;
    for (let j = 0; j < ordered.length; j++) {
      // The same article twice (a store naming a path twice) or a URL taken: the usual way, which says which.
      if (j !== at && (ordered[j] === article || ordered[j]!.url === article.url)) return undefined;
    }
  }
  return ordered;
}
