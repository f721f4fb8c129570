import { html } from "../../src/html/html.ts";
import type { YearArchive } from "../../src/model/site-model.ts";
import { monthName } from "../../src/seo/dates.ts";
import { yearArchiveHead } from "../../src/seo/heads.ts";
import { linkTo } from "../../src/site.ts";
import { baseLayout } from "../layouts/base.11ty.ts";
import { pageKind } from "../../src/render/page-kind.ts";

/** /news/YYYY/: the months of a year, with how much was published in each. */
export default pageKind<YearArchive>(
  "year-archive",
  (build) => build.model.yearArchives,
  (view) => view.url,
  (view, build) => {
    const { settings } = build.model;
    const body = html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol role="list"><li><a href="${linkTo(settings, "/news/")}">Archive</a></li><li aria-current="page">${view.year}</li></ol></nav>
<h1 class="page-title">News of ${view.year}</h1>
<ul class="archive-list" role="list">
${view.months.map((m) => html`<li><a href="${linkTo(settings, m.url)}">${monthName(m.month)} ${view.year}</a> <span class="count">${m.count} ${m.count === 1 ? "article" : "articles"}</span></li>\n`)}</ul>`;
    return baseLayout({ settings, head: yearArchiveHead(settings, view), stylesheetPath: build.stylesheetPath, section: "none" }, body);
  },
  (view) => [view.url, view.year, view.count, view.months.map((m) => [m.month, m.url, m.count])],
);
