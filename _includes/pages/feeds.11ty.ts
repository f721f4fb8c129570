import { renderAtom } from "../../src/feeds/atom.ts";
import { renderFeedStylesheet } from "../../src/feeds/feed-stylesheet.ts";
import { renderJsonFeed } from "../../src/feeds/json-feed.ts";
import { renderOpml } from "../../src/feeds/opml.ts";
import { renderRss } from "../../src/feeds/rss.ts";
import { renderNewsSitemap } from "../../src/feeds/sitemap.ts";
import { entityChannel, siteChannel, siteFeedPaths } from "../../src/model/feed-channels.ts";
import type { EntitySummary } from "../../src/model/site-model.ts";
import type { SitemapDocument } from "../../src/model/sitemap-entries.ts";
import { absoluteUrl } from "../../src/site.ts";
import { pageKind, singlePage } from "./page-data.ts";

/** Feeds and sitemaps: data from src/model, text from src/feeds. */

export const rssFeed = singlePage(siteFeedPaths.rss, (build) => renderRss(siteChannel(build.model, build.feedItemFor, siteFeedPaths.rss)));
export const atomFeed = singlePage(siteFeedPaths.atom, (build) => renderAtom(siteChannel(build.model, build.feedItemFor, siteFeedPaths.atom)));
export const jsonFeed = singlePage(siteFeedPaths.json, (build) => renderJsonFeed(siteChannel(build.model, build.feedItemFor, siteFeedPaths.json)));
export const feedStylesheet = singlePage(siteFeedPaths.stylesheet, () => renderFeedStylesheet());

export const entityFeed = pageKind<EntitySummary>(
  "entities",
  (entity) => entity.feedUrl,
  (entity, build) => renderRss(entityChannel(build.model, build.feedItemFor, entity)),
);

export const opml = singlePage(siteFeedPaths.opml, (build) => {
  const { settings, entities } = build.model;
  return renderOpml({
    title: `${settings.title}: all feeds`,
    ownerName: settings.publisher.name,
    outlines: [
      { title: `${settings.title}: latest news`, xmlUrl: absoluteUrl(settings, siteFeedPaths.rss), htmlUrl: absoluteUrl(settings, "/") },
      ...entities.map((entity) => ({
        title: `${entity.name} — ${settings.title}`,
        xmlUrl: absoluteUrl(settings, entity.feedUrl),
        htmlUrl: absoluteUrl(settings, entity.url),
      })),
    ],
  });
});

/** Sitemap files: /sitemap.xml alone, or an index there with /sitemaps/N.xml past 50,000 URLs. */
export const sitemap = {
  data: {
    pagination: { data: "wireroom.sitemaps", size: 1, alias: "view" },
    permalink: (data: { view: SitemapDocument }): string => data.view.path,
    eleventyExcludeFromCollections: true,
  },
  render: (data: { view: SitemapDocument }): string => data.view.xml,
};

export const newsSitemap = singlePage("/sitemap-news.xml", (build) => {
  const { settings, articles } = build.model;
  return renderNewsSitemap({
    publicationName: settings.publisher.name,
    language: settings.language,
    now: build.now,
    articles: articles.map((a) => ({ url: absoluteUrl(settings, a.url), title: a.headline, published: a.published.toISO()! })),
  });
});
