import { html } from "../../src/html/html.ts";
import type { YearArchive } from "../../src/model/site-model.ts";
import { monthName } from "../../src/seo/dates.ts";
import { yearArchiveHead } from "../../src/seo/heads.ts";
import { linkTo } from "../../src/site.ts";
import { baseLayout } from "../layouts/base.11ty.ts";
import { dateline } from "../partials/dateline.11ty.ts";
import { articleStamp } from "../../src/render/fingerprints.ts";
import { pageKind } from "../../src/render/page-kind.ts";
import { holdsAny } from "../../src/render/shown-in.ts";
import { publishedYearMonth } from "../../src/articles/load-articles.ts";

/** /news/YYYY/: the year's articles by month, newest first: headlines and dates, each month linked to its page. */
export default pageKind<YearArchive>(
  "year-archive",
  (build) => build.model.yearArchives,
  (view) => view.url,
  (view, build) => {
    const { settings } = build.model;
    const count = (n: number): string => `${n} ${n === 1 ? "article" : "articles"}`;
    const body = html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol role="list"><li><a href="${linkTo(settings, "/news/")}">Archive</a></li><li aria-current="page">${view.year}</li></ol></nav>
<h1 class="page-title">News of ${view.year}</h1>
<p class="archive-summary">${count(view.count)} in ${view.months.length} ${view.months.length === 1 ? "month" : "months"}.</p>
${view.months.map((m) => {
  const label = `${monthName(m.month)} ${view.year}`;
  const id = `month-${String(m.month).padStart(2, "0")}`;
  return html`<section class="archive-month" aria-labelledby="${id}">
<h2 id="${id}" class="archive-month-title"><a href="${linkTo(settings, m.url)}">${label}</a> <span class="count">${count(m.count)}</span></h2>
<ul class="headline-list" role="list">
${m.articles.map((article) => html`<li><a href="${linkTo(settings, article.url)}">${article.headline}</a> <span class="meta">${dateline(article)}</span></li>\n`)}</ul>
${m.count > m.articles.length ? html`<p class="more-link"><a href="${linkTo(settings, m.url)}">All ${count(m.count)} of ${label}</a></p>\n` : ""}</section>
`;
})}`;
    return baseLayout({ settings, head: yearArchiveHead(settings, view), stylesheetPath: build.stylesheetPath, section: "none" }, body);
  },
  (view) => [view.url, view.year, view.count, view.months.map((m) => [m.month, m.url, m.count, m.articles.map(articleStamp)])],
  {
    // Its months and their counts follow from the articles' publication times (the site's structure).
    articlesShown: (view) => view.months.flatMap((m) => m.articles),
    // The year an article is filed under, if it is among the newest of its month.
    viewsShowing: (articles, build) => {
      const years = new Set([...articles].map((article) => publishedYearMonth(article).year));
      return build.model.yearArchives.filter((view) => years.has(view.year) && view.months.some((m) => holdsAny(m.articles, articles)));
    },
  },
);
