/**
 * The country an item is about, when its text makes it clear: read from the dateline
 * ("BAKHAR, Beldaria, March 6"), from offices qualified by a country ("President of
 * Tarvania", "Ministry of Energy of Tarvania") and from country adjectives before an office
 * ("Beldarian Foreign Minister", "the Tarvanian side"). A foreign envoy's country ("the
 * ambassador of Beldaria") is not what the item is about and does not count.
 */
import { countryKey, looksLikeAdjective } from "./countries.ts";

export interface ItemCountry {
  readonly key: string;
  /** The country's name as the item writes it, when it does ("Tarvania"). */
  readonly name?: string;
  /** Its adjective as the item writes it ("Tarvanian"). */
  readonly adjective?: string;
}

const MONTHS = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u;
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M}'\-. ]{1,40}?,\s+(\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?),\s+\p{Lu}/u;
const OFFICE_OF = /\b(?:President|Prime Minister|Government|Parliament|Cabinet of Ministers|Ministry of [\p{L} ,]+?|Minister of [\p{L} ,]+?|Senate|National Bank|Central Bank|Head of State|Vice President)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(\p{Lu}[\p{L}\-]+)/gu;
const ADJECTIVE_BEFORE = /\b(\p{Lu}[\p{L}\-]+)\s+(?:President|Prime Minister|Foreign Minister|Minister|Ministry|Government|government|Foreign Ministry|MFA|side|delegation|sector|Parliament|parliament|authorities|Cabinet)\b/gu;
/** "Varnossa's sovereign fund", "Ulmekistan's largest newspaper". */
const POSSESSIVE = /\b(\p{Lu}[\p{L}\-]+)['\u2019]s\s+\p{Ll}/gu;
/** An adjective before any capitalised name: "the Varnossan Football Federation". */
const ADJECTIVE_BEFORE_NAME = /\b(\p{Lu}[\p{L}\-]+)\s+\p{Lu}\p{Ll}/gu;
const FOREIGN_ENVOY = /\b(?:ambassador|Ambassador|embassy|Embassy|envoy|consul|Consul)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(\p{Lu}[\p{L}\-]+)/gu;
const NOT_COUNTRY = new Set(["the", "The", "First", "Deputy", "Vice", "Former", "Acting", "Chairman", "Prime", "Foreign", "State", "National", "Energy"]);

export function itemCountry(blocks: readonly string[]): ItemCountry | undefined {
  const votes = new Map<string, { count: number; name?: string; adjective?: string }>();
  const vote = (word: string, weight: number, kind: "name" | "adjective") => {
    if (NOT_COUNTRY.has(word) || MONTHS.test(word)) return;
    const key = countryKey(word);
    if (key.length < 3) return;
    const entry = votes.get(key) ?? { count: 0 };
    entry.count += weight;
    if (kind === "name") entry.name ??= word;
    else entry.adjective ??= word;
    votes.set(key, entry);
  };
  const first = blocks[0] ?? "";
  const dateline = DATELINE.exec(first);
  if (dateline && !MONTHS.test(dateline[1]!)) vote(dateline[1]!, 2, "name");
  // "the Aktoran Region": a region's name looks like an adjective but names no country.
  const regions = new Set(blocks.flatMap((text) => [...text.matchAll(/\b(\p{Lu}[\p{L}\-]+)\s+(?:Region|region|Oblast|oblast|Province|province|District|district|city|City)\b/gu)].map((m) => m[1]!)));
  // "Yerlan", "Ali" end like adjectives: one in -an or -i counts only beside its country's name ("Varnossan", "Varnossa").
  const countryNames = new Set(blocks.flatMap((text) => [...text.matchAll(/\b\p{Lu}\p{Ll}+(?:ia|a|stan|land)\b/gu)].map((m) => countryKey(m[0]))));
  // So do "Aibek", "Nurbek" (given names ending like "Uzbek"): one in -ek or -kh needs its country's name too.
  const countryAdjective = (word: string) => looksLikeAdjective(word) && (/(?:ian|ean|ese|ish|ani)$/u.test(word) || countryNames.has(countryKey(word)));
  const envoys = new Map<string, number>();
  for (const text of blocks) {
    for (const m of text.matchAll(FOREIGN_ENVOY)) envoys.set(countryKey(m[1]!), (envoys.get(countryKey(m[1]!)) ?? 0) + 1);
    for (const m of text.matchAll(OFFICE_OF)) vote(m[1]!, 1, "name");
    for (const m of text.matchAll(ADJECTIVE_BEFORE)) if (looksLikeAdjective(m[1]!)) vote(m[1]!, 1, "adjective");
    for (const m of text.matchAll(ADJECTIVE_BEFORE_NAME)) if (countryAdjective(m[1]!) && !regions.has(m[1]!)) vote(m[1]!, 1, "adjective");
    for (const m of text.matchAll(POSSESSIVE)) if (/(?:ia|stan|a)$/u.test(m[1]!)) vote(m[1]!, 1, "name");
  }
  const ranked = [...votes].filter(([key]) => !envoys.has(key) || (votes.get(key)?.count ?? 0) > (envoys.get(key) ?? 0)).sort(([, a], [, b]) => b.count - a.count);
  const [best, second] = ranked;
  if (!best || (second && second[1].count * 2 > best[1].count)) return undefined;
  return { key: best[0], ...(best[1].name ? { name: best[1].name } : {}), ...(best[1].adjective ? { adjective: best[1].adjective } : {}) };
}
