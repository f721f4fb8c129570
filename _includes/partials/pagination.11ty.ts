import { html, type SafeHtml } from "../../src/html/html.ts";
import type { Pagination } from "../../src/model/site-model.ts";
import { linkTo, type SiteSettings } from "../../src/site.ts";

/** Numbered pages around the current one; first and last always shown, gaps as an ellipsis. */
function visiblePages(current: number, total: number): (number | "gap")[] {
  const pages: (number | "gap")[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= 2) pages.push(n);
    else if (pages.at(-1) !== "gap") pages.push("gap");
  }
  return pages;
}

/** An accessible pagination nav: labelled landmark, "Page N" link text, aria-current. */
export function paginationNav(settings: SiteSettings, pagination: Pagination): SafeHtml {
  const { pageNumber, totalPages, pageUrls } = pagination;
  if (totalPages <= 1) return html``;
  const href = (n: number): string => linkTo(settings, pageUrls[n - 1]!);
  return html`<nav class="pagination" aria-label="Pagination">
<ul role="list">
${pageNumber > 1 ? html`<li><a href="${href(pageNumber - 1)}" rel="prev">Newer<span class="visually-hidden"> articles, page ${pageNumber - 1}</span></a></li>\n` : ""}${visiblePages(pageNumber, totalPages).map((n) =>
    n === "gap"
      ? html`<li aria-hidden="true">…</li>\n`
      : n === pageNumber
        ? html`<li><a href="${href(n)}" aria-current="page"><span class="visually-hidden">Page </span>${n}</a></li>\n`
        : html`<li><a href="${href(n)}"><span class="visually-hidden">Page </span>${n}</a></li>\n`,
  )}${pageNumber < totalPages ? html`<li><a href="${href(pageNumber + 1)}" rel="next">Older<span class="visually-hidden"> articles, page ${pageNumber + 1}</span></a></li>\n` : ""}</ul>
</nav>`;
}
