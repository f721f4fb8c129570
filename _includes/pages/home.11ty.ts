import { html } from "../../src/html/html.ts";
import type { ListPage } from "../../src/model/site-model.ts";
import { homeHead } from "../../src/seo/heads.ts";
import { baseLayout } from "../layouts/base.11ty.ts";
import { articleList } from "../partials/article-list.11ty.ts";
import { paginationNav } from "../partials/pagination.11ty.ts";
import { articleStamp, paginationStamp } from "../../src/render/fingerprints.ts";
import { pageKind } from "../../src/render/page-kind.ts";

/** The "list" page kind: the latest news, newest first, a page at a time. */
export default pageKind<ListPage>(
  "home",
  (build) => build.model.homePages,
  (view) => (view.url === "/" ? "/index.html" : view.url),
  (view, build) => {
    const { settings } = build.model;
    const { pageNumber, totalPages } = view.pagination;
    const body = html`<h1 class="page-title">${pageNumber === 1 ? "Latest news" : html`Latest news <span class="page-number">page ${pageNumber} of ${totalPages}</span>`}</h1>
${articleList(settings, view.articles, 2, pageNumber === 1)}
${paginationNav(settings, view.pagination)}`;
    return baseLayout({ settings, head: homeHead(settings, view), stylesheetPath: build.stylesheetPath, section: "news" }, body);
  },
  (view) => [view.url, paginationStamp(view.pagination), view.articles.map(articleStamp)],
);
