import { html } from "../../src/html/html.ts";
import type { MonthArchive } from "../../src/model/site-model.ts";
import { monthName } from "../../src/seo/dates.ts";
import { monthArchiveHead } from "../../src/seo/heads.ts";
import { linkTo } from "../../src/site.ts";
import { baseLayout } from "../layouts/base.11ty.ts";
import { articleList } from "../partials/article-list.11ty.ts";
import { articleStamp } from "../../src/render/fingerprints.ts";
import { pageKind } from "../../src/render/page-kind.ts";
import { holdsAny } from "../../src/render/shown-in.ts";
import { publishedYearMonth } from "../../src/articles/load-articles.ts";

const monthKey = ({ year, month }: { readonly year: number; readonly month: number }): number => year * 12 + month;

/** /news/YYYY/MM/: every article of a month, newest first. */
export default pageKind<MonthArchive>(
  "month-archive",
  (build) => build.model.monthArchives,
  (view) => view.url,
  (view, build) => {
    const { settings } = build.model;
    const label = `${monthName(view.month)} ${view.year}`;
    const body = html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol role="list"><li><a href="${linkTo(settings, "/news/")}">Archive</a></li><li><a href="${linkTo(settings, view.yearUrl)}">${view.year}</a></li><li aria-current="page">${monthName(view.month)}</li></ol></nav>
<h1 class="page-title">News of ${label}</h1>
${articleList(settings, view.articles)}`;
    return baseLayout({ settings, head: monthArchiveHead(settings, view), stylesheetPath: build.stylesheetPath, section: "none" }, body);
  },
  (view) => [view.url, view.year, view.month, view.yearUrl, view.articles.map(articleStamp)],
  {
    articlesShown: (view) => view.articles,
    // The month an article is filed under (archives.ts); a few hundred months at most to look through.
    viewsShowing: (articles, build) => {
      const months = new Set([...articles].map((article) => monthKey(publishedYearMonth(article))));
      return build.model.monthArchives.filter((view) => months.has(monthKey(view)) && holdsAny(view.articles, articles));
    },
  },
);
