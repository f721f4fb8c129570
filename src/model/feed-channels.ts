import type { Article } from "../articles/article.ts";
import { entityUrl } from "../entities/entity-urls.ts";
import type { FeedChannel, FeedItem } from "../feeds/types.ts";
import { escapeHtml } from "../html/escape.ts";
import { absoluteUrl, linkTo } from "../site.ts";
import type { EntitySummary, SiteModel } from "./site-model.ts";

export const siteFeedPaths = { rss: "/feed.xml", atom: "/feed.atom", json: "/feed.json", opml: "/feeds.opml", page: "/feeds/" } as const;

/**
 * Feed items are made once per article and shared by the site feed and every entity feed,
 * so that all feeds say the same thing about an article and the work is not repeated.
 */
export function createFeedItems(model: SiteModel): (article: Article) => FeedItem {
  const cache = new Map<Article, FeedItem>();
  const { settings } = model;
  return (article) => {
    let item = cache.get(article);
    if (!item) {
      const credit = article.photoCredit ? `\n<p>Photo: ${escapeHtml(article.photoCredit)}</p>` : "";
      item = {
        title: article.headline,
        url: absoluteUrl(settings, article.url),
        published: article.published.toISO({ suppressMilliseconds: true })!,
        modified: article.modified.toISO({ suppressMilliseconds: true })!,
        summary: article.summary,
        // Made when a writer reads it, never kept: every article's body held three times over
        // (as it is, with absolute URLs, escaped) would outweigh the rest of a large build.
        get contentHtml() {
          return `${article.leadHtml}${article.restHtml ? `\n${article.restHtml}` : ""}${credit}`;
        },
        ...(article.byline || article.source ? { creator: article.byline ?? article.source! } : {}),
        categories: article.entities.map((entity) => ({
          name: entity.name,
          url: absoluteUrl(settings, model.entityById.get(entity.id)?.url ?? entityUrl(entity.type, entity.slug)),
        })),
      };
      cache.set(article, item);
    }
    return item;
  };
}

export function siteChannel(model: SiteModel, itemFor: (article: Article) => FeedItem, selfPath: string): FeedChannel {
  const { settings } = model;
  return {
    title: settings.title,
    description: settings.description,
    homeUrl: absoluteUrl(settings, "/"),
    selfUrl: absoluteUrl(settings, selfPath),
    language: settings.language,
    author: settings.publisher.name,
    items: model.articles.slice(0, settings.feedSize).map(itemFor),
  };
}

export function entityChannel(model: SiteModel, itemFor: (article: Article) => FeedItem, entity: EntitySummary): FeedChannel {
  const { settings } = model;
  const articles = (model.entityArticles.get(entity.id) ?? []).slice(0, settings.feedSize);
  const what = entity.type === "person" ? "person" : "organisation";
  return {
    title: `${entity.name} — ${settings.title}`,
    description: `The latest news about ${entity.name} (${what}) on ${settings.title}.`,
    homeUrl: absoluteUrl(settings, entity.url),
    selfUrl: absoluteUrl(settings, entity.feedUrl),
    language: settings.language,
    author: settings.publisher.name,
    items: articles.map(({ article }) => itemFor(article)),
  };
}
