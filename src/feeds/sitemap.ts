/**
 * XML sitemaps (sitemaps.org 0.9), the sitemap index, and the Google News
 * sitemap (standards.md 3.4).
 *
 * Limits we enforce rather than trust: 50,000 URLs and 50 MB (uncompressed)
 * per sitemap file, 1,000 news entries, news only from the last two days.
 * `lastmod` is passed through from real content dates, never invented; the
 * one "now" in the news sitemap is an explicit input, so tests and rebuilds are
 * deterministic.
 */

import { requireAbsoluteHttpUrl } from "./absolute-urls.ts";
import { parseIsoDateTime, toRfc3339 } from "./dates.ts";
import { escapeXmlText } from "./xml.ts";

export const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
export const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
export const MAX_SITEMAP_URLS = 50_000;
/** 50 MB as sitemaps.org counts it (52,428,800 bytes). */
export const MAX_SITEMAP_BYTES = 52_428_800;
export const MAX_NEWS_URLS = 1_000;
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export interface SitemapUrl {
  /** Absolute URL (the page's canonical). */
  readonly loc: string;
  /** ISO 8601 with offset: the real last modification of the content. */
  readonly lastmod?: string;
}

const XML_DECL = '<?xml version="1.0" encoding="utf-8"?>';
const URLSET_OPEN = `<urlset xmlns="${SITEMAP_NS}">`;
const URLSET_CLOSE = "</urlset>";
/** Bytes of a urlset document besides its <url> entries (declaration, root tags, newlines). */
const URLSET_OVERHEAD = Buffer.byteLength(`${XML_DECL}\n${URLSET_OPEN}\n${URLSET_CLOSE}\n`);

function urlEntry(url: SitemapUrl): string {
  const loc = escapeXmlText(requireAbsoluteHttpUrl(url.loc, "sitemap loc"));
  return url.lastmod === undefined
    ? `<url><loc>${loc}</loc></url>`
    : `<url><loc>${loc}</loc><lastmod>${toRfc3339(url.lastmod)}</lastmod></url>`;
}

function urlset(entries: readonly string[]): string {
  return [XML_DECL, URLSET_OPEN, ...entries, URLSET_CLOSE, ""].join("\n");
}

/** Renders one `<urlset>`. Throws when it would exceed 50,000 URLs or 50 MB: use `renderSitemaps`. */
export function renderSitemap(urls: readonly SitemapUrl[]): string {
  if (urls.length > MAX_SITEMAP_URLS) {
    throw new RangeError(`a sitemap holds at most ${MAX_SITEMAP_URLS} URLs, got ${urls.length}; use renderSitemaps`);
  }
  const xml = urlset(urls.map(urlEntry));
  if (Buffer.byteLength(xml) > MAX_SITEMAP_BYTES) {
    throw new RangeError(`sitemap exceeds ${MAX_SITEMAP_BYTES} bytes; use renderSitemaps`);
  }
  return xml;
}

/** A sitemap file as listed in a sitemap index. */
export interface SitemapRef {
  readonly loc: string;
  /** ISO 8601 with offset: the newest lastmod of the URLs inside. */
  readonly lastmod?: string;
}

export function renderSitemapIndex(sitemaps: readonly SitemapRef[]): string {
  if (sitemaps.length > MAX_SITEMAP_URLS) {
    throw new RangeError(`a sitemap index lists at most ${MAX_SITEMAP_URLS} sitemaps, got ${sitemaps.length}`);
  }
  const out: string[] = [XML_DECL, `<sitemapindex xmlns="${SITEMAP_NS}">`];
  for (const sitemap of sitemaps) {
    const loc = escapeXmlText(requireAbsoluteHttpUrl(sitemap.loc, "sitemap index loc"));
    out.push(
      sitemap.lastmod === undefined
        ? `<sitemap><loc>${loc}</loc></sitemap>`
        : `<sitemap><loc>${loc}</loc><lastmod>${toRfc3339(sitemap.lastmod)}</lastmod></sitemap>`,
    );
  }
  out.push("</sitemapindex>", "");
  return out.join("\n");
}

interface RenderedChunk {
  readonly urls: SitemapUrl[];
  readonly entries: string[];
}

/** Renders each entry once and groups entries so each file stays within both limits. */
function renderChunks(urls: readonly SitemapUrl[], maxUrls: number, maxBytes: number): RenderedChunk[] {
  const chunks: RenderedChunk[] = [];
  let current: RenderedChunk = { urls: [], entries: [] };
  let bytes = URLSET_OVERHEAD;
  for (const url of urls) {
    const entry = urlEntry(url);
    const size = Buffer.byteLength(entry) + 1;
    if (current.urls.length > 0 && (current.urls.length >= maxUrls || bytes + size > maxBytes)) {
      chunks.push(current);
      current = { urls: [], entries: [] };
      bytes = URLSET_OVERHEAD;
    }
    current.urls.push(url);
    current.entries.push(entry);
    bytes += size;
  }
  if (current.urls.length > 0 || chunks.length === 0) chunks.push(current);
  return chunks;
}

/**
 * Splits `urls` (order kept) into chunks of at most `maxUrls` URLs whose
 * rendered sitemap stays within `maxBytes`. Linear: each entry is measured once.
 */
export function chunkSitemapUrls(
  urls: readonly SitemapUrl[],
  maxUrls: number = MAX_SITEMAP_URLS,
  maxBytes: number = MAX_SITEMAP_BYTES,
): SitemapUrl[][] {
  return renderChunks(urls, maxUrls, maxBytes).map((chunk) => chunk.urls);
}

export interface SitemapFiles {
  /** One entry per sitemap file, in order; `loc` comes from the caller's `locFor(n)` (1-based). */
  readonly files: readonly { readonly loc: string; readonly xml: string }[];
  /** The sitemap index, present only when the URLs needed more than one file. */
  readonly index: string | undefined;
}

/**
 * Renders as many sitemaps as `urls` need, plus an index when there is more
 * than one. Each index entry's lastmod is the newest lastmod inside that file.
 */
export function renderSitemaps(urls: readonly SitemapUrl[], locFor: (n: number) => string): SitemapFiles {
  const chunks = renderChunks(urls, MAX_SITEMAP_URLS, MAX_SITEMAP_BYTES);
  const files = chunks.map((chunk, i) => ({ loc: locFor(i + 1), xml: urlset(chunk.entries) }));
  if (chunks.length === 1) return { files, index: undefined };
  const refs: SitemapRef[] = chunks.map((chunk, i) => {
    let newest: { iso: string; time: number } | undefined;
    for (const url of chunk.urls) {
      if (url.lastmod === undefined) continue;
      const time = parseIsoDateTime(url.lastmod).getTime();
      if (newest === undefined || time > newest.time) newest = { iso: url.lastmod, time };
    }
    const loc = files[i]?.loc ?? locFor(i + 1);
    return newest === undefined ? { loc } : { loc, lastmod: newest.iso };
  });
  return { files, index: renderSitemapIndex(refs) };
}

export interface NewsArticle {
  readonly url: string;
  /** Plain text. */
  readonly title: string;
  /** ISO 8601 with offset. */
  readonly published: string;
}

export interface NewsSitemapInput {
  readonly publicationName: string;
  /** BCP 47 tag of the site ("en", "kk", "ru", "zh-TW"); written as Google's ISO 639 code. */
  readonly language: string;
  /** ISO 8601 with offset: the build's explicit "now" (`--now` / SITE_NOW), not the clock. */
  readonly now: string;
  readonly articles: readonly NewsArticle[];
}

/**
 * Google wants an ISO 639 code (2 or 3 letters), with zh-cn and zh-tw as the
 * only region-qualified exceptions.
 */
export function newsLanguage(tag: string): string {
  const lower = tag.trim().toLowerCase().replace(/_/g, "-");
  if (lower === "zh-cn" || lower === "zh-hans" || lower.startsWith("zh-hans-")) return "zh-cn";
  if (lower === "zh-tw" || lower === "zh-hant" || lower.startsWith("zh-hant-")) return "zh-tw";
  return lower.split("-")[0] ?? lower;
}

export interface SelectedNewsArticle {
  readonly url: string;
  readonly title: string;
  readonly published: Date;
}

/**
 * The articles that belong in the news sitemap: published in the two days up
 * to `now` (both ends inclusive; never after `now`), newest first (ties by
 * URL, for determinism), one entry per URL, at most 1,000.
 */
export function selectNewsArticles(input: Pick<NewsSitemapInput, "now" | "articles">): SelectedNewsArticle[] {
  const now = parseIsoDateTime(input.now).getTime();
  const oldest = now - NEWS_WINDOW_MS;
  const inWindow: SelectedNewsArticle[] = [];
  for (const article of input.articles) {
    const published = parseIsoDateTime(article.published);
    const time = published.getTime();
    if (time < oldest || time > now) continue;
    inWindow.push({ url: requireAbsoluteHttpUrl(article.url, "news sitemap url"), title: article.title, published });
  }
  inWindow.sort((a, b) => b.published.getTime() - a.published.getTime() || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const seen = new Set<string>();
  const out: SelectedNewsArticle[] = [];
  for (const article of inWindow) {
    if (seen.has(article.url)) continue;
    seen.add(article.url);
    out.push(article);
    if (out.length === MAX_NEWS_URLS) break;
  }
  return out;
}

/** Renders the Google News sitemap. With no recent articles it is an empty, valid `<urlset>`. */
export function renderNewsSitemap(input: NewsSitemapInput): string {
  const name = escapeXmlText(input.publicationName);
  const language = escapeXmlText(newsLanguage(input.language));
  const out: string[] = [XML_DECL, `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`];
  for (const article of selectNewsArticles(input)) {
    out.push(
      "<url>",
      `<loc>${escapeXmlText(article.url)}</loc>`,
      "<news:news>",
      `<news:publication><news:name>${name}</news:name><news:language>${language}</news:language></news:publication>`,
      `<news:publication_date>${toRfc3339(article.published)}</news:publication_date>`,
      `<news:title>${escapeXmlText(article.title)}</news:title>`,
      "</news:news>",
      "</url>",
    );
  }
  out.push(URLSET_CLOSE, "");
  return out.join("\n");
}
