import { html } from "../../src/html/html.ts";
import { listHead } from "../../src/seo/heads.ts";
import { linkTo } from "../../src/site.ts";
import { baseLayout } from "../layouts/base.11ty.ts";
import { singlePage } from "../../src/render/page-kind.ts";

/** /news/: the top of the archive, one link per year. */
export default singlePage("news-archive", "/news/", (build) => {
  const { settings, yearArchives } = build.model;
  const body = html`<h1 class="page-title">Archive</h1>
${yearArchives.length === 0 ? html`<p class="empty">No articles yet.</p>` : html`<ul class="archive-list" role="list">
${yearArchives.map((y) => html`<li><a href="${linkTo(settings, y.url)}">${y.year}</a> <span class="count">${y.count} ${y.count === 1 ? "article" : "articles"}</span></li>\n`)}</ul>`}`;
  const head = listHead(settings, "/news/", "Archive", `Every article of ${settings.title}, by year and month.`);
  return baseLayout({ settings, head, stylesheetPath: build.stylesheetPath, section: "none" }, body);
}, (build) => build.model.yearArchives.map((y) => [y.url, y.year, y.count]), () => []);
