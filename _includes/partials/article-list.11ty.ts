import type { Article } from "../../src/articles/article.ts";
import { html, type SafeHtml } from "../../src/html/html.ts";
import { linkTo, type SiteSettings } from "../../src/site.ts";
import { dateline } from "./dateline.11ty.ts";
import { summaryAddsWords } from "../../src/articles/summary.ts";

/** How a teaser stands: its heading level, an optional kicker over the headline, and extra classes. */
export interface TeaserOptions {
  readonly headingLevel?: 2 | 3;
  readonly kicker?: string | undefined;
  readonly className?: string;
}

/** One article's card: kicker, headline link, date, summary. */
export function teaser(settings: SiteSettings, article: Article, { headingLevel = 2, kicker, className = "" }: TeaserOptions = {}): SafeHtml {
  return html`<article class="card${className ? ` ${className}` : ""}">
${kicker ? html`<p class="kicker">${kicker}</p>\n` : ""}${headingLevel === 2 ? html`<h2 class="teaser-title">` : html`<h3 class="teaser-title">`}<a href="${linkTo(settings, article.url)}">${article.headline}</a>${headingLevel === 2 ? html`</h2>` : html`</h3>`}
<p class="meta">${dateline(article)}</p>
${summaryAddsWords(article.headline, article.summary) ? html`<p class="summary">${article.summary}</p>\n` : ""}</article>`;
}

/** A stream of article teasers, newest first. `kickerOf` labels each card (the front page's river). */
export function articleList(settings: SiteSettings, articles: readonly Article[], headingLevel: 2 | 3 = 2, kickerOf?: (article: Article) => string | undefined): SafeHtml {
  if (articles.length === 0) return html`<p class="empty">No articles yet.</p>`;
  return html`<ol class="article-list" role="list">
${articles.map((article) => html`<li class="teaser">
${teaser(settings, article, { headingLevel, kicker: kickerOf?.(article) })}
</li>
`)}</ol>`;
}
