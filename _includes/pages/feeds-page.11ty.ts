import type { EntityType } from "../../src/entities/types.ts";
import { html } from "../../src/html/html.ts";
import { entityFeedSize, siteFeedPaths } from "../../src/model/feed-channels.ts";
import { mostCovered } from "../../src/model/feeds-directory.ts";
import type { EntitySummary } from "../../src/model/site-model.ts";
import { singlePage } from "../../src/render/page-kind.ts";
import { listHead } from "../../src/seo/heads.ts";
import { absoluteUrl, linkTo } from "../../src/site.ts";
import { baseLayout } from "../layouts/base.11ty.ts";
import { feedAddress } from "../partials/feed-address.11ty.ts";

const sectionOf: Readonly<Record<EntityType, { heading: string; index: string; plural: string }>> = {
  person: { heading: "People", index: "/people/", plural: "people" },
  organisation: { heading: "Organisations", index: "/organisations/", plural: "organisations" },
};

/**
 * /feeds/: the human page for the site's feeds, now that browsers no longer style XML: what a
 * feed is, each feed's address to copy, the feeds of the most covered people and organisations,
 * and where the others are. The feeds themselves stay in every page's <link rel="alternate">.
 */
export default singlePage(
  "feeds-page",
  siteFeedPaths.page,
  (build) => {
    const { settings } = build.model;
    const link = (sitePath: string): string => linkTo(settings, sitePath);
    const entityFeeds = (type: EntityType) => {
      const { heading, index, plural } = sectionOf[type];
      const top = mostCovered(build.model, type);
      if (top.length === 0) return "";
      return html`<section class="feed-section" aria-labelledby="feeds-${type}">
<h2 id="feeds-${type}">${heading}</h2>
<p>Every one of the ${plural} in the news has a feed of the ${entityFeedSize} newest articles that name them, as headline, summary and link. The most covered:</p>
<ul class="feed-list" role="list">
${top.map((entity: EntitySummary) => html`<li><h3><a href="${link(entity.url)}">${entity.name}</a> <span class="count">${entity.articleCount} ${entity.articleCount === 1 ? "article" : "articles"}</span></h3>
${feedAddress(absoluteUrl(settings, entity.feedUrl))}
</li>
`)}</ul>
<p>The others: open their page from <a href="${link(index)}">${heading} A–Z</a> and choose “Follow”.</p>
</section>
`;
    };
    const body = html`<h1 class="page-title">Feeds</h1>
<div class="feeds-intro">
<p>A feed lets you follow ${settings.title} without coming back to check: a feed reader (an app or a website such as NetNewsWire, Feedly, Inoreader or Thunderbird) looks at the feeds you give it and shows you each new article as it is published. No account with us, no e-mail address.</p>
<p>To follow a feed, click its address to select it, copy it, and paste it into your feed reader where it asks for a feed or a site to follow.</p>
</div>
<section class="feed-section" aria-labelledby="feeds-site">
<h2 id="feeds-site">All the news</h2>
<ul class="feed-list" role="list">
<li><h3>Latest news <span class="count">RSS, the format every reader knows</span></h3>
${feedAddress(absoluteUrl(settings, siteFeedPaths.rss))}
</li>
<li><h3>The same as Atom <span class="count">for readers that prefer it</span></h3>
${feedAddress(absoluteUrl(settings, siteFeedPaths.atom))}
</li>
<li><h3>The same as JSON Feed <span class="count">for programs</span></h3>
${feedAddress(absoluteUrl(settings, siteFeedPaths.json))}
</li>
</ul>
<p>Each has the ${settings.feedSize} newest articles, in full.</p>
</section>
${entityFeeds("person")}${entityFeeds("organisation")}<section class="feed-section" aria-labelledby="feeds-all">
<h2 id="feeds-all">Every feed at once</h2>
<p>Most readers can import a list of feeds (an OPML file): <a href="${link(siteFeedPaths.opml)}" download>download the list of every feed</a> and import it to follow the site, every person and every organisation.</p>
</section>
<p class="back-link"><a href="${link("/")}">Back to the latest news</a></p>`;
    return baseLayout(
      {
        settings,
        head: listHead(settings, siteFeedPaths.page, "Feeds", `Follow ${settings.title}, or one person or organisation, in a feed reader: what a feed is and each feed's address.`),
        stylesheetPath: build.stylesheetPath,
        section: "none",
      },
      body,
    );
  },
  (build) => [(["person", "organisation"] as const).map((type) => mostCovered(build.model, type).map((e) => [e.name, e.url, e.feedUrl, e.articleCount]))],
  // The most covered entities, by their counts: the site's structure alone.
  () => [],
);
