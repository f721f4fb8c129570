import { describe, expect, it } from "vitest";
import {
  chunkSitemapUrls,
  MAX_NEWS_URLS,
  newsLanguage,
  renderNewsSitemap,
  renderSitemap,
  renderSitemapIndex,
  renderSitemaps,
  selectNewsArticles,
  type NewsArticle,
  type SitemapUrl,
} from "../../src/feeds/sitemap.ts";
import { attributeValue, childElements, firstChild, parseXml, textContent } from "../helpers/xml-reader.ts";
import { SITE, TRICKY_TITLE } from "./helpers/fixtures.ts";
import { xmllint } from "./helpers/xmllint.ts";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

describe("renderSitemap", () => {
  it("writes a urlset with escaped locs and real lastmods in UTC", () => {
    const xml = renderSitemap([
      { loc: `${SITE}/`, lastmod: "2026-02-26T12:30:00+05:00" },
      { loc: `${SITE}/search?q=a&page=2` },
    ]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        `<urlset xmlns="${SITEMAP_NS}">`,
        `<url><loc>${SITE}/</loc><lastmod>2026-02-26T07:30:00Z</lastmod></url>`,
        `<url><loc>${SITE}/search?q=a&amp;page=2</loc></url>`,
        "</urlset>",
        "",
      ].join("\n"),
    );
    expect(xmllint(xml).ok).toBe(true);
  });

  it("refuses more than 50,000 URLs and relative locs", () => {
    const urls = Array.from({ length: 50_001 }, (_, i) => ({ loc: `${SITE}/a/${i}/` }));
    expect(() => renderSitemap(urls)).toThrow(/50000/);
    expect(() => renderSitemap([{ loc: "/a/" }])).toThrow(/absolute/);
  });

  it("renders an empty urlset validly", () => {
    expect(xmllint(renderSitemap([])).ok).toBe(true);
  });
});

describe("chunking and the sitemap index", () => {
  const urls: SitemapUrl[] = Array.from({ length: 120_001 }, (_, i) => ({
    loc: `${SITE}/a/${i}/`,
    // Newest lastmod of each chunk is known: the lastmod grows with i.
    lastmod: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  }));

  it("splits at 50,000 URLs, keeping order", () => {
    const chunks = chunkSitemapUrls(urls);
    expect(chunks.map((c) => c.length)).toEqual([50_000, 50_000, 20_001]);
    expect(chunks[1]?.[0]?.loc).toBe(`${SITE}/a/50000/`);
  });

  it("also splits on size", () => {
    const big = Array.from({ length: 10 }, (_, i) => ({ loc: `${SITE}/${"x".repeat(1000)}/${i}` }));
    const chunks = chunkSitemapUrls(big, 50_000, 3_500);
    expect(chunks.every((c) => Buffer.byteLength(renderSitemap(c)) <= 3_500)).toBe(true);
    expect(chunks.flat()).toEqual(big);
  });

  it("renders one file and no index when everything fits", () => {
    const { files, index } = renderSitemaps(urls.slice(0, 10), (n) => `${SITE}/sitemaps/${n}.xml`);
    expect(index).toBeUndefined();
    expect(files).toHaveLength(1);
  });

  it("renders N files plus an index whose lastmods are each file's newest", () => {
    const { files, index } = renderSitemaps(urls, (n) => `${SITE}/sitemaps/${n}.xml`);
    expect(files.map((f) => f.loc)).toEqual([1, 2, 3].map((n) => `${SITE}/sitemaps/${n}.xml`));
    expect(index).toBeDefined();
    const doc = parseXml(index ?? "");
    expect(doc.root.local).toBe("sitemapindex");
    expect(doc.root.namespace).toBe(SITEMAP_NS);
    const entries = childElements(doc.root, SITEMAP_NS, "sitemap").map((s) => [
      textContent(firstChild(s, SITEMAP_NS, "loc") ?? s),
      textContent(firstChild(s, SITEMAP_NS, "lastmod") ?? s),
    ]);
    expect(entries).toEqual([
      [`${SITE}/sitemaps/1.xml`, new Date(Date.UTC(2026, 0, 1) + 49_999 * 60_000).toISOString().replace(".000Z", "Z")],
      [`${SITE}/sitemaps/2.xml`, new Date(Date.UTC(2026, 0, 1) + 99_999 * 60_000).toISOString().replace(".000Z", "Z")],
      [`${SITE}/sitemaps/3.xml`, new Date(Date.UTC(2026, 0, 1) + 120_000 * 60_000).toISOString().replace(".000Z", "Z")],
    ]);
    expect(xmllint(index ?? "").ok).toBe(true);
    for (const file of files) expect(file.xml.split("<url>").length - 1).toBeLessThanOrEqual(50_000);
  });

  it("writes an index without lastmod when the files have none", () => {
    const xml = renderSitemapIndex([{ loc: `${SITE}/sitemaps/1.xml` }]);
    expect(xml).toContain(`<sitemap><loc>${SITE}/sitemaps/1.xml</loc></sitemap>`);
    expect(xmllint(xml).ok).toBe(true);
  });
});

describe("renderNewsSitemap", () => {
  const NOW = "2026-02-26T12:00:00+05:00"; // 07:00 UTC
  const article = (slug: string, published: string, title = slug): NewsArticle => ({ url: `${SITE}/${slug}/`, title, published });

  it("includes exactly the two days up to now, both ends inclusive, nothing from the future", () => {
    const selected = selectNewsArticles({
      now: NOW,
      articles: [
        article("at-now", "2026-02-26T07:00:00Z"),
        article("one-second-ahead", "2026-02-26T07:00:01Z"),
        article("exactly-48h-before", "2026-02-24T07:00:00Z"),
        article("48h-and-1ms-before", "2026-02-24T06:59:59.999Z"),
        // Same instant as a boundary but written with another offset.
        article("48h-in-almaty-time", "2026-02-24T12:00:00+05:00"),
        article("yesterday", "2026-02-25T23:00:00-08:00"),
      ],
    });
    expect(selected.map((a) => a.url)).toEqual([`${SITE}/at-now/`, `${SITE}/yesterday/`, `${SITE}/48h-in-almaty-time/`, `${SITE}/exactly-48h-before/`]);
  });

  it("sorts newest first, dedupes URLs and caps at 1,000", () => {
    const many = Array.from({ length: 1500 }, (_, i) => article(`a-${i}`, new Date(Date.UTC(2026, 1, 26, 7) - i * 60_000).toISOString()));
    const selected = selectNewsArticles({ now: NOW, articles: [...many].reverse().concat(many.slice(0, 5)) });
    expect(selected).toHaveLength(MAX_NEWS_URLS);
    expect(selected[0]?.url).toBe(`${SITE}/a-0/`);
    expect(selected[999]?.url).toBe(`${SITE}/a-999/`);
    expect(new Set(selected.map((a) => a.url)).size).toBe(MAX_NEWS_URLS);
  });

  it("writes the news namespace, publication, W3C date and escaped title", () => {
    const xml = renderNewsSitemap({ publicationName: "Wireroom & Co", language: "en-GB", now: NOW, articles: [article("x", "2026-02-26T10:00:00+05:00", TRICKY_TITLE)] });
    expect(xmllint(xml)).toEqual({ ok: true, stderr: "" });
    const doc = parseXml(xml);
    expect(doc.root.namespace).toBe(SITEMAP_NS);
    expect(attributeValue(doc.root, "news", "http://www.w3.org/2000/xmlns/")).toBe(NEWS_NS);
    const url = childElements(doc.root, SITEMAP_NS, "url")[0];
    const news = url && firstChild(url, NEWS_NS, "news");
    const publication = news && firstChild(news, NEWS_NS, "publication");
    expect(url && textContent(firstChild(url, SITEMAP_NS, "loc") ?? url)).toBe(`${SITE}/x/`);
    expect(publication && textContent(firstChild(publication, NEWS_NS, "name") ?? publication)).toBe("Wireroom & Co");
    expect(publication && textContent(firstChild(publication, NEWS_NS, "language") ?? publication)).toBe("en");
    expect(news && textContent(firstChild(news, NEWS_NS, "publication_date") ?? news)).toBe("2026-02-26T05:00:00Z");
    expect(news && textContent(firstChild(news, NEWS_NS, "title") ?? news)).toBe(TRICKY_TITLE);
  });

  it("is a valid empty urlset when nothing is recent", () => {
    const xml = renderNewsSitemap({ publicationName: "Wireroom", language: "en", now: NOW, articles: [article("old", "2025-01-01T00:00:00Z")] });
    expect(xml).toBe(
      `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n</urlset>\n`,
    );
    expect(xmllint(xml).ok).toBe(true);
  });

  it("maps BCP 47 tags to Google's ISO 639 codes", () => {
    expect(newsLanguage("kk")).toBe("kk");
    expect(newsLanguage("ru-KZ")).toBe("ru");
    expect(newsLanguage("zh-Hant-TW")).toBe("zh-tw");
    expect(newsLanguage("zh-CN")).toBe("zh-cn");
  });

  it("needs an explicit now with an offset", () => {
    expect(() => renderNewsSitemap({ publicationName: "W", language: "en", now: "2026-02-26", articles: [] })).toThrow(RangeError);
  });
});
