import type { EntityType } from "../entities/types.ts";
import type { EntitySummary, SiteModel } from "./site-model.ts";

/** How many people (and organisations) the feeds page lists by name; the A–Z pages lead to the rest. */
export const feedsPageEntityLimit = 12;

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * The people or organisations with the most articles, most first, then by name: the feeds a
 * reader is likeliest to want, listed on /feeds/. Every other entity's feed is on its own page.
 */
export function mostCovered(model: SiteModel, type: EntityType, limit = feedsPageEntityLimit): readonly EntitySummary[] {
  return model.entities
    .filter((entity) => entity.type === type)
    .sort((a, b) => b.articleCount - a.articleCount || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}
