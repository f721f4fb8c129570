import type { Article } from "../../src/articles/article.ts";
import { html, type SafeHtml } from "../../src/html/html.ts";
import { linkTo, type SiteSettings } from "../../src/site.ts";
import { dateline } from "./dateline.11ty.ts";
import { summaryAddsWords } from "../../src/articles/summary.ts";

/** A stream of article teasers: headline link, date, summary. On the front page the first one leads. */
export function articleList(settings: SiteSettings, articles: readonly Article[], headingLevel: 2 | 3 = 2, front = false): SafeHtml {
  if (articles.length === 0) return html`<p class="empty">No articles yet.</p>`;
  return html`<ol class="article-list${front ? " front" : ""}" role="list">
${articles.map((article) => html`<li class="teaser">
<article>
${headingLevel === 2 ? html`<h2 class="teaser-title">` : html`<h3 class="teaser-title">`}<a href="${linkTo(settings, article.url)}">${article.headline}</a>${headingLevel === 2 ? html`</h2>` : html`</h3>`}
<p class="meta">${dateline(article.published)}</p>
${summaryAddsWords(article.headline, article.summary) ? html`<p class="summary">${article.summary}</p>\n` : ""}</article>
</li>
`)}</ol>`;
}
