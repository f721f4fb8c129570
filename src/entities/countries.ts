/**
 * Countries as names of organisations carry them: "Ministry of Energy of Tarvania",
 * "Tarvanian Ministry of Energy", "Kazakh MFA", "Kazakhstan's Foreign Ministry". A country
 * key joins a country's name and its adjective (Kazakhstan / Kazakh, Beldaria / Beldarian)
 * without a gazetteer: both lose their usual endings. A few irregular pairs are listed.
 */
import { tokenKey } from "./normalise.ts";

const IRREGULAR: Readonly<Record<string, string>> = {
  british: "uk", britain: "uk", "united kingdom": "uk", "great britain": "uk", uk: "uk", english: "uk",
  turkish: "turkiye", turkey: "turkiye", turkiye: "turkiye", "kyrgyz republic": "kyrgyz",
  american: "us", "united states": "us", us: "us", usa: "us", french: "franc", france: "franc", dutch: "netherlands",
  swiss: "switzerland", chinese: "chin", china: "chin", german: "german", germany: "german",
};

/** The shared key of a country name or adjective ("Tarvania", "Tarvanian" → "tarvan"). */
export function countryKey(word: string): string {
  const key = tokenKey(word.trim()).replace(/^the\s+/u, "").replace(/^republic of\s+/u, "").replace(/'s$/u, "");
  const irregular = IRREGULAR[key];
  if (irregular) return irregular;
  return key
    .replace(/(?:istan|stan)$/u, "")
    .replace(/(?:ian|ean|ese|ish|ani|an|ia|i|a|y)$/u, "");
}

/** Words with a country adjective's ending that name no country. */
const NOT_COUNTRY_ADJECTIVES = new Set([
  "agrarian", "civilian", "humanitarian", "parliamentarian", "christian", "librarian", "vegetarian", "utilitarian", "egalitarian", "authoritarian",
  "totalitarian", "proletarian", "guardian", "median", "veterinarian", "academician", "historian", "musician", "technician", "physician", "politician",
  "mechanic", "electric", "public", "republic", "arctic", "atlantic", "pacific", "islamic", "catholic", "democratic", "strategic", "economic", "organic",
  "caspian", "eurasian", "asian", "european", "african", "urban", "human", "roman", "ocean", "titan", "olympian", "union",
]);

/** Does this capitalised word look like a country's adjective (Tarvanian, Kazakh, Uzbek, Kelmari)? */
export function looksLikeAdjective(word: string): boolean {
  // Called for many words: the cheap test of the ending first.
  if (ADJECTIVE_ENDING.test(word)) return !NOT_COUNTRY_ADJECTIVES.has(word.toLowerCase());
  return Object.hasOwn(IRREGULAR, word.toLowerCase());
}

const ADJECTIVE_ENDING = /^\p{Lu}\p{L}+(?:ian|ean|an|ani|i|ese|ish|kh|ek|yz|men|ik|ch)$/u;

/** "Foreign Affairs" and "Foreign" name one portfolio, as do "Interior" and "Internal Affairs". */
export function portfolioKey(portfolio: string): string {
  const key = tokenKey(portfolio).replace(/\s+/gu, " ").trim();
  if (key === "foreign" || key === "foreign affairs" || key === "external affairs") return "foreign affairs";
  if (key === "interior" || key === "internal affairs" || key === "home affairs") return "internal affairs";
  if (key === "defense" || key === "defence") return "defence";
  return key;
}

export interface MinistryName {
  readonly portfolio: string;
  /** The country as written (name or adjective), when the name carries it. */
  readonly country?: string;
}

const OF_COUNTRY = String.raw`(?:the\s+)?(?:Republic\s+of\s+)?(\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)`;
const PORTFOLIO = String.raw`(\p{Lu}[\p{L}\-]*(?:,?\s+(?:and\s+|of\s+)?\p{Lu}[\p{L}\-]*)*)`;
/** The one-word portfolios written before "Ministry" ("the Foreign Ministry"). */
const SHORT_PORTFOLIO = String.raw`(Foreign|Energy|Finance|Defen[cs]e|Interior|Justice|Health|Economy|Agriculture|Education|Transport|Culture|Emergencies|Labour|Industry|Trade)`;

const PATTERNS: readonly [RegExp, "pc" | "cp" | "c-mfa" | "mfa"][] = [
  [new RegExp(String.raw`^(?:the\s+)?Ministry\s+of\s+${PORTFOLIO}\s+of\s+${OF_COUNTRY}$`, "u"), "pc"],
  [new RegExp(String.raw`^(?:the\s+)?${SHORT_PORTFOLIO}\s+Ministry\s+of\s+${OF_COUNTRY}$`, "u"), "pc"],
  [new RegExp(String.raw`^(?:the\s+)?(\p{Lu}[\p{L}\-]+(?:'s|\u2019s)?)\s+Ministry\s+of\s+${PORTFOLIO}$`, "u"), "cp"],
  [new RegExp(String.raw`^(?:the\s+)?(\p{Lu}[\p{L}\-]+(?:'s|\u2019s)?)\s+(\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)\s+Ministry$`, "u"), "cp"],
  [new RegExp(String.raw`^(?:the\s+)?(\p{Lu}[\p{L}\-]+(?:'s|\u2019s)?)\s+MFA$`, "u"), "c-mfa"],
  [new RegExp(String.raw`^(?:the\s+)?MFA(?:\s+of\s+${OF_COUNTRY})?$`, "u"), "mfa"],
];

const BARE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`^(?:the\s+)?Ministry\s+of\s+${PORTFOLIO}$`, "u"),
  new RegExp(String.raw`^(?:the\s+)?${SHORT_PORTFOLIO}\s+Ministry$`, "u"),
];

/**
 * A ministry's portfolio and country, read from its name; undefined for what is not a
 * ministry's name. "Ministry of Science and Higher Education" has no country.
 */
export function readMinistryName(name: string): MinistryName | undefined {
  if (!name.includes("Ministry") && !name.includes("MFA")) return undefined;
  for (const [pattern, shape] of PATTERNS) {
    const m = pattern.exec(name.trim());
    if (!m) continue;
    if (shape === "pc") {
      if (/\bof\b/u.test(m[1]!) && !/\band\b/u.test(m[1]!)) continue;
      return { portfolio: portfolioKey(m[1]!), country: m[2]! };
    }
    if (shape === "cp") {
      const country = m[1]!;
      if (!looksLikeAdjective(country.replace(/['\u2019]s$/u, "")) && !/['\u2019]s$/u.test(country)) continue;
      return { portfolio: portfolioKey(m[2]!), country: country.replace(/['\u2019]s$/u, "") };
    }
    if (shape === "c-mfa") return { portfolio: "foreign affairs", country: m[1]!.replace(/['\u2019]s$/u, "") };
    return m[1] ? { portfolio: "foreign affairs", country: m[1] } : { portfolio: "foreign affairs" };
  }
  for (const pattern of BARE_PATTERNS) {
    const m = pattern.exec(name.trim());
    if (m) return { portfolio: portfolioKey(m[1]!) };
  }
  return undefined;
}

/** The bucket key of a ministry with its country, for site-level resolution. */
export function ministryKey(name: string): string | undefined {
  const ministry = readMinistryName(name);
  return ministry?.country ? `ministry\u0000${countryKey(ministry.country)}\u0000${ministry.portfolio}` : undefined;
}
