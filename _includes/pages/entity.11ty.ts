import { html } from "../../src/html/html.ts";
import type { EntityPage } from "../../src/model/site-model.ts";
import { entityHead } from "../../src/seo/heads.ts";
import { absoluteUrl, linkTo } from "../../src/site.ts";
import { baseLayout } from "../layouts/base.11ty.ts";
import { dateline } from "../partials/dateline.11ty.ts";
import { feedAddress } from "../partials/feed-address.11ty.ts";
import { monthChart } from "../partials/month-chart.11ty.ts";
import { mentionSentence } from "../partials/mention-sentence.11ty.ts";
import { paginationNav } from "../partials/pagination.11ty.ts";
import { coMentionsStamp, entityArticleStamp, entityStamp, paginationStamp, perMonthStamp } from "../../src/render/fingerprints.ts";
import { pageKind } from "../../src/render/page-kind.ts";
import { entitiesOf } from "../../src/render/shown-in.ts";
import { balanceQuotes } from "../../src/model/quoted-sentence.ts";
import { mentionWithoutCredit } from "../../src/model/source-entity.ts";

const typeLabel = { person: "Person", organisation: "Organisation" } as const;

function sameAsLabel(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, "");
  if (host === "wikidata.org") return "Wikidata";
  if (host.endsWith("wikipedia.org")) return "Wikipedia";
  return host;
}

/** The "term" page kind: one page of a person's or an organisation's articles. */
export default pageKind<EntityPage>(
  "entity",
  (build) => build.model.entityPages,
  (view) => view.url,
  (view, build) => {
    const { settings } = build.model;
    const { entity, pagination } = view;
    const count = `${entity.articleCount} ${entity.articleCount === 1 ? "article" : "articles"}`;
    // An agency's own copy is listed apart from the articles that name it (see source-entity.ts).
    const mentioning = view.items.filter((item) => !item.supplied);
    const supplied = view.items.filter((item) => item.supplied);
    const teasers = (items: typeof view.items) => html`<ol class="article-list" role="list">
${items.map(({ article, mention, supplied: isSupplied }) => html`<li class="teaser">
<article>
<h3 class="teaser-title"><a href="${linkTo(settings, article.url)}">${article.headline}</a></h3>
<p class="meta">${dateline(article)}</p>
${mention && !isSupplied ? mentionSentence(balanceQuotes(mentionWithoutCredit(mention, article.dateline))) : html`<p class="summary">${article.summary}</p>`}
</article>
</li>
`)}</ol>`;
    const body = html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol role="list"><li><a href="${linkTo(settings, entity.type === "person" ? "/people/" : "/organisations/")}">${entity.type === "person" ? "People" : "Organisations"}</a></li><li aria-current="page">${entity.name}</li></ol></nav>
<header class="entity-header">
<p class="entity-type">${typeLabel[entity.type]}</p>
<h1>${entity.name}${pagination.pageNumber > 1 ? html` <span class="page-number">page ${pagination.pageNumber} of ${pagination.totalPages}</span>` : ""}</h1>
${entity.description ? html`<p class="entity-description">${entity.description}</p>\n` : ""}<p class="entity-count">${count}</p>
${view.perMonth ? html`${monthChart(view.perMonth)}
` : ""}${entity.sameAs.length ? html`<p class="same-as">Elsewhere: ${entity.sameAs.map((url, i) => html`${i ? ", " : ""}<a href="${url}" rel="noopener">${sameAsLabel(url)}</a>`)}</p>\n` : ""}<details class="follow">
<summary>Follow ${entity.name}</summary>
<div class="follow-body">
<p>Paste this address into your feed reader to see each new article that names ${entity.name}:</p>
${feedAddress(absoluteUrl(settings, entity.feedUrl))}
<p><a href="${linkTo(settings, "/feeds/")}">What is a feed, and every feed of ${settings.title}</a></p>
</div>
</details>
</header>
<div class="with-rail">
<div class="rail-main">
${!supplied.length ? html`<h2 class="visually-hidden">Articles</h2>
${teasers(mentioning)}` : mentioning.length ? html`<h2 class="list-heading">Articles that mention ${entity.name}</h2>
${teasers(mentioning)}` : ""}${supplied.length ? html`<h2 class="list-heading">Articles supplied by ${entity.name}</h2>
${teasers(supplied)}` : ""}
${paginationNav(settings, pagination)}
</div>
${view.coMentioned.length ? html`<section class="co-mentioned" aria-labelledby="co-mentioned">
<h2 id="co-mentioned">Often mentioned with</h2>
<ul class="chips" role="list">
${view.coMentioned.map(({ entity: other, count: shared }) => html`<li><a class="chip chip-${other.type}" href="${linkTo(settings, other.url)}">${other.name} <span class="count">(${shared})</span></a></li>\n`)}</ul>
</section>` : ""}
</div>`;
    return baseLayout({ settings, head: entityHead(settings, view), stylesheetPath: build.stylesheetPath, section: entity.type === "person" ? "people" : "organisations" }, body);
  },
  (view) => [view.url, entityStamp(view.entity), paginationStamp(view.pagination), view.items.map(entityArticleStamp), coMentionsStamp(view.coMentioned), perMonthStamp(view.perMonth)],
  {
    // The entity, its pages, chips and chart follow from the site's structure (its articles' places, dates and entities).
    articlesShown: (view) => view.items.map((item) => item.article),
    // The pages of the entities the articles name; of those, only the pages that list them.
    viewsShowing: (articles, build) => {
      const named = entitiesOf(build.model, articles);
      return build.model.entityPages.filter((view) => named.has(view.entity) && view.items.some((item) => articles.has(item.article)));
    },
  },
);
