import { describe, expect, it } from "vitest";
import type { Article } from "../../src/articles/article.ts";
import type { FeedItem } from "../../src/feeds/types.ts";
import { entityChannel, entityFeedArticles, entityFeedSize, siteChannel } from "../../src/model/feed-channels.ts";
import type { EntitySummary, SiteModel } from "../../src/model/site-model.ts";
import { defaultSettings } from "../../src/site.ts";

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
