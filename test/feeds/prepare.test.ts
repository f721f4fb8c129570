import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { renderAtom } from "../../src/feeds/atom.ts";
import { renderJsonFeed } from "../../src/feeds/json-feed.ts";
import { prepareChannel } from "../../src/feeds/prepare.ts";
import { renderRss } from "../../src/feeds/rss.ts";
import type { FeedItem } from "../../src/feeds/types.ts";
import { channel, ITEMS } from "./helpers/fixtures.ts";

const first = ITEMS[0] as FeedItem;

describe("prepareChannel", () => {
  it("makes the three formats say the same thing about every item", () => {
    const rss = parseRssFeed(renderRss(channel()));
    const atom = parseAtomFeed(renderAtom(channel()));
    const json = parseJsonFeed(renderJsonFeed(channel()));
    ITEMS.forEach((item, i) => {
      const r = rss.items?.[i];
      const a = atom.entries?.[i];
      const j = json.items?.[i];
      expect([r?.title, a?.title?.value, j?.title]).toEqual([item.title, item.title, item.title]);
      expect([r?.link, a?.id, j?.id, j?.url]).toEqual([item.url, item.url, item.url, item.url]);
      expect(new Date(r?.pubDate ?? "").getTime()).toBe(new Date(a?.published ?? "").getTime());
      expect(new Date(a?.published ?? "").getTime()).toBe(new Date(j?.date_published ?? "").getTime());
      expect(r?.content?.encoded ?? "").toBe(a?.content?.value ?? "");
      expect(a?.content?.value ?? "").toBe(j?.content_html ?? "");
      expect(r?.categories?.map((c) => c.name)).toEqual(a?.categories?.map((c) => c.term));
    });
  });

  it("never lets updated precede published", () => {
    const c = prepareChannel(channel({ items: [{ ...first, modified: "2020-01-01T00:00:00Z" }] }));
    expect(c.items[0]?.updated.toISOString()).toBe("2026-02-26T05:00:00.000Z");
  });

  it("uses channel.updated only for an empty feed", () => {
    expect(prepareChannel(channel({ updated: "2020-01-01T00:00:00Z" })).updated?.toISOString()).toBe("2026-02-26T07:30:00.000Z");
    expect(prepareChannel(channel({ items: [], updated: "2020-01-01T00:00:00Z" })).updated?.toISOString()).toBe("2020-01-01T00:00:00.000Z");
    expect(prepareChannel(channel({ items: [] })).updated).toBeUndefined();
  });

  it("prepares an item once however many feeds it appears in", () => {
    const a = prepareChannel(channel());
    const b = prepareChannel(channel({ title: "Another feed" }));
    expect(b.items[0]).toBe(a.items[0]);
  });

  it("drops an empty byline", () => {
    expect(prepareChannel(channel({ items: [{ ...first, creator: "  " }] })).items[0]?.creator).toBeUndefined();
  });
});
