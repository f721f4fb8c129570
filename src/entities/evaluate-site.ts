/**
 * Scoring what a reader sees across the whole site, after site-level resolution: how many
 * entities got more than one page, and how many pages carry the wrong type.
 *
 * Site labels (site.json beside the articles) list, per entity, every surface form the set
 * uses for it across all articles. A form that belongs to one entity only is an acceptable
 * canonical name for its page wherever it occurs (the site may show "Kenestaw" for the page
 * of "Kenestau"); a form shared by two entities (a surname, "Foreign Ministry") is not.
 */
import { nameKey } from "./normalise.ts";
import type { ArticleInput, GoldEntity, GoldLabels, Prediction } from "./evaluate.ts";
import { scoreKey } from "./evaluate.ts";
import type { EntityType } from "./types.ts";

export interface SiteEntityLabel {
  readonly name: string;
  readonly forms: readonly string[];
}

export interface SiteLabels {
  readonly people: readonly SiteEntityLabel[];
  readonly organisations: readonly SiteEntityLabel[];
}

/** One entity with pages: the gold entity, and the pages the site made for it. */
export interface SiteDuplicate {
  readonly type: EntityType;
  readonly name: string;
  readonly pages: readonly string[];
}

export interface WrongType {
  readonly article: string;
  readonly prediction: Prediction;
}

export interface SiteScore {
  /** Distinct pages the set produced. */
  readonly pages: number;
  /** Pages beyond the first of each labelled entity. */
  readonly duplicatePages: number;
  readonly duplicates: readonly SiteDuplicate[];
  readonly wrongTypes: readonly WrongType[];
}

function labelsOf(site: SiteLabels, type: EntityType): readonly SiteEntityLabel[] {
  return type === "person" ? site.people : site.organisations;
}

/** The gold labels with every form the site labels give to one entity only, as aliases. */
export function withSiteForms(gold: GoldLabels, site: SiteLabels | undefined): GoldLabels {
  if (!site) return gold;
  const owners = new Map<string, number>();
  for (const label of [...site.people, ...site.organisations]) for (const key of new Set(label.forms.map(nameKey))) owners.set(key, (owners.get(key) ?? 0) + 1);
  const extend = (type: EntityType, entities: readonly GoldEntity[]): GoldEntity[] =>
    entities.map((entity) => {
      const own = nameKey(entity.name);
      const label = labelsOf(site, type).find((l) => nameKey(l.name) === own || l.forms.some((f) => nameKey(f) === own && owners.get(own) === 1));
      if (!label) return entity;
      const unique = label.forms.filter((f) => owners.get(nameKey(f)) === 1);
      return { ...entity, aliases: [...new Set([...(entity.aliases ?? []), ...unique])] };
    });
  return { ...gold, people: extend("person", gold.people), organisations: extend("organisation", gold.organisations) };
}

function matches(entity: GoldEntity, key: string): boolean {
  return scoreKey(entity.name) === key || (entity.aliases ?? []).some((a) => scoreKey(a) === key) || (entity.mentions ?? []).some((m) => scoreKey(m) === key);
}

/**
 * Pages are predictions' `page` values (an entity's id after resolution). A labelled entity
 * found on two pages is a duplicate; a page whose name names a labelled entity of the other
 * type (and none of its own type) is a wrong type.
 */
export function scoreSite(inputs: readonly ArticleInput[]): SiteScore {
  const pagesOf = new Map<string, Set<string>>();
  const allPages = new Set<string>();
  const wrongTypes: WrongType[] = [];
  for (const input of inputs) {
    for (const p of input.predicted) {
      const page = p.page ?? `${p.type}:${nameKey(p.name)}`;
      allPages.add(page);
      const key = scoreKey(p.name);
      const own = (p.type === "person" ? input.gold.people : input.gold.organisations).find((g) => matches(g, key));
      if (own) {
        const label = `${p.type}\u0000${own.name}`;
        let set = pagesOf.get(label);
        if (!set) pagesOf.set(label, (set = new Set()));
        set.add(page);
        continue;
      }
      const other = (p.type === "person" ? input.gold.organisations : input.gold.people).find((g) => matches(g, key));
      if (other) wrongTypes.push({ article: input.article, prediction: p });
    }
  }
  const duplicates: SiteDuplicate[] = [];
  for (const [label, pages] of [...pagesOf].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (pages.size < 2) continue;
    const [type, name] = label.split("\u0000") as [EntityType, string];
    duplicates.push({ type, name, pages: [...pages].sort() });
  }
  return { pages: allPages.size, duplicatePages: duplicates.reduce((n, d) => n + d.pages.length - 1, 0), duplicates, wrongTypes };
}
