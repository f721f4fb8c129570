import { html, raw, type SafeHtml } from "../../src/html/html.ts";
import { jsonForScript } from "../../src/html/escape.ts";
import type { PageHead } from "../../src/seo/page-head.ts";
import { absoluteUrl, linkTo, type SiteSettings } from "../../src/site.ts";

export type Section = "news" | "people" | "organisations" | "none";

export interface LayoutContext {
  readonly settings: SiteSettings;
  readonly head: PageHead;
  /** Site path of the stylesheet (fingerprinted). */
  readonly stylesheetPath: string;
  readonly section: Section;
}

/** No script runs on the site; styles and images come from the site itself. */
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** The one document shell of every HTML page: head metadata, masthead, main, footer. */
export function baseLayout({ settings, head, stylesheetPath, section }: LayoutContext, body: SafeHtml): string {
  const link = (path: string): string => linkTo(settings, path);
  // "page" only where the link is this very page; a page inside a section gets "true".
  const current = (name: Section): SafeHtml | false =>
    section === name && raw(head.canonicalUrl === absoluteUrl(settings, name === "news" ? "/" : `/${name}/`) ? ` aria-current="page"` : ` aria-current="true"`);
  return html`<!doctype html>
<html lang="${settings.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<title>${head.title}</title>
<meta name="description" content="${head.description}">
<link rel="canonical" href="${head.canonicalUrl}">
${head.prevUrl ? html`<link rel="prev" href="${head.prevUrl}">\n` : ""}${head.nextUrl ? html`<link rel="next" href="${head.nextUrl}">\n` : ""}${head.noindex ? html`<meta name="robots" content="noindex">\n` : ""}<link rel="stylesheet" href="${link(stylesheetPath)}">
<link rel="icon" href="${link("/favicon.svg")}" type="image/svg+xml">
${head.feeds.map((feed) => html`<link rel="alternate" type="${feed.type}" title="${feed.title}" href="${feed.url}">\n`)}<meta property="og:site_name" content="${settings.title}">
<meta property="og:locale" content="${settings.locale}">
<meta property="og:type" content="${head.ogType}">
<meta property="og:title" content="${head.shareTitle}">
<meta property="og:description" content="${head.description}">
<meta property="og:url" content="${head.canonicalUrl}">
${head.article ? html`<meta property="article:published_time" content="${head.article.publishedTime}">
<meta property="article:modified_time" content="${head.article.modifiedTime}">
${head.article.tags.map((tag) => html`<meta property="article:tag" content="${tag}">\n`)}` : ""}<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${head.shareTitle}">
<meta name="twitter:description" content="${head.description}">
${head.jsonLd.map((data) => html`<script type="application/ld+json">${raw(jsonForScript(data))}</script>\n`)}</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="masthead">
<div class="wrap masthead-inner">
<a class="site-name" href="${link("/")}">${settings.title}</a>
<nav aria-label="Sections">
<ul class="sections">
<li><a href="${link("/")}"${current("news")}>Latest</a></li>
<li><a href="${link("/people/")}"${current("people")}>People</a></li>
<li><a href="${link("/organisations/")}"${current("organisations")}>Organisations</a></li>
</ul>
</nav>
</div>
</header>
<main id="main" class="wrap" tabindex="-1">
${body}
</main>
<footer class="site-footer">
<div class="wrap">
<p>${settings.title}: ${settings.description}</p>
<p><a href="${link("/feed.xml")}">RSS feed</a> · <a href="${link("/feed.atom")}">Atom feed</a> · <a href="${link("/feed.json")}">JSON Feed</a> · <a href="${link("/feeds.opml")}">All feeds (OPML)</a> · <a href="${link("/news/")}">Archive</a></p>
</div>
</footer>
</body>
</html>
`.value;
}
