import { html } from "../../src/html/html.ts";
import { frontLayout, kickerOf } from "../../src/model/front-page.ts";
import type { InTheNews, ListPage } from "../../src/model/site-model.ts";
import { displayDate } from "../../src/seo/dates.ts";
import { homeHead } from "../../src/seo/heads.ts";
import { linkTo, type SiteSettings } from "../../src/site.ts";
import { baseLayout } from "../layouts/base.11ty.ts";
import { articleList, teaser } from "../partials/article-list.11ty.ts";
import { paginationNav } from "../partials/pagination.11ty.ts";
import { articleStamp, inTheNewsStamp, paginationStamp } from "../../src/render/fingerprints.ts";
import { pageKind } from "../../src/render/page-kind.ts";
import { viewsAtPlaces } from "../../src/render/shown-in.ts";

/**
 * The "list" page kind: the latest news, newest first, a page at a time. Every page has the
 * same grid (a lead story, a row of secondary stories, the river) and the "In the news" strip.
 */
export default pageKind<ListPage>(
  "home",
  (build) => build.model.homePages,
  (view) => (view.url === "/" ? "/index.html" : view.url),
  (view, build) => {
    const { settings } = build.model;
    const { pageNumber, totalPages } = view.pagination;
    const { lead, secondary, river } = frontLayout(view.articles);
    const body = html`<h1 class="page-title">${pageNumber === 1 ? "Latest news" : html`Latest news <span class="page-number">page ${pageNumber} of ${totalPages}</span>`}</h1>
${lead ? html`<div class="front">
<div class="front-lead">
${teaser(settings, lead, { kicker: kickerOf(lead), className: "lead-story" })}
</div>
${secondary.length ? html`<ol class="front-secondary" role="list" aria-label="Top stories">
${secondary.map((article) => html`<li class="teaser">${teaser(settings, article, { kicker: kickerOf(article) })}</li>\n`)}</ol>
` : ""}${view.inTheNews ? inTheNewsStrip(settings, view.inTheNews) : ""}${river.length ? html`<section class="river" aria-labelledby="river-heading">
<h2 id="river-heading" class="section-heading">More news</h2>
${articleList(settings, river, 3, kickerOf)}
</section>
` : ""}</div>` : html`<p class="empty">No articles yet.</p>`}
${paginationNav(settings, view.pagination)}`;
    return baseLayout({ settings, head: homeHead(settings, view), stylesheetPath: build.stylesheetPath, section: "news" }, body);
  },
  (view) => [view.url, paginationStamp(view.pagination), view.articles.map(articleStamp), inTheNewsStamp(view.inTheNews)],
  {
    // Its page of the list and the strip follow from the site's structure (unchanged-outputs.ts).
    articlesShown: (view) => view.articles,
    // The site's articles cut into pages of pageSize (build-site-model.ts).
    viewsShowing: (articles, build) => viewsAtPlaces(build.model, articles, build.model.homePages, build.model.settings.pageSize, (view, article) => view.articles.includes(article)),
  },
);

/** Who is in the news: a link to each one's page, with the number of the week's articles that name them. */
function inTheNewsStrip(settings: SiteSettings, strip: InTheNews) {
  const week = `${displayDate(strip.from)} to ${displayDate(strip.to)}`;
  return html`<section class="in-the-news" aria-labelledby="in-the-news-heading">
<h2 id="in-the-news-heading" class="section-heading">In the news</h2>
<p class="in-the-news-window">Most named from ${week}</p>
<ul class="chips" role="list">
${strip.entities.map(({ entity, count }) => html`<li><a class="chip chip-${entity.type}" href="${linkTo(settings, entity.url)}">${entity.name} <span class="count"><span class="visually-hidden">in </span>${count}<span class="visually-hidden"> ${count === 1 ? "article" : "articles"}</span></span></a></li>\n`)}</ul>
</section>
`;
}
