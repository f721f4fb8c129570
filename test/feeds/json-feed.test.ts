import { parseJsonFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { buildJsonFeed, renderJsonFeed } from "../../src/feeds/json-feed.ts";
import { lintJsonFeed } from "../helpers/feed-lint.ts";
import type { FeedItem } from "../../src/feeds/types.ts";
import { channel, ITEMS, SITE, TRICKY_TITLE, VARNOSSA } from "./helpers/fixtures.ts";
import { pythonJsonFeed } from "./helpers/python-json-feed.ts";

const NOW = "2026-02-27T00:00:00Z";
const json = renderJsonFeed(channel({ title: TRICKY_TITLE, selfUrl: `${SITE}/feed.json` }));
const first = ITEMS[0] as FeedItem;

describe("renderJsonFeed", () => {
  it("is JSON Feed 1.1 with the channel fields, newline-terminated", () => {
    const feed = JSON.parse(json);
    expect(Object.keys(feed)).toEqual(["version", "title", "home_page_url", "feed_url", "description", "language", "authors", "items"]);
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.home_page_url).toBe(`${SITE}/`);
    expect(feed.feed_url).toBe(`${SITE}/feed.json`);
    expect(feed.language).toBe("en");
    expect(feed.authors).toEqual([{ name: "Wireroom Desk" }]);
    expect(json.endsWith("}\n")).toBe(true);
  });

  it("keeps titles as plain text (no HTML escaping) and dates in RFC 3339 UTC", () => {
    const feed = buildJsonFeed(channel({ title: TRICKY_TITLE }));
    expect(feed.title).toBe(TRICKY_TITLE);
    const item = feed.items[0];
    expect(item?.title).toBe(TRICKY_TITLE);
    expect(item?.summary).toBe(first.summary);
    expect(item?.id).toBe(first.url);
    expect(item?.url).toBe(first.url);
    expect(item?.date_published).toBe("2026-02-26T05:00:00Z");
    expect(item?.date_modified).toBe("2026-02-26T07:30:00Z");
    expect(item?.image).toBe(`${SITE}/media/report.jpg`);
    expect(item?.authors).toEqual([{ name: "Dariga Omarbekova-Lind" }]);
    expect(item?.tags).toEqual([VARNOSSA.name, "Dariga Omarbekova-Lind", "Қоңыр Өзен мектебі"]);
    expect(item?.content_html).toContain(`<a href="${first.url}#appendix">`);
    expect(feed.items[1]?.authors).toBeUndefined();
    expect(feed.items[2]?.tags).toBeUndefined();
  });

  it("is deterministic", () => {
    expect(renderJsonFeed(channel({ title: TRICKY_TITLE, selfUrl: `${SITE}/feed.json` }))).toBe(json);
  });

  it("parses in feedsmith with the same titles", () => {
    const feed = parseJsonFeed(json);
    expect(feed.title).toBe(TRICKY_TITLE);
    expect(feed.items?.map((i) => i.title)).toEqual(ITEMS.map((i) => i.title));
    expect(feed.items?.map((i) => i.id)).toEqual(ITEMS.map((i) => i.url));
    expect(feed.items?.[0]?.date_published).toBe("2026-02-26T05:00:00Z");
    expect(feed.items?.[0]?.content_html).toContain(`src="${SITE}/media/report.jpg"`);
  });

  it("parses in CPython's json module with no JSON Feed rule broken, titles exact", () => {
    const parsed = pythonJsonFeed(json);
    expect(parsed.errors).toEqual([]);
    expect(parsed.title).toBe(TRICKY_TITLE);
    expect(parsed.items.map((i) => i.title)).toEqual(ITEMS.map((i) => i.title));
    expect(parsed.items.map((i) => i.date_published)).toEqual(["2026-02-26T05:00:00Z", "2026-02-25T07:30:00Z", "2026-02-20T09:05:07Z"]);
  });

  it("drops lone surrogates and control characters, as the XML formats do", () => {
    const dirty = renderJsonFeed(channel({ items: [{ ...first, title: "A\uD800 b\u0001c" }] }));
    expect(JSON.parse(dirty).items[0].title).toBe("A bc");
    expect(pythonJsonFeed(dirty).errors).toEqual([]);
  });

  it("renders an empty feed validly", () => {
    const empty = renderJsonFeed(channel({ items: [] }));
    expect(JSON.parse(empty).items).toEqual([]);
    expect(pythonJsonFeed(empty).errors).toEqual([]);
    expect(lintJsonFeed(empty, { now: NOW })).toEqual([]);
  });

  it("passes our lint with zero messages", () => {
    expect(lintJsonFeed(json, { now: NOW, location: `${SITE}/feed.json` })).toEqual([]);
  });
});
