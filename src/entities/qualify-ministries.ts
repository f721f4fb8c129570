/**
 * A ministry named without its country ("the Ministry of Energy", "the Foreign Ministry")
 * is ambiguous across an archive that covers several countries: every country has one. It
 * takes the country the item is about when the text makes that clear (item-country.ts) and
 * is dropped otherwise, rather than becoming one page that mixes the ministries of all.
 */
import { readMinistryName, ministryKey } from "./countries.ts";
import { itemCountry } from "./item-country.ts";
import type { ItemCountry } from "./item-country.ts";
import type { CompiledRegistry } from "./registry.ts";
import { slugify } from "../slug.ts";
import type { ArticleEntity } from "./types.ts";

/** "Ministry of Energy" → "Energy"; "Foreign Ministry" → "Foreign Affairs". */
function portfolioAsWritten(name: string): string {
  const of = /Ministry\s+of\s+(.+)$/u.exec(name);
  if (of) return of[1]!;
  const before = /^(?:the\s+)?(.+?)\s+Ministry$/u.exec(name)?.[1] ?? name;
  return before === "Foreign" ? "Foreign Affairs" : before;
}

function qualifiedName(name: string, country: ItemCountry): string {
  const portfolio = portfolioAsWritten(name.replace(/^the\s+/iu, ""));
  return country.name ? `Ministry of ${portfolio} of ${country.name}` : `${country.adjective ?? ""} Ministry of ${portfolio}`.trim();
}

export function qualifyMinistries(entities: readonly ArticleEntity[], blocks: readonly string[], registry: CompiledRegistry): ArticleEntity[] {
  const bare = entities.filter((e) => e.type === "organisation" && e.source === "detection" && readMinistryName(e.name)?.country === undefined && readMinistryName(e.name) !== undefined);
  if (bare.length === 0) return [...entities];
  const country = itemCountry(blocks);
  const out: ArticleEntity[] = [];
  for (const entity of entities) {
    if (!bare.includes(entity)) {
      out.push(entity);
      continue;
    }
    if (!country) continue;
    const name = qualifiedName(entity.name, country);
    const key = ministryKey(name);
    // The same ministry under its full name in this article: one entity.
    const full = out.find((e) => e.type === "organisation" && key !== undefined && ministryKey(e.name) === key) ?? entities.find((e) => e !== entity && !bare.includes(e) && e.type === "organisation" && key !== undefined && ministryKey(e.name) === key);
    const forms = [...new Set([...(entity.forms ?? []), entity.name])];
    if (full) {
      const index = out.indexOf(full);
      const joined: ArticleEntity = { ...full, mentions: [...full.mentions, ...entity.mentions].sort((a, b) => a.block - b.block || a.start - b.start), forms: [...new Set([...(full.forms ?? []), ...forms])] };
      if (index >= 0) out[index] = joined;
      else out.push(joined);
      continue;
    }
    const known = registry.lookup(name);
    if (known) out.push({ ...entity, id: known.id, type: known.type, name: known.name, slug: known.slug, source: "registry", forms });
    else {
      const slug = slugify(name);
      out.push({ ...entity, id: `organisation:${slug}`, name, slug, forms });
    }
  }
  // An entity joined above may also stand later in the list under its own name: keep the first.
  const seen = new Set<string>();
  return out.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}
