import { describe, expect, it } from "vitest";
import { renderFeedStylesheet } from "../../src/feeds/feed-stylesheet.ts";
import { renderRss } from "../../src/feeds/rss.ts";
import { channel, ITEMS, SITE, TRICKY_TITLE } from "./helpers/fixtures.ts";
import { NO_XSLT_REASON, transform, xsltEngines } from "./helpers/xslt.ts";
import { xmllint } from "./helpers/xmllint.ts";

const xsl = renderFeedStylesheet();
const engines = xsltEngines();

describe("renderFeedStylesheet", () => {
  it("is well-formed XML (xmllint) and XSLT 1.0", () => {
    expect(xmllint(xsl)).toEqual({ ok: true, stderr: "" });
    expect(xsl.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<xsl:stylesheet version="1.0"')).toBe(true);
  });

  it("loads nothing external and runs no script", () => {
    expect(xsl).not.toMatch(/<script|javascript:|@import|url\(|<link|xsl:import|xsl:include|document\(/i);
    expect(xsl).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  it("explains what a feed is", () => {
    expect(xsl).toContain("This is a web feed");
    expect(xsl).toContain("into your feed reader");
  });
});

describe("feed.xsl applied to our RSS", () => {
  it.each(engines)("shows a date-only article (12:00 UTC) by its date alone (%s)", (engine) => {
    const rss = renderRss(channel({ items: [{ ...ITEMS[0]!, published: "2026-02-26T17:00:00+05:00", modified: "2026-02-26T17:00:00+05:00" }] }));
    const html = transform(rss, xsl, engine).output;
    expect(html).toContain("<time>26 Feb 2026</time>");
  });

  // A visible skip (with the reason) instead of silently testing nothing.
  if (engines.length === 0) it.skip(`renders with libxslt: SKIPPED because ${NO_XSLT_REASON}`, () => {});

  it.each(engines)("renders a readable HTML page with libxslt (%s)", (engine) => {
    const rss = renderRss(channel({ title: TRICKY_TITLE }));
    const result = transform(rss, xsl, engine);
    expect(result.stderr).toBe("");
    expect(result.ok).toBe(true);
    const html = result.output;
    expect(html).toMatch(/^<!DOCTYPE html/i);
    expect(html).toContain('<html lang="en">');
    // Titles come out escaped once (they display exactly as written).
    expect(html).toContain("<h1>Varnossa &amp; Lind &lt;Annual&gt; \"Report\": it's 2 &gt; 1 🙂 — Дарига Омарбекова-Линд, Қоңыр Өзен мектебі</h1>");
    expect(html).toContain(`<code>${SITE}/feed.xml</code>`);
    for (const item of ITEMS) expect(html).toContain(`<a href="${item.url}">`);
    // The site's own time and offset, not raw UTC.
    expect(html).toContain("<time>26 Feb 2026, 10:00 (UTC+05:00)</time> · Dariga Omarbekova-Lind");
    // Another item's zone west of UTC keeps its own offset.
    expect(html).toContain("<time>24 Feb 2026, 23:30 (UTC-08:00)</time>");
    // The HTML-escaped summary is decoded once, then escaped once: it reads as the plain text.
    expect(html).toContain(`The university's report &amp; its "appendix" &lt;draft&gt; are out.`);
    expect(html).not.toContain("&amp;amp;");
    expect(html).not.toContain("&amp;lt;");
    expect(html).not.toMatch(/<script/i);
  });
});
