import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/articles/article.ts";
import { renderAtom } from "../../src/feeds/atom.ts";
import { FeedBodies } from "../../src/feeds/feed-bodies.ts";
import { renderJsonFeed } from "../../src/feeds/json-feed.ts";
import { renderRss } from "../../src/feeds/rss.ts";
import type { FeedItem } from "../../src/feeds/types.ts";
import { createFeedItems, entityChannel, entityFeedArticles, entityFeedSize, siteChannel } from "../../src/model/feed-channels.ts";
import { createSiteLoader } from "../../src/model/load-site.ts";
import type { EntitySummary, SiteModel } from "../../src/model/site-model.ts";
import { defaultSettings } from "../../src/site.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

// Only what the channels read: the settings, the articles and each entity's articles.
const articles = Array.from({ length: 60 }, (_, i) => ({ url: `/news/${i}/` }) as unknown as Article);
const entity = { id: "person:a", type: "person", name: "Urmas Yarvilik-Brun", url: "/people/urmas/", feedUrl: "/people/urmas/feed.xml" } as unknown as EntitySummary;
const model = {
  settings: defaultSettings,
  articles,
  entityArticles: new Map([[entity.id, articles.map((article) => ({ article }))]]),
} as unknown as SiteModel;

const bodiesRead: string[] = [];
const items = new Map<Article, FeedItem>();
const itemFor = (article: Article): FeedItem => {
  let item = items.get(article);
  if (!item) {
    item = {
      title: `Headline ${article.url}`,
      url: `https://wireroom.example.org${article.url}`,
      published: "2026-01-01T00:00:00+05:00",
      modified: "2026-01-01T00:00:00+05:00",
      summary: "The summary.",
      get contentHtml() {
        bodiesRead.push(article.url);
        return "<p>The body.</p>";
      },
      creator: "Wire",
      categories: [{ name: entity.name, url: "https://wireroom.example.org/people/urmas/" }],
    };
    items.set(article, item);
  }
  return item;
};

describe("feed channels", () => {
  it("gives an entity feed its 20 newest articles as headline, summary and link, without reading any body", () => {
    const channel = entityChannel(model, itemFor, entity);
    expect(entityFeedSize).toBe(20);
    expect(channel.items).toHaveLength(20);
    expect(channel.items.map((i) => i.url)).toEqual(articles.slice(0, 20).map((a) => `https://wireroom.example.org${a.url}`));
    for (const item of channel.items) {
      expect(item.contentHtml).toBe("");
      expect(item.summary).toBe("The summary.");
      expect(item.creator).toBe("Wire");
      expect(item.categories).toHaveLength(1);
    }
    expect(bodiesRead).toEqual([]);
    // The same summary item in every feed, so that the writers' item caches hold.
    expect(entityChannel(model, itemFor, entity).items[0]).toBe(channel.items[0]);
    expect(entityFeedArticles(model, entity)).toEqual(articles.slice(0, 20));
  });

  it("keeps the full text of the newest settings.feedSize articles in the site feeds", () => {
    const channel = siteChannel(model, itemFor, "/feed.xml");
    expect(channel.items).toHaveLength(defaultSettings.feedSize);
    expect(channel.items[0]!.contentHtml).toBe("<p>The body.</p>");
  });

  it("never gives an entity feed more items than the site feed", () => {
    const small = { ...model, settings: { ...defaultSettings, feedSize: 5 } } as SiteModel;
    expect(entityChannel(small, itemFor, entity).items).toHaveLength(5);
  });
});

describe("site feeds written from the bodies an earlier build kept", () => {
  /** Fictional Velsk reports whose bodies hold relative links, which the feeds make absolute. */
  const sources = {
    "velsk-harbour.md": "---\ntitle: Velsk harbour report\ndate: 2031-03-02T09:00:00+05:00\n---\nThe [Velsk harbour board](/organisations/velsk-harbour-board/) met; see [the notes](#notes) & the [budget](budget.pdf).\n\nA second paragraph.\n",
    "velsk-council.md": "---\ntitle: Velsk council report\ndate: 2031-03-03\n---\nThe council of Velsk met on the <budget> (raw HTML stays text).\n",
  };

  it("are byte for byte the feeds written from the sources, in every format", () => {
    const model = createSiteLoader().load(tempContent(sources), defaultSettings).model;
    const file = path.join(tempDir(), "feed-bodies.json");
    const write = (itemFor: (article: Article) => FeedItem): string[] =>
      [renderRss, renderAtom, renderJsonFeed].map((render) => render(siteChannel(model, itemFor, "/feed.xml")));
    const fromSources = write(createFeedItems(model));
    expect(fromSources[0]).toContain("https://");
    for (let build = 0; build < 2; build++) {
      const bodies = new FeedBodies(file, "code-1");
      expect(write(createFeedItems(model, bodies))).toEqual(fromSources);
      bodies.save();
    }
    // The second build took them from the file, already absolute.
    const kept = Object.values((JSON.parse(readFileSync(file, "utf8")) as { bodies: Record<string, string> }).bodies);
    expect(kept.some((body) => body.includes('href="https://'))).toBe(true);
    expect(kept.join("")).not.toContain('href="/organisations');
  });
});
