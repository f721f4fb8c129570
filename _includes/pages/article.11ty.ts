import { html, raw } from "../../src/html/html.ts";
import type { Article } from "../../src/articles/article.ts";
import type { ArticlePage } from "../../src/model/site-model.ts";
import { monthUrl } from "../../src/model/archives.ts";
import { leadImageOf } from "../../src/images/lead-images.ts";
import { publishedDay } from "../../src/seo/article-dates.ts";
import { monthName } from "../../src/seo/dates.ts";
import { articleHead } from "../../src/seo/heads.ts";
import { linkTo } from "../../src/site.ts";
import { baseLayout, type LayoutHead } from "../layouts/base.11ty.ts";
import { dateline } from "../partials/dateline.11ty.ts";
import { entityLinks } from "../partials/entity-links.11ty.ts";
import { imageJsonLd, leadFigure, shareImage } from "../partials/lead-image.11ty.ts";
import { articleStamp, neighbourStamp } from "../../src/render/fingerprints.ts";
import { pageKind } from "../../src/render/page-kind.ts";
import { viewsAtPlaces } from "../../src/render/shown-in.ts";

/**
 * Parts of an article page that are not its text, for Pagefind to leave out of the index and
 * the excerpts: the date and byline line, and the people and organisations (still the filters).
 */
export const notArticleText = [".article-header .meta", ".entities"] as const;

/** Minutes a reader needs, at a news reader's 230 words a minute. */
function readingTime(words: number): string {
  return `${Math.max(1, Math.round(words / 230))} min read`;
}

/** What an article page shows of the site's articles: its own, and the headlines of those beside it. */
function shownOn(view: ArticlePage): Article[] {
  const shown = [view.article];
  if (view.previous) shown.push(view.previous);
  if (view.next) shown.push(view.next);
  return shown;
}

/** The "single" page kind: one article. */
export default pageKind<ArticlePage>(
  "article",
  (build) => build.model.articlePages,
  (view) => view.url,
  (view, build) => {
    const { settings } = build.model;
    const { article, previous, next } = view;
    const sameAsOf = (entity: { id: string }): readonly string[] => build.model.entityById.get(entity.id)?.sameAs ?? [];
    const image = leadImageOf(build, article);
    // The agency links to its organisation page when the site has one.
    const sourcePage = article.sourceEntity ? build.model.entityById.get(article.sourceEntity.id) : undefined;
    const sourceLink = sourcePage ? html`<a href="${linkTo(settings, sourcePage.url)}">${article.source ?? sourcePage.name}</a>` : html`${article.source ?? ""}`;
    const seoHead = articleHead(settings, view, sameAsOf);
    const day = publishedDay(article);
    const head: LayoutHead = image
      ? {
          ...seoHead,
          image: shareImage(settings, image),
          jsonLd: seoHead.jsonLd.map((data) => ((data as { "@type"?: unknown })["@type"] === "NewsArticle" ? { ...data, image: imageJsonLd(settings, image) } : data)),
        }
      : seoHead;
    // data-pagefind-body: article pages are the search results; lists and entity pages are not.
    const body = html`<article class="article" data-pagefind-body>
<header class="article-header">
<h1>${article.headline}</h1>
<p class="meta">${dateline(article)}${article.byline ? html` · <span class="byline">By ${article.byline}</span>` : ""}${article.source ? html` · <span class="source">Source: ${sourceLink}</span>` : ""} · <span class="reading-time">${readingTime(article.wordCount)}</span></p>
</header>
${image ? leadFigure(settings, image) : ""}${article.leadHtml ? html`<div class="lead">${raw(article.leadHtml)}</div>\n` : ""}<div class="body">
${raw(article.restHtml)}
</div>
${article.photoCredit && article.photoCredit !== image?.credit ? html`<p class="credit">Photo: ${article.photoCredit}</p>\n` : ""}${entityLinks(settings, article.entities)}
</article>
<nav class="article-nav" aria-label="More news">
<ul role="list">
${previous ? html`<li class="previous"><span class="label">Previous article</span> <a href="${linkTo(settings, previous.url)}" rel="prev">${previous.headline}</a></li>\n` : ""}${next ? html`<li class="next"><span class="label">Next article</span> <a href="${linkTo(settings, next.url)}" rel="next">${next.headline}</a></li>\n` : ""}<li class="up"><a href="${linkTo(settings, monthUrl(day.year, day.month))}">More news from ${monthName(day.month)} ${day.year}</a></li>
</ul>
</nav>`;
    return baseLayout({ settings, head, stylesheetPath: build.stylesheetPath, section: "news", searchable: true }, body);
  },
  // Its neighbours only as links: editing one article's text leaves the pages beside it alone.
  (view) => [view.url, articleStamp(view.article), neighbourStamp(view.previous), neighbourStamp(view.next)],
  {
    // The article, and its neighbours by URL and headline (a rewritten headline moves the links beside it).
    articlesShown: (view) => shownOn(view),
    // One page per article, in the site's order: its own and its neighbours'.
    viewsShowing: (articles, build) => viewsAtPlaces(build.model, articles, build.model.articlePages, 1, (view, article) => shownOn(view).includes(article), 1),
  },
);
