import { renderAtom } from "../../src/feeds/atom.ts";
import { renderJsonFeed } from "../../src/feeds/json-feed.ts";
import { renderOpml } from "../../src/feeds/opml.ts";
import { renderRss } from "../../src/feeds/rss.ts";
import { renderNewsSitemap } from "../../src/feeds/sitemap.ts";
import { entityChannel, entityFeedArticles, siteChannel, siteFeedPaths } from "../../src/model/feed-channels.ts";
import type { EntitySummary } from "../../src/model/site-model.ts";
import { newsSitemapCandidates, type SitemapDocument } from "../../src/model/sitemap-entries.ts";
import type { BuildData } from "../../src/render/build-data.ts";
import { articleStamp, entityStamp } from "../../src/render/fingerprints.ts";
import { everyBuild, pageKind, singlePage, type Fingerprint, type PageKind } from "../../src/render/page-kind.ts";
import { absoluteUrl } from "../../src/site.ts";
import { entitiesOf, holdsAny } from "../../src/render/shown-in.ts";
import type { Article } from "../../src/articles/article.ts";

/** Feeds and sitemaps: data from src/model, text from src/feeds. */

const newest = (build: BuildData): readonly Article[] => build.model.articles.slice(0, build.model.settings.feedSize);
const newestArticles = (build: BuildData): Fingerprint => newest(build).map(articleStamp);

export const rssFeed = singlePage("feed-rss", siteFeedPaths.rss, (build) => renderRss(siteChannel(build.model, build.feedItemFor, siteFeedPaths.rss)), newestArticles, newest);
export const atomFeed = singlePage("feed-atom", siteFeedPaths.atom, (build) => renderAtom(siteChannel(build.model, build.feedItemFor, siteFeedPaths.atom)), newestArticles, newest);
export const jsonFeed = singlePage("feed-json", siteFeedPaths.json, (build) => renderJsonFeed(siteChannel(build.model, build.feedItemFor, siteFeedPaths.json)), newestArticles, newest);

export const entityFeed: PageKind<EntitySummary> = pageKind<EntitySummary>(
  "entity-feed",
  (build) => build.model.entities,
  (entity) => entity.feedUrl,
  (entity, build) => renderRss(entityChannel(build.model, build.feedItemFor, entity)),
  (entity, build) => [entityStamp(entity), entityFeedArticles(build.model, entity).map(articleStamp)],
  {
    articlesShown: (entity, build) => entityFeedArticles(build.model, entity),
    // The feeds of the entities the articles name, when the articles are among their newest.
    viewsShowing: (articles, build) => [...entitiesOf(build.model, articles)].filter((entity) => holdsAny(entityFeedArticles(build.model, entity), articles)),
  },
);

export const opml = singlePage(
  "feeds-opml",
  siteFeedPaths.opml,
  (build) => {
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
  },
  (build) => build.model.entities.map((e) => [e.name, e.url]),
  // Names and URLs of the site's entities: its structure alone.
  () => [],
);

/** Sitemap files: /sitemap.xml alone, or an index there with /sitemaps/N.xml past 50,000 URLs. */
export const sitemap: PageKind<SitemapDocument> = {
  ...pageKind<SitemapDocument>(
    "sitemap",
    (build) => build.sitemaps(),
    (doc) => doc.path,
    (doc) => doc.xml,
    (doc) => [doc.path, doc.stamp],
  ),
  // Its URLs are the site's pages and its dates the articles' modified dates (sitemap-entries.ts).
  followsDates: true,
};

/** The one output that depends on the clock (through the build's "now"): always written. */
export const newsSitemap = singlePage(
  "sitemap-news",
  "/sitemap-news.xml",
  (build) => {
    const { settings } = build.model;
    return renderNewsSitemap({
      publicationName: settings.publisher.name,
      language: settings.language,
      now: build.now,
      articles: newsSitemapCandidates(build.model, build.now).map((a) => ({ url: absoluteUrl(settings, a.url), title: a.headline, published: a.published.toISO()! })),
    });
  },
  () => everyBuild,
);
