/**
 * What each token is, for the rules: a title, an organisation head word, a name-like word...
 * Classification looks at the word alone (and the registry's never list); context is the
 * rules' business.
 */
import {
  CALENDAR, DOCUMENT_HEADS, DOMAIN_WORDS, EVENT_HEADS, FUNCTION_WORDS, HONORIFICS, MODIFIERS,
  NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, STYLES, TITLES,
} from "./lexicon.ts";
import { WordTable } from "./intern.ts";
import type { WordEntry } from "./intern.ts";
import { startsLower, startsUpper } from "./letters.ts";
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
  return startsUpper(text);
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

/**
 * What detection derives from a word's text alone. Articles repeat their words and a corpus
 * has a few thousand distinct ones, so this is computed once per distinct text (describeWord,
 * kept in a WordTable) and each token costs one lookup instead of a dozen regular expressions
 * and set lookups.
 */
export interface WordInfo extends WordEntry {
  /** tokenKey of the text. */
  readonly key: string;
  /** Starts with a capital letter (/^\p{Lu}/u), or with a lower-case one (/^\p{Ll}/u). */
  readonly upper: boolean;
  readonly lower: boolean;
  /** A lower-case content word (three letters or more, no function word): no headline Title Case has one. */
  readonly lowerContent: boolean;
  /** The class before the registry's never list is consulted. */
  readonly baseClass: TokenClass;
  /**
   * The never list decides at two places only: an all-caps word that would be an "acronym"
   * and a capitalised word that would be a "name" are "never" when their key is a never word.
   * The list differs from registry to registry, so it is applied per registry (classOf, RegistryWord).
   */
  readonly neverEligible: boolean;
}

function classifyWordText(text: string, key: string): { baseClass: TokenClass; neverEligible: boolean } {
  if (/^\p{N}/u.test(text)) return { baseClass: "number", neverEligible: false };
  if (isCompanySuffix(text) || CAPITAL_HEADS.has(text)) return { baseClass: "head", neverEligible: false };
  if (!isCapitalised(text)) {
    if (isGluedParticleName(text)) return { baseClass: "name", neverEligible: false };
    return { baseClass: NAME_PARTICLES.has(key) ? "particle" : "lower", neverEligible: false };
  }
  if (/^\p{Lu}$/u.test(text)) return { baseClass: "initial", neverEligible: false };
  if (isAllCaps(text)) {
    if (TITLES.has(key)) return { baseClass: "title", neverEligible: false };
    if (HONORIFICS.has(key) || CALENDAR.has(key) || FUNCTION_WORDS.has(key)) return { baseClass: classifyKey(key) ?? "acronym", neverEligible: false };
    return { baseClass: "acronym", neverEligible: true };
  }
  const known = classifyKey(key);
  if (known) return { baseClass: known, neverEligible: false };
  return { baseClass: "name", neverEligible: true };
}

/** The words classifyToken has met; detection itself reads through CompiledRegistry.words. */
const WORDS = new WordTable<WordInfo>(describeWord);

/** Everything a word's text alone says about it. */
export function describeWord(text: string): WordInfo {
  const key = tokenKey(text);
  const lower = startsLower(text);
  const lowerContent = lower && text.length >= 3 && !FUNCTION_WORDS.has(key);
  const { baseClass, neverEligible } = classifyWordText(text, key);
  return { text, key, upper: startsUpper(text), lower, lowerContent, baseClass, neverEligible };
}

export function wordInfo(text: string): WordInfo {
  return WORDS.at(text, 0, text.length);
}

/** A word's class under a registry's never list. */
export function classOf(info: WordInfo, neverWords: ReadonlySet<string>): TokenClass {
  return info.neverEligible && neverWords.has(info.key) ? "never" : info.baseClass;
}

export function classifyToken(token: Token, neverWords: ReadonlySet<string>): TokenClass {
  return token.kind === "punct" ? "punct" : classOf(wordInfo(token.text), neverWords);
}

/**
 * A word as one registry sees it: detection reads articles through the registry's own table
 * of words (CompiledRegistry.words), so that what depends on the registry is also found once
 * per word, and a word learnt under one registry can never carry its class into another.
 */
export interface RegistryWord extends WordInfo {
  /** The class under the registry's never list (classOf). */
  readonly cls: TokenClass;
  /** A registry form starts with this word, or with it and a possessive ("People's Party"). */
  readonly startsForm: boolean;
  readonly startsPossessiveForm: boolean;
  /**
   * The last reading of an article (detect.ts) that recorded this word as written in lower
   * case: a word repeated in an article is recorded once. Only a hint that saves a set lookup;
   * another reading changing it in between just makes the next one record the word again.
   */
  lastLowerCaseReading: number;
}

/** Words that can stand in a personal name. */
export function isNameClass(cls: TokenClass | undefined): boolean {
  return cls === "name" || cls === "initial";
}
