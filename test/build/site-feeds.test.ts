import { readdirSync } from "node:fs";
import path from "node:path";
import { parseFeed } from "feedsmith";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { lintAtom, lintJsonFeed, lintRss } from "../helpers/feed-lint.ts";
import { feedparser } from "../feeds/helpers/feedparser.ts";
import { xmllint } from "../feeds/helpers/xmllint.ts";
import { markdownArticle, wireText } from "../helpers/fixtures.ts";
import { readOutput } from "../helpers/output.ts";
import { seedFiles, seedHeadline } from "../helpers/seed.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

const base = "https://wireroom.example.org";
const trickyTitle = `Velsk & Kessel <Port> "Report": it's 2 > 1 🙂 — Қоңыр Өзен`;

function allFiles(dir: string, relative = ""): string[] {
  return readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    return entry.isDirectory() ? allFiles(dir, child) : [child];
  });
}

describe("the site's feeds and sitemaps, built from the seed and fictional articles", () => {
  let out: string;
  let files: string[];
  beforeAll(async () => {
    const input = tempContent({
      ...seedFiles,
      "port.md": markdownArticle,
      "wire.txt": wireText,
      "tricky.md": `---\ntitle: ${JSON.stringify(trickyTitle)}\ndate: 2031-06-03T10:00:00+05:00\n---\nSee [the port](/news/2031/06/02/varnossa-opens-a-port-on-the-kessel-sea/) and [below](#more).\n\n## More {#more}\n\nNothing else.\n`,
    });
    out = path.join(tempDir(), "out");
    process.env["SITE_NOW"] = "2031-06-03T12:00:00+05:00";
    try {
      await buildSite({ input, output: out });
    } finally {
      delete process.env["SITE_NOW"];
    }
    files = allFiles(out);
  });

  it("writes the site feed in RSS, Atom and JSON Feed, the OPML list, the XSL and both sitemaps", () => {
    for (const file of ["feed.xml", "feed.atom", "feed.json", "feeds.opml", "sitemap.xml", "sitemap-news.xml"]) {
      expect(files).toContain(file);
    }
  });

  it("keeps every XML file well-formed under xmllint", () => {
    for (const file of files.filter((f) => /\.(xml|atom|opml|xsl)$/.test(f))) {
      expect(xmllint(readOutput(out, file)), file).toMatchObject({ ok: true });
    }
  });

  it("has every RSS feed parse with bozo 0 in the Universal Feed Parser and in feedsmith, with zero lint messages", () => {
    const rssFiles = files.filter((f) => f.endsWith("feed.xml"));
    expect(rssFiles.length).toBeGreaterThanOrEqual(1);
    for (const file of rssFiles) {
      const xml = readOutput(out, file);
      const parsed = feedparser(xml);
      expect(parsed.bozo, `${file}: ${parsed.bozo_exception}`).toBe(0);
      expect(parsed.version, file).toBe("rss20");
      expect(parseFeed(xml).format, file).toBe("rss");
      expect(lintRss(xml, { location: `${base}/${file}` }), file).toEqual([]);
    }
  });

  it("carries every article in the site feed, newest first, with absolute links and the full text", () => {
    const parsed = feedparser(readOutput(out, "feed.xml"));
    expect(parsed.entries.map((e) => e.title)).toEqual([trickyTitle, "Varnossa opens a port on the Kessel Sea", expect.any(String), seedHeadline]);
    const tricky = parsed.entries[0]!;
    expect(tricky.link).toBe(`${base}/news/2031/06/03/${"velsk-and-kessel-port-report-its-2-1-qonyr-ozen"}/`);
    expect(tricky.published_parsed).toBe("2031-06-03T05:00:00Z");
    expect(tricky.content[0]).toContain(`href="${base}/news/2031/06/02/varnossa-opens-a-port-on-the-kessel-sea/"`);
    expect(tricky.content[0]).toContain(`href="${tricky.link}#more"`);
    const seed = parsed.entries[3]!;
    expect(seed.content[0]).toContain("Photo: gov.kz");
    expect(seed.content[0]).toContain("In his turn, Prince Edward underscored");
  });

  it("round-trips a title with &, <, quotes, emoji and Cyrillic through RSS, Atom and JSON Feed", () => {
    expect(feedparser(readOutput(out, "feed.xml")).entries[0]!.title).toBe(trickyTitle);
    expect(feedparser(readOutput(out, "feed.atom")).entries[0]!.title).toBe(trickyTitle);
    const json = JSON.parse(readOutput(out, "feed.json")) as { items: { title: string }[] };
    expect(json.items[0]!.title).toBe(trickyTitle);
  });

  it("has Atom and JSON Feed pass their lint", () => {
    const atom = readOutput(out, "feed.atom");
    expect(feedparser(atom)).toMatchObject({ bozo: 0, version: "atom10" });
    expect(lintAtom(atom, { location: `${base}/feed.atom` })).toEqual([]);
    expect(lintJsonFeed(readOutput(out, "feed.json"), { location: `${base}/feed.json` })).toEqual([]);
  });

  it("has the site feed carry full text and each entity feed headline, summary and link only", () => {
    expect(readOutput(out, "feed.xml")).toContain("<content:encoded>");
    const entityFeeds = files.filter((f) => /^(people|organisations)\/[^/]+\/feed\.xml$/.test(f));
    expect(entityFeeds.length).toBeGreaterThan(0);
    for (const feed of entityFeeds) {
      const xml = readOutput(out, feed);
      expect(xml, feed).not.toContain("<content:encoded>");
      expect(xml, feed).toMatch(/<item>[\s\S]*<description>[\s\S]*<\/item>/);
    }
  });

  it("lists the site feed and every entity feed in the OPML file", () => {
    const opml = readOutput(out, "feeds.opml");
    const entityFeeds = files.filter((f) => /^(people|organisations)\/[^/]+\/feed\.xml$/.test(f));
    expect(opml).toContain(`xmlUrl="${base}/feed.xml"`);
    for (const feed of entityFeeds) expect(opml).toContain(`xmlUrl="${base}/${feed}"`);
    expect(opml.match(/<outline /g)).toHaveLength(entityFeeds.length + 1);
  });

  it("dates sitemap entries by content, and keeps only the last two days in the news sitemap", () => {
    const sitemap = readOutput(out, "sitemap.xml");
    expect(sitemap).toContain(`<loc>${base}/news/2026/02/26/`);
    expect(sitemap).toMatch(/<loc>https:\/\/wireroom\.example\.org\/news\/2026\/02\/26\/[^<]+<\/loc><lastmod>2026-02-26T12:00:00Z<\/lastmod>/);
    const news = readOutput(out, "sitemap-news.xml");
    expect(news.match(/<news:news>/g)).toHaveLength(2);
    expect(news).toContain("<news:title>Varnossa opens a port on the Kessel Sea</news:title>");
    expect(news).not.toContain("2026/02/26");
  });
});
