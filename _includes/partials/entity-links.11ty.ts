import { entityUrl } from "../../src/entities/entity-urls.ts";
import type { ArticleEntity, EntityType } from "../../src/entities/types.ts";
import { html, type SafeHtml } from "../../src/html/html.ts";
import { pagefindFilterValue } from "../../src/html/pagefind-filter.ts";
import { linkTo, type SiteSettings } from "../../src/site.ts";

const headings: Readonly<Record<EntityType, string>> = { person: "People in this article", organisation: "Organisations in this article" };

/**
 * The people and organisations an article names, as links to their pages. Each chip is also
 * a Pagefind filter value ("person", "organisation"), so that search results can be narrowed
 * to one of them (the section itself is not indexed as article text: see the article view). The
 * value is given in the attribute, made safe for Pagefind's UI (pagefindFilterValue).
 */
export function entityLinks(settings: SiteSettings, entities: readonly ArticleEntity[]): SafeHtml {
  if (entities.length === 0) return html``;
  const group = (type: EntityType): SafeHtml => {
    const list = entities.filter((e) => e.type === type);
    if (list.length === 0) return html``;
    return html`<h2 class="entity-heading">${headings[type]}</h2>
<ul class="chips" role="list">
${list.map((e) => html`<li><a class="chip chip-${type}" href="${linkTo(settings, entityUrl(type, e.slug))}" data-pagefind-filter="${type}:${pagefindFilterValue(e.name)}">${e.name}</a></li>\n`)}</ul>
`;
  };
  return html`<section class="entities" aria-label="People and organisations">
${group("person")}${group("organisation")}</section>`;
}
