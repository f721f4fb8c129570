import { html } from "../../src/html/html.ts";
import type { EntityIndex } from "../../src/model/site-model.ts";
import { entityIndexHead } from "../../src/seo/heads.ts";
import { linkTo } from "../../src/site.ts";
import { baseLayout } from "../layouts/base.11ty.ts";
import { entityStamp } from "../../src/render/fingerprints.ts";
import { pageKind } from "../../src/render/page-kind.ts";

/** The "terms" page kind: people (by surname) or organisations A–Z, with their article counts and registry descriptions. */
export default pageKind<EntityIndex>(
  "entity-index",
  (build) => build.model.entityIndexes,
  (view) => view.url,
  (view, build) => {
    const { settings } = build.model;
    const title = view.type === "person" ? "People" : "Organisations";
    const anchor = (letter: string): string => (letter === "#" ? "other" : letter.toLowerCase());
    const body = html`<h1 class="page-title">${title}</h1>
${view.groups.length === 0 ? html`<p class="empty">None yet.</p>` : html`<nav class="letters" aria-label="${title} by letter"><ul role="list">
${view.groups.map((g) => html`<li><a href="#${anchor(g.letter)}">${g.letter}</a></li>\n`)}</ul></nav>
${view.groups.map((g) => html`<section class="letter-group" aria-labelledby="${anchor(g.letter)}">
<h2 id="${anchor(g.letter)}">${g.letter}</h2>
<ul class="entity-list" role="list">
${g.entries.map(({ entity: e, label }) => html`<li><a href="${linkTo(settings, e.url)}">${label}</a> <span class="count">${e.articleCount} ${e.articleCount === 1 ? "article" : "articles"}</span>${e.description ? html`<span class="description">${e.description}</span>` : ""}</li>\n`)}</ul>
</section>
`)}`}`;
    return baseLayout({ settings, head: entityIndexHead(settings, view), stylesheetPath: build.stylesheetPath, section: view.type === "person" ? "people" : "organisations" }, body);
  },
  (view) => [view.url, view.type, view.groups.map((g) => [g.letter, g.entities.map(entityStamp)])],
  // Names, counts and sources of the site's entities: its structure alone, no article shown.
  { articlesShown: () => [], viewsShowing: () => [] },
);
