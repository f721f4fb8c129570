import type { Article } from "../articles/article.ts";
import { entityUrl } from "../entities/entity-urls.ts";
import type { FeedBodies } from "../feeds/feed-bodies.ts";
import { feedBodyHtml } from "../feeds/prepare.ts";
import type { FeedChannel, FeedItem } from "../feeds/types.ts";
import { escapeHtml } from "../html/escape.ts";
import { modifiedIsoText, publishedIsoText } from "../seo/article-dates.ts";
import { absoluteUrl, linkTo } from "../site.ts";
import type { EntitySummary, SiteModel } from "./site-model.ts";

export const siteFeedPaths = { rss: "/feed.xml", atom: "/feed.atom", json: "/feed.json", opml: "/feeds.opml", page: "/feeds/" } as const;

/**
 * Feed items are made once per article and shared by the site feed and every entity feed,
 * so that all feeds say the same thing about an article and the work is not repeated. With
 * `bodies`, an item's body is taken from the ones kept by an earlier build when its source is
 * unchanged (see FeedBodies).
 */
export function createFeedItems(model: SiteModel, bodies?: FeedBodies): (article: Article) => FeedItem {
  const cache = new Map<Article, FeedItem>();
  const { settings } = model;
  return (article) => {
    let item = cache.get(article);
    if (!item) {
      const credit = article.photoCredit ? `\n<p>Photo: ${escapeHtml(article.photoCredit)}</p>` : "";
      const url = absoluteUrl(settings, article.url);
      item = {
        title: article.headline,
        url,
        published: publishedIsoText(article),
        modified: modifiedIsoText(article),
        summary: article.summary,
        // Made when a writer reads it, never kept: every article's body held three times over
        // (as it is, with absolute URLs, escaped) would outweigh the rest of a large build.
        get contentHtml() {
          const make = (): string => `${article.leadHtml}${article.restHtml ? `\n${article.restHtml}` : ""}${credit}`;
          // Kept as the feeds write them (URLs absolute): the writers would otherwise absolutise
          // the kept bodies of the site feeds' 50 items again on every build.
          return bodies ? bodies.body(article.sourcePath, article.sourceHash, () => feedBodyHtml(make(), url)) : make();
        },
        ...(bodies ? { contentPrepared: true } : {}),
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

/**
 * A person's or organisation's feed is an alert ("tell me when X is in the news"), not a
 * reading feed: its 20 newest articles, each as headline, summary and link. A subscriber to
 * a dozen names would otherwise get an article's whole text once per name it mentions (3 to 10
 * times), and full text in 2,700 entity feeds was a third of a 10,000-article site's bytes.
 * The site feeds (RSS, Atom, JSON Feed) keep the full text of the newest `settings.feedSize`.
 * See README, "What the feeds carry".
 */
export const entityFeedSize = 20;

/** The articles in an entity's feed, newest first. */
export function entityFeedArticles(model: SiteModel, entity: EntitySummary): readonly Article[] {
  return (model.entityArticles.get(entity.id) ?? []).slice(0, Math.min(entityFeedSize, model.settings.feedSize)).map(({ article }) => article);
}

/** One summary item per full item, shared by every entity feed (the writers cache by item). */
const summaryItems = new WeakMap<FeedItem, FeedItem>();

function summaryOnly(item: FeedItem): FeedItem {
  let short = summaryItems.get(item);
  if (!short) {
    // Field by field: spreading the item would read (and build) its body.
    short = {
      title: item.title,
      url: item.url,
      published: item.published,
      modified: item.modified,
      summary: item.summary,
      contentHtml: "",
      ...(item.creator !== undefined ? { creator: item.creator } : {}),
      categories: item.categories,
      ...(item.image !== undefined ? { image: item.image } : {}),
    };
    summaryItems.set(item, short);
  }
  return short;
}

export function entityChannel(model: SiteModel, itemFor: (article: Article) => FeedItem, entity: EntitySummary): FeedChannel {
  const { settings } = model;
  const what = entity.type === "person" ? "person" : "organisation";
  return {
    title: `${entity.name} — ${settings.title}`,
    description: `The latest news about ${entity.name} (${what}) on ${settings.title}.`,
    homeUrl: absoluteUrl(settings, entity.url),
    selfUrl: absoluteUrl(settings, entity.feedUrl),
    language: settings.language,
    author: settings.publisher.name,
    items: entityFeedArticles(model, entity).map((article) => summaryOnly(itemFor(article))),
  };
}
