import { parseAtomFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { renderAtom } from "../../src/feeds/atom.ts";
import { lintAtom } from "../helpers/feed-lint.ts";
import type { FeedItem } from "../../src/feeds/types.ts";
import { feedparser } from "./helpers/feedparser.ts";
import { channel, DARIGA, ITEMS, QONYR, SITE, TRICKY_TITLE, VARNOSSA } from "./helpers/fixtures.ts";
import { xmllint } from "./helpers/xmllint.ts";

const NOW = "2026-02-27T00:00:00Z";
const atom = renderAtom(channel({ title: TRICKY_TITLE, selfUrl: `${SITE}/feed.atom` }));
const first = ITEMS[0] as FeedItem;

describe("renderAtom: document shape", () => {
  it("starts with the XML declaration and the Atom namespace", () => {
    expect(atom.startsWith(`<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n`)).toBe(true);
    expect(atom.endsWith("</feed>\n")).toBe(true);
  });

  it("has id, title, updated (newest entry), author, self and alternate links", () => {
    expect(atom).toContain(`<id>${SITE}/</id>`);
    expect(atom).toContain(`<updated>2026-02-26T07:30:00Z</updated>`);
    expect(atom).toContain("<author><name>Wireroom Desk</name></author>");
    expect(atom).toContain(`<link rel="self" type="application/atom+xml" href="${SITE}/feed.atom"/>`);
    expect(atom).toContain(`<link rel="alternate" type="text/html" href="${SITE}/"/>`);
  });

  it("writes entries with id, text title, alternate link, published/updated in UTC, categories and html content", () => {
    const entry = atom.slice(atom.indexOf("<entry>"), atom.indexOf("</entry>"));
    expect(entry).toContain(`<id>${first.url}</id>`);
    expect(entry).toContain(`<title type="text">`);
    expect(entry).toContain(`<link rel="alternate" type="text/html" href="${first.url}"/>`);
    expect(entry).toContain("<published>2026-02-26T05:00:00Z</published>");
    expect(entry).toContain("<updated>2026-02-26T07:30:00Z</updated>");
    expect(entry).toContain(`<category term="${VARNOSSA.name}" label="${VARNOSSA.name}" scheme="${VARNOSSA.url}"/>`);
    expect(entry).toContain('<summary type="text">');
    expect(entry).toContain('<content type="html">');
  });

  it("refuses an empty feed without channel.updated (Atom needs updated; never the clock)", () => {
    expect(() => renderAtom(channel({ items: [] }))).toThrow(/updated/);
    const empty = renderAtom(channel({ items: [], updated: "2026-01-01T00:00:00+05:00" }));
    expect(empty).toContain("<updated>2025-12-31T19:00:00Z</updated>");
    expect(xmllint(empty).ok).toBe(true);
    expect(feedparser(empty).bozo).toBe(0);
    expect(lintAtom(empty, { now: NOW })).toEqual([]);
  });

  it("is deterministic", () => {
    expect(renderAtom(channel({ title: TRICKY_TITLE, selfUrl: `${SITE}/feed.atom` }))).toBe(atom);
  });
});

describe("renderAtom: real parsers", () => {
  it("is well-formed for xmllint", () => {
    expect(xmllint(atom)).toEqual({ ok: true, stderr: "" });
  });

  it("parses in the Universal Feed Parser without bozo, titles exact", () => {
    const parsed = feedparser(atom);
    expect(parsed.bozo_exception).toBeNull();
    expect(parsed.bozo).toBe(0);
    expect(parsed.version).toBe("atom10");
    expect(parsed.feed.title).toBe(TRICKY_TITLE);
    expect(parsed.entries.map((e) => e.title)).toEqual(ITEMS.map((i) => i.title));
    expect(parsed.entries.map((e) => e.link)).toEqual(ITEMS.map((i) => i.url));
    expect(parsed.entries.map((e) => e.id)).toEqual(ITEMS.map((i) => i.url));
    expect(parsed.entries.map((e) => e.published_parsed)).toEqual(["2026-02-26T05:00:00Z", "2026-02-25T07:30:00Z", "2026-02-20T09:05:07Z"]);
    expect(parsed.entries.map((e) => e.updated_parsed)).toEqual(["2026-02-26T07:30:00Z", "2026-02-25T07:30:00Z", "2026-02-21T08:00:00Z"]);
    expect(parsed.entries[0]?.tags).toEqual([
      { term: VARNOSSA.name, scheme: VARNOSSA.url, label: VARNOSSA.name },
      { term: DARIGA.name, scheme: DARIGA.url, label: DARIGA.name },
      { term: QONYR.name, scheme: QONYR.url, label: QONYR.name },
    ]);
    expect(parsed.entries[0]?.author).toBe("Dariga Omarbekova-Lind");
    // An entry without a byline carries no author element: RFC 4287 lets it inherit the feed's.
    expect(parsed.entries[1]?.author ?? null).toBeNull();
    // Atom summary is type="text": it comes back exactly as written, "<draft>" included.
    expect(parsed.entries[0]?.summary).toBe(first.summary);
    expect(parsed.entries[0]?.content[0]).toContain(`<a href="${first.url}#appendix">`);
  });

  it("parses in feedsmith with the same titles, ids, links and categories", () => {
    const feed = parseAtomFeed(atom);
    expect(feed.title).toEqual({ type: "text", value: TRICKY_TITLE });
    expect(feed.id).toBe(`${SITE}/`);
    expect(feed.updated).toBe("2026-02-26T07:30:00Z");
    expect(feed.entries?.map((e) => e.title?.value)).toEqual(ITEMS.map((i) => i.title));
    expect(feed.entries?.map((e) => e.id)).toEqual(ITEMS.map((i) => i.url));
    const entry = feed.entries?.[0];
    expect(entry?.links?.[0]?.href).toBe(first.url);
    expect(entry?.summary).toEqual({ type: "text", value: first.summary });
    expect(entry?.authors).toEqual([{ name: "Dariga Omarbekova-Lind" }]);
    expect(entry?.categories?.map((c) => c.scheme)).toEqual([VARNOSSA.url, DARIGA.url, QONYR.url]);
    expect(entry?.content?.type).toBe("html");
    expect(entry?.content?.value).toContain(`<img src="${SITE}/media/report.jpg"`);
  });

  it("passes our lint with zero messages", () => {
    expect(lintAtom(atom, { now: NOW, location: `${SITE}/feed.atom` })).toEqual([]);
  });
});
