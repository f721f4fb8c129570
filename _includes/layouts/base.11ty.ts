import { html, raw, type SafeHtml } from "../../src/html/html.ts";
import { jsonForScript } from "../../src/html/escape.ts";
import type { PageHead } from "../../src/seo/page-head.ts";
import { absoluteUrl, linkTo, type SiteSettings } from "../../src/site.ts";

export type Section = "news" | "people" | "organisations" | "search" | "none";

/** The picture social cards show: an absolute URL, its size and what it shows. */
export interface ShareImage {
  readonly url: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
  readonly type: string;
}

/** What a page's <head> says beyond the SEO head: its security policy and its share image. */
export interface LayoutHead extends PageHead {
  /** This page's Content-Security-Policy; the strict site-wide one when not given. */
  readonly contentSecurityPolicy?: string;
  readonly image?: ShareImage;
}

export interface LayoutContext {
  readonly settings: SiteSettings;
  readonly head: LayoutHead;
  /** Site path of the stylesheet (fingerprinted). */
  readonly stylesheetPath: string;
  readonly section: Section;
  /** An article page: Pagefind indexes it and takes its title and date from the head. */
  readonly searchable?: boolean;
  /** More stylesheets and (deferred, same-origin) scripts, by site path: the search page's. */
  readonly styles?: readonly string[];
  readonly scripts?: readonly string[];
}

/**
 * The site's policy: no script runs on content pages (only JSON-LD data blocks, which are not
 * scripts), styles and images come from the site itself. A page that runs a script of ours
 * adds exactly the sources it needs (the search page: WebAssembly for Pagefind).
 */
export function contentSecurityPolicy(extraScriptSources: readonly string[] = []): string {
  return `default-src 'self'; script-src ${["'self'", ...extraScriptSources].join(" ")}; style-src 'self'; img-src 'self' data: https:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'`;
}

export const strictContentSecurityPolicy = contentSecurityPolicy();

/** The one document shell of every HTML page: head metadata, masthead, main, footer. */
export function baseLayout({ settings, head, stylesheetPath, section, searchable = false, styles = [], scripts = [] }: LayoutContext, body: SafeHtml): string {
  const link = (path: string): string => linkTo(settings, path);
  // "page" only where the link is this very page; a page inside a section gets "true".
  const current = (name: Section): SafeHtml | false =>
    section === name && raw(head.canonicalUrl === absoluteUrl(settings, name === "news" ? "/" : `/${name}/`) ? ` aria-current="page"` : ` aria-current="true"`);
  // Pagefind reads an article's title and date from these (the visible <h1> and <time> stay plain).
  const pagefindTitle = searchable ? raw(` data-pagefind-meta="title[content]"`) : "";
  const pagefindDate = searchable ? raw(` data-pagefind-meta="date[content]" data-pagefind-sort="date[content]"`) : "";
  const image = head.image;
  return html`<!doctype html>
<html lang="${settings.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${head.contentSecurityPolicy ?? strictContentSecurityPolicy}">
<title>${head.title}</title>
<meta name="description" content="${head.description}">
<link rel="canonical" href="${head.canonicalUrl}">
${head.prevUrl ? html`<link rel="prev" href="${head.prevUrl}">\n` : ""}${head.nextUrl ? html`<link rel="next" href="${head.nextUrl}">\n` : ""}${head.noindex ? html`<meta name="robots" content="noindex">\n` : ""}<link rel="stylesheet" href="${link(stylesheetPath)}">
${styles.map((path) => html`<link rel="stylesheet" href="${link(path)}">\n`)}${scripts.map((path) => html`<script src="${link(path)}" defer></script>\n`)}<link rel="icon" href="${link("/favicon.svg")}" type="image/svg+xml">
${head.feeds.map((feed) => html`<link rel="alternate" type="${feed.type}" title="${feed.title}" href="${feed.url}">\n`)}<meta property="og:site_name" content="${settings.title}">
<meta property="og:locale" content="${settings.locale}">
<meta property="og:type" content="${head.ogType}">
<meta property="og:title" content="${head.shareTitle}"${pagefindTitle}>
<meta property="og:description" content="${head.description}">
<meta property="og:url" content="${head.canonicalUrl}">
${image ? html`<meta property="og:image" content="${image.url}">
<meta property="og:image:type" content="${image.type}">
<meta property="og:image:width" content="${image.width}">
<meta property="og:image:height" content="${image.height}">
<meta property="og:image:alt" content="${image.alt}">
` : ""}${head.article ? html`<meta property="article:published_time" content="${head.article.publishedTime}"${pagefindDate}>
<meta property="article:modified_time" content="${head.article.modifiedTime}">
${head.article.tags.map((tag) => html`<meta property="article:tag" content="${tag}">\n`)}` : ""}<meta name="twitter:card" content="${image ? "summary_large_image" : "summary"}">
<meta name="twitter:title" content="${head.shareTitle}">
<meta name="twitter:description" content="${head.description}">
${head.jsonLd.map((data) => html`<script type="application/ld+json">${raw(jsonForScript(data))}</script>\n`)}</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="masthead">
<div class="wrap masthead-inner">
<a class="site-name" href="${link("/")}">${settings.title}</a>
<nav class="sections-nav" aria-label="Sections">
<ul class="sections">
<li><a href="${link("/")}"${current("news")}>Latest</a></li>
<li><a href="${link("/people/")}"${current("people")}>People</a></li>
<li><a href="${link("/organisations/")}"${current("organisations")}>Organisations</a></li>
<li><a href="${link("/search/")}"${current("search")}>Search</a></li>
</ul>
</nav>
</div>
</header>
<main id="main" class="wrap" tabindex="-1">
${body}
</main>
<footer class="site-footer">
<div class="wrap footer-inner">
<p class="footer-about"><a class="footer-name" href="${link("/")}">${settings.title}</a> ${settings.description}</p>
<nav class="footer-nav" aria-label="Feeds and archive">
<ul class="footer-links" role="list">
<li><a href="${link("/feeds/")}">Feeds: follow the news in a feed reader</a></li>
<li><a href="${link("/news/")}">Archive</a></li>
</ul>
</nav>
</div>
</footer>
</body>
</html>
`.value;
}
