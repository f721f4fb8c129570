/**
 * What each token is, for the rules: a title, an organisation head word, a name-like word...
 * Classification looks at the word alone (and the registry's never list); context is the
 * rules' business.
 */
import {
  CALENDAR, DOCUMENT_HEADS, DOMAIN_WORDS, EVENT_HEADS, FUNCTION_WORDS, HONORIFICS, MODIFIERS,
  NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, STYLES, TITLES,
} from "./lexicon.ts";
import { tokenKey } from "./normalise.ts";
import type { Token } from "./tokens.ts";

export type TokenClass =
  | "punct" | "number" | "lower" | "particle" | "function" | "calendar" | "honorific" | "style" | "title"
  | "head" | "event" | "document" | "place" | "domain" | "modifier" | "never" | "acronym" | "initial" | "name";

/** Company-form suffixes: matched with their exact case, since "AS" and "as" differ. */
const COMPANY_SUFFIXES = new Set(["JSC", "LLP", "LLC", "Ltd", "LTD", "PLC", "plc", "Inc", "GmbH", "AG", "NV", "AS", "ASA", "AB", "Oy", "SA", "SpA", "Corp", "Co", "PJSC", "OJSC", "CJSC", "JSCB", "TOO", "AO", "NC", "NAC"]);
/** Head words in capitals that are not company forms: "Keldoria Sport TV". */
const CAPITAL_HEADS = new Set(["TV"]);
/** Sports club prefixes: "FC Kairat", "HC Barys". */
const CLUB_PREFIXES = new Set(["FC", "HC", "BC", "SC", "PFC", "FK", "HK", "VC", "CF"]);

export function isClubPrefix(text: string): boolean {
  return CLUB_PREFIXES.has(text);
}

export function isCompanySuffix(text: string): boolean {
  return COMPANY_SUFFIXES.has(text);
}

function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** "al-Farabi", "el-Sisi", "d'Estaing": a lower-case particle glued to a capitalised name. */
function isGluedParticleName(text: string): boolean {
  return /^(?:al|el|ad|ash|as|at|ar|az|an|ud|ul|ibn|bin|de|d|van|von|di|da|du|la|le)['\u2019-]\p{Lu}/u.test(text);
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The first part of a hyphenated title: "Ambassador-at-Large" is a title. */
function firstPart(key: string): string {
  return key.split("-")[0] ?? key;
}

function classifyKey(key: string): TokenClass | undefined {
  if (CALENDAR.has(key)) return "calendar";
  if (FUNCTION_WORDS.has(key)) return "function";
  if (HONORIFICS.has(key)) return "honorific";
  if (STYLES.has(key)) return "style";
  if (ORG_HEADS.has(key)) return "head";
  if (TITLES.has(key) || (key.includes("-") && TITLES.has(firstPart(key)) && !ORG_HEADS.has(firstPart(key)))) return "title";
  if (EVENT_HEADS.has(key)) return "event";
  if (DOCUMENT_HEADS.has(key)) return "document";
  if (PLACE_HEADS.has(key)) return "place";
  if (DOMAIN_WORDS.has(key)) return "domain";
  if (MODIFIERS.has(key)) return "modifier";
  return undefined;
}

export function classifyToken(token: Token, neverWords: ReadonlySet<string>): TokenClass {
  const text = token.text;
  if (token.kind === "punct") return "punct";
  if (/^\p{N}/u.test(text)) return "number";
  if (isCompanySuffix(text) || CAPITAL_HEADS.has(text)) return "head";
  const key = tokenKey(text);
  if (!isCapitalised(text)) {
    if (isGluedParticleName(text)) return "name";
    return NAME_PARTICLES.has(key) ? "particle" : "lower";
  }
  if (/^\p{Lu}$/u.test(text)) return "initial";
  if (isAllCaps(text)) {
    if (TITLES.has(key)) return "title";
    if (HONORIFICS.has(key) || CALENDAR.has(key) || FUNCTION_WORDS.has(key)) return classifyKey(key) ?? "acronym";
    return neverWords.has(key) ? "never" : "acronym";
  }
  const known = classifyKey(key);
  if (known) return known;
  if (neverWords.has(key)) return "never";
  return "name";
}

/** Words that can stand in a personal name. */
export function isNameClass(cls: TokenClass | undefined): boolean {
  return cls === "name" || cls === "initial";
}
