import { publishedMillis } from "../articles/load-articles.ts";
import { hash } from "node:crypto";
import { MAX_SITEMAP_BYTES, MAX_SITEMAP_URLS, NEWS_WINDOW_MS, renderSitemap, renderSitemaps, type SitemapUrl } from "../feeds/sitemap.ts";
import { absoluteUrl } from "../site.ts";
import type { SiteModel } from "./site-model.ts";
import { modifiedOf } from "./stored-articles.ts";

/**
 * Every indexable page with the real date its content last changed: an article's own
 * modified date, a list's newest article. Never the build time (crawlers learn to distrust
 * a sitemap whose dates all move together).
 */
export function sitemapEntries(model: SiteModel): SitemapUrl[] {
  const { settings } = model;
  const entry = (path: string, lastmod?: string): SitemapUrl => {
    // The date set in place rather than spread in: a literal with a spread takes the slow path of
    // copying objects, for each of 18,000 URLs at 10,000 articles on every build.
    const url: { loc: string; lastmod?: string } = { loc: absoluteUrl(settings, path) };
    if (lastmod) url.lastmod = lastmod;
    return url;
  };
  // Dates by article, worked out once: most articles are on several lists.
  const modified = new Map<SiteModel["articles"][number], { iso: string; millis: number }>();
  for (const article of model.articles) modified.set(article, modifiedOf(article));
  const newest = <T>(items: readonly T[], articleOf: (item: T) => SiteModel["articles"][number]): string | undefined => {
    let best: { iso: string; millis: number } | undefined;
    for (const item of items) {
      const a = articleOf(item);
      const date = modified.get(a) ?? modifiedOf(a);
      if (!best || date.millis > best.millis) best = date;
    }
    return best?.iso;
  };
  const itself = (article: SiteModel["articles"][number]): SiteModel["articles"][number] => article;
  const urls: SitemapUrl[] = [];
  for (const page of model.homePages) urls.push(entry(page.url, newest(page.articles, itself)));
  for (const article of model.articles) urls.push(entry(article.url, modified.get(article)!.iso));
  urls.push(entry("/news/", newest(model.articles, itself)));
  for (const month of model.monthArchives) urls.push(entry(month.url, newest(month.articles, itself)));
  for (const year of model.yearArchives) {
    const months = model.monthArchives.filter((m) => m.year === year.year).flatMap((m) => m.articles);
    urls.push(entry(year.url, newest(months, itself)));
  }
  for (const index of model.entityIndexes) urls.push(entry(index.url, newest(index.groups.flatMap((g) => g.entities).flatMap((e) => (model.entityArticles.get(e.id) ?? []).slice(0, 1).map((x) => x.article)), itself)));
  // Each entity page's items looked at in place: listing their articles first made 5,000 arrays.
  for (const page of model.entityPages) urls.push(entry(page.url, newest(page.items, (item) => item.article)));
  return urls;
}

export interface SitemapDocument {
  /** Site path of the file. */
  readonly path: string;
  /**
   * A digest of everything the file is made of (its URLs with their dates, or its text): the
   * sitemap page's fingerprint, known before its XML is written.
   */
  readonly stamp: string;
  readonly xml: string;
}

/** /sitemap.xml alone, or an index there with /sitemaps/N.xml once the site passes 50,000 URLs. */
export function sitemapDocuments(model: SiteModel): SitemapDocument[] {
  const urls = sitemapEntries(model);
  if (fitsOneSitemap(urls)) {
    // Written only when the page is due: most edits change no date in it, and writing the XML of
    // 18,000 URLs (each checked as a URL, each date parsed again) was most of a one-edit build's
    // preparation. The same bytes as renderSitemaps, which writes a single file the same way.
    let xml: string | undefined;
    return [{ path: "/sitemap.xml", stamp: digestOf(urls), get xml() { return (xml ??= renderSitemap(urls)); } }];
  }
  const { files, index } = renderSitemaps(urls, (n) => absoluteUrl(model.settings, `/sitemaps/${n}.xml`));
  const document = (path: string, xml: string): SitemapDocument => ({ path, stamp: hash("sha256", xml, "base64url"), xml });
  if (!index) return [document("/sitemap.xml", files[0]!.xml)];
  return [document("/sitemap.xml", index), ...files.map((file, i) => document(`/sitemaps/${i + 1}.xml`, file.xml))];
}

/**
 * Whether the URLs surely fit one sitemap file, without writing it: at most 50,000 of them, and
 * at most 50 MB even if every character of every URL were escaped to six bytes (`&quot;`); an
 * entry's tags and date take less than 100 more. Sites beyond either are split by renderSitemaps.
 */
function fitsOneSitemap(urls: readonly SitemapUrl[]): boolean {
  if (urls.length > MAX_SITEMAP_URLS) return false;
  let bytes = 1000;
  for (const url of urls) bytes += 6 * url.loc.length + 100;
  return bytes <= MAX_SITEMAP_BYTES;
}

/** The URLs and dates a sitemap file lists, in order: the XML follows from them (and the code, which every fingerprint has). */
function digestOf(urls: readonly SitemapUrl[]): string {
  // Each URL quoted as JSON (so that no URL can run into the next), then its date (ISO, one line).
  let text = "";
  for (const url of urls) text += `${JSON.stringify(url.loc)} ${url.lastmod ?? "-"}\n`;
  return hash("sha256", text, "base64url");
}

/**
 * The articles the news sitemap may list: published in its window before `now` (articles are
 * newest first, so the search stops at the first older one). The sitemap applies the rules
 * itself; this only spares making a date for each of 10,000 articles it would not list, on a
 * page that is written on every build.
 */
export function newsSitemapCandidates(model: SiteModel, now: string): SiteModel["articles"] {
  const oldest = Date.parse(now) - NEWS_WINDOW_MS;
  const recent: SiteModel["articles"][number][] = [];
  for (const article of model.articles) {
    if (publishedMillis(article) < oldest) break;
    recent.push(article);
  }
  return recent;
}
