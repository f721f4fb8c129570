import { html } from "../../src/html/html.ts";
import { notFoundHead } from "../../src/seo/heads.ts";
import { linkTo } from "../../src/site.ts";
import { baseLayout } from "../layouts/base.11ty.ts";
import { singlePage } from "../../src/render/page-kind.ts";

/** 404.html: static hosts serve it for any path they do not have. */
export default singlePage("not-found", "/404.html", (build) => {
  const { settings } = build.model;
  const body = html`<h1 class="page-title">Page not found</h1>
<p>The page you asked for is not here. It may have moved, or the address may be mistyped.</p>
<ul>
<li><a href="${linkTo(settings, "/")}">Latest news</a></li>
<li><a href="${linkTo(settings, "/people/")}">People</a> and <a href="${linkTo(settings, "/organisations/")}">organisations</a> in the news</li>
<li><a href="${linkTo(settings, "/news/")}">The archive</a></li>
</ul>`;
  return baseLayout({ settings, head: notFoundHead(settings), stylesheetPath: build.stylesheetPath, section: "none" }, body);
}, () => null);
