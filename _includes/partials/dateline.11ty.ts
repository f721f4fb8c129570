import type { Article } from "../../src/articles/article.ts";
import { html, type SafeHtml } from "../../src/html/html.ts";
import { publishedDisplayDate, publishedMachineDate } from "../../src/seo/article-dates.ts";

/** An article's publication date as readers and machines both read it. */
export function dateline(article: Article): SafeHtml {
  return html`<time datetime="${publishedMachineDate(article)}">${publishedDisplayDate(article)}</time>`;
}
