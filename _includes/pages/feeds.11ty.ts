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

/** Feeds and sitemaps: data from src/model, text from src/feeds. */

const newestArticles = (build: BuildData): Fingerprint => build.model.articles.slice(0, build.model.settings.feedSize).map(articleStamp);

export const rssFeed = singlePage("feed-rss", siteFeedPaths.rss, (build) => renderRss(siteChannel(build.model, build.feedItemFor, siteFeedPaths.rss)), newestArticles);
export const atomFeed = singlePage("feed-atom", siteFeedPaths.atom, (build) => renderAtom(siteChannel(build.model, build.feedItemFor, siteFeedPaths.atom)), newestArticles);
export const jsonFeed = singlePage("feed-json", siteFeedPaths.json, (build) => renderJsonFeed(siteChannel(build.model, build.feedItemFor, siteFeedPaths.json)), newestArticles);

export const entityFeed: PageKind<EntitySummary> = pageKind<EntitySummary>(
  "entity-feed",
  (build) => build.model.entities,
  (entity) => entity.feedUrl,
  (entity, build) => renderRss(entityChannel(build.model, build.feedItemFor, entity)),
  (entity, build) => [entityStamp(entity), entityFeedArticles(build.model, entity).map(articleStamp)],
  (entity, build) => entityFeedArticles(build.model, entity),
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
);

/** Sitemap files: /sitemap.xml alone, or an index there with /sitemaps/N.xml past 50,000 URLs. */
export const sitemap = pageKind<SitemapDocument>(
  "sitemap",
  (build) => build.sitemaps,
  (doc) => doc.path,
  (doc) => doc.xml,
  (doc) => [doc.path, doc.stamp],
);

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
