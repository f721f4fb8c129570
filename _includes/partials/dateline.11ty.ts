import type { Article } from "../../src/articles/article.ts";
import { html, type SafeHtml } from "../../src/html/html.ts";
import { publishedDateText } from "../../src/seo/article-dates.ts";

/** An article's publication date as readers and machines both read it. */
export function dateline(article: Article): SafeHtml {
  const { machine, display } = publishedDateText(article);
  return html`<time datetime="${machine}">${display}</time>`;
}
