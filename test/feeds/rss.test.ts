import { parseRssFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { lintRss } from "../helpers/feed-lint.ts";
import { renderRss } from "../../src/feeds/rss.ts";
import type { FeedItem } from "../../src/feeds/types.ts";
import { feedparser } from "./helpers/feedparser.ts";
import { channel, DARIGA, ITEMS, QONYR, SITE, TRICKY_TITLE, VARNOSSA } from "./helpers/fixtures.ts";
import { xmllint } from "./helpers/xmllint.ts";

const NOW = "2026-02-27T00:00:00Z";
const rss = renderRss(channel({ title: TRICKY_TITLE }));
const first = ITEMS[0] as FeedItem;

describe("renderRss: document shape", () => {
  it("starts with the XML declaration as the very first bytes, then the stylesheet PI", () => {
    expect(rss.startsWith(`<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet type="text/xsl" href="${SITE}/feed.xsl"?>\n<rss `)).toBe(true);
  });

  it("omits the stylesheet PI when no stylesheet is given", () => {
    const plain = renderRss(channel({ stylesheetUrl: undefined }));
    expect(plain).not.toContain("xml-stylesheet");
    expect(plain.startsWith(`<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"`)).toBe(true);
  });

  it("declares atom, content (with trailing slash) and dc namespaces", () => {
    expect(rss).toContain(
      `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">`,
    );
  });

  it("has the self link, language, generator and a newline at the end", () => {
    expect(rss).toContain(`<atom:link href="${SITE}/feed.xml" rel="self" type="application/rss+xml"/>`);
    expect(rss).toContain("<language>en</language>");
    expect(rss).toContain("<generator>Wireroom</generator>");
    expect(rss.endsWith("</rss>\n")).toBe(true);
  });

  it("takes lastBuildDate from the newest item date (item 1's modified), never the clock", () => {
    expect(rss).toContain("<lastBuildDate>Thu, 26 Feb 2026 07:30:00 +0000</lastBuildDate>");
    // Order of the input does not change which date is newest.
    const reversed = renderRss(channel({ items: [...ITEMS].reverse() }));
    expect(reversed).toContain("<lastBuildDate>Thu, 26 Feb 2026 07:30:00 +0000</lastBuildDate>");
  });

  it("writes items with guid permalink, RFC 822 pubDate, dc:creator, categories, description before content", () => {
    const item = rss.slice(rss.indexOf("<item>"), rss.indexOf("</item>"));
    expect(item).toContain(`<link>${first.url}</link>`);
    expect(item).toContain(`<guid isPermaLink="true">${first.url}</guid>`);
    // The site's offset, as the article's date was written: the feed's page shows the site's dates.
    expect(item).toContain("<pubDate>Thu, 26 Feb 2026 10:00:00 +0500</pubDate>");
    expect(item).toContain("<dc:creator>Dariga Omarbekova-Lind</dc:creator>");
    expect(item).not.toMatch(/<author>/);
    expect(item).toContain(`<category domain="${VARNOSSA.url}">Varnossa State University</category>`);
    expect(item).toContain(`<category domain="${QONYR.url}">Қоңыр Өзен мектебі</category>`);
    expect(item.indexOf("<description>")).toBeGreaterThan(0);
    expect(item.indexOf("<description>")).toBeLessThan(item.indexOf("<content:encoded>"));
  });

  it("omits dc:creator when there is no byline", () => {
    const second = rss.split("<item>")[2] ?? "";
    expect(second).not.toContain("dc:creator");
  });

  it("is deterministic", () => {
    expect(renderRss(channel({ title: TRICKY_TITLE }))).toBe(rss);
  });
});

describe("renderRss: real parsers", () => {
  it("is well-formed and namespace-correct for xmllint", () => {
    expect(xmllint(rss)).toEqual({ ok: true, stderr: "" });
  });

  it("parses in the Universal Feed Parser without bozo, titles exact", () => {
    const parsed = feedparser(rss);
    expect(parsed.bozo_exception).toBeNull();
    expect(parsed.bozo).toBe(0);
    expect(parsed.version).toBe("rss20");
    expect(parsed.feed.title).toBe(TRICKY_TITLE);
    expect(parsed.entries.map((e) => e.title)).toEqual(ITEMS.map((i) => i.title));
    expect(parsed.entries.map((e) => e.link)).toEqual(ITEMS.map((i) => i.url));
    expect(parsed.entries.map((e) => e.id)).toEqual(ITEMS.map((i) => i.url));
    expect(parsed.entries.map((e) => e.published_parsed)).toEqual(["2026-02-26T05:00:00Z", "2026-02-25T07:30:00Z", "2026-02-20T09:05:07Z"]);
    const entry = parsed.entries[0];
    expect(entry?.tags).toEqual([
      { term: VARNOSSA.name, scheme: VARNOSSA.url, label: null },
      { term: DARIGA.name, scheme: DARIGA.url, label: null },
      { term: QONYR.name, scheme: QONYR.url, label: null },
    ]);
    expect(entry?.author).toBe("Dariga Omarbekova-Lind");
    // description is HTML to readers: the plain summary arrives HTML-escaped, so it displays as written.
    expect(entry?.summary).toBe(`The university's report &amp; its "appendix" &lt;draft&gt; are out.`);
    // feedparser resolves nothing itself here: the URLs were already absolute in the feed.
    expect(entry?.content[0]).toContain(`href="${first.url}#appendix"`);
    expect(entry?.content[0]).toContain(`src="${SITE}/media/report.jpg"`);
  });

  it("parses in feedsmith with the same title, items, creators, categories and content", () => {
    const feed = parseRssFeed(rss);
    expect(feed.title).toBe(TRICKY_TITLE);
    expect(feed.link).toBe(`${SITE}/`);
    expect(feed.items?.map((i) => i.title)).toEqual(ITEMS.map((i) => i.title));
    const item = feed.items?.[0];
    expect(item?.guid).toEqual({ value: first.url, isPermaLink: true });
    expect(item?.pubDate).toBe("Thu, 26 Feb 2026 10:00:00 +0500");
    expect(item?.dc?.creators).toEqual(["Dariga Omarbekova-Lind"]);
    expect(item?.categories).toEqual([
      { name: VARNOSSA.name, domain: VARNOSSA.url },
      { name: DARIGA.name, domain: DARIGA.url },
      { name: QONYR.name, domain: QONYR.url },
    ]);
    expect(item?.description).toBe(`The university's report &amp; its "appendix" &lt;draft&gt; are out.`);
    const content = item?.content?.encoded ?? "";
    expect(content).toContain(`<a href="${first.url}#appendix">`);
    expect(content).toContain(`<a href="https://wireroom.example/2026/02/25/earlier-story/">`);
    expect(content).toContain(`srcset="${SITE}/media/report-480.jpg 480w, ${first.url}report-960.jpg 960w"`);
    expect(content).toContain(`<a href="${first.url}relative.html">`);
    expect(content).toContain(`<a href="${first.url}single/quoted/">`);
    expect(content).toContain(`<img src="https://cdn.wireroom.example/x.png"`);
    expect(content).toContain(`<video poster="${first.url}poster.jpg" src="${first.url}clip.mp4">`);
    expect(content).toContain(`href="mailto:desk@wireroom.example"`);
    expect(content).toContain(`href="tel:+77000000000"`);
    expect(content).toContain("]]&gt;");
  });

  it("passes our lint with zero messages", () => {
    expect(lintRss(rss, { now: NOW, location: `${SITE}/feed.xml` })).toEqual([]);
  });
});

describe("renderRss: edge cases", () => {
  it("renders an empty channel validly, without lastBuildDate", () => {
    const empty = renderRss(channel({ items: [] }));
    expect(empty).not.toContain("lastBuildDate");
    expect(xmllint(empty).ok).toBe(true);
    expect(feedparser(empty).bozo).toBe(0);
    expect(lintRss(empty, { now: NOW })).toEqual([]);
  });

  it("strips characters XML forbids from every text field", () => {
    const dirty = renderRss(
      channel({
        title: "Bad\u0000 \u0008title\uFFFE",
        items: [{ ...first, title: "Item\u0001 \uD800title", summary: "s\u001F", contentHtml: "<p>c\u0007</p>", creator: "Dariga\u000B" }],
      }),
    );
    expect(xmllint(dirty).ok).toBe(true);
    const parsed = feedparser(dirty);
    expect(parsed.bozo).toBe(0);
    expect(parsed.feed.title).toBe("Bad title");
    expect(parsed.entries[0]?.title).toBe("Item title");
  });

  it("falls back to the title when an item has no summary, and omits empty content", () => {
    const out = renderRss(channel({ items: [{ ...first, summary: "", contentHtml: "" }] }));
    expect(out).not.toContain("content:encoded>");
    expect(lintRss(out, { now: NOW })).toEqual([]);
  });

  it("refuses relative or missing URLs and duplicate items rather than writing a bad feed", () => {
    expect(() => renderRss(channel({ selfUrl: "/feed.xml" }))).toThrow(/selfUrl/);
    expect(() => renderRss(channel({ items: [{ ...first, url: "/2026/x/" }] }))).toThrow(/url/);
    expect(() => renderRss(channel({ items: [{ ...first, categories: [{ name: "X", url: "/x/" }] }] }))).toThrow(/category/);
    expect(() => renderRss(channel({ items: [first, first] }))).toThrow(/duplicate/);
    expect(() => renderRss(channel({ items: [{ ...first, published: "2026-02-26T10:00:00" }] }))).toThrow(/offset/);
  });

  it("collapses a category repeated for the same entity", () => {
    const out = renderRss(channel({ items: [{ ...first, categories: [DARIGA, DARIGA] }] }));
    expect(out.split(`domain="${DARIGA.url}"`).length - 1).toBe(1);
  });

  // Its speed is guarded by `npm run bench:micro` (bench/micro.ts), not timed here.
  it("renders 2,000 items", () => {
    const many: FeedItem[] = Array.from({ length: 2000 }, (_, i) => ({ ...first, url: `${SITE}/2026/a-${i}/` }));
    const out = renderRss(channel({ items: many }));
    expect(out.split("<item>").length - 1).toBe(2000);
  });
});
