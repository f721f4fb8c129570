/**
 * Splits a block of text into word and punctuation tokens with their offsets.
 *
 * A word keeps its inner hyphens, apostrophes, dots and pluses ("Kassym-Jomart", "d'Ivoire",
 * "gov.kz", "CA5+UK", "OPEC+") and a dash between two letters without spaces
 * ("Estmark–Central"). A final possessive ('s, ’s, or the bare ’ after a plural) is not part
 * of the word: the token records it instead, so "Kazakhstan’s" is the word "Kazakhstan".
 */

import { WordTable } from "./intern.ts";
import type { WordEntry } from "./intern.ts";
import { category, DIGIT, isSpaceCode, LETTER } from "./letters.ts";

export interface Token {
  readonly text: string;
  readonly start: number;
  /** End of the word itself, exclusive, without a possessive. */
  readonly end: number;
  readonly kind: "word" | "punct";
  /** The word is followed by a possessive ending; `possessiveEnd` is where it stops. */
  readonly possessive: boolean;
  readonly possessiveEnd: number;
}

/**
 * A word, as this regular expression reads it:
 *
 *   [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-\u2010\u2011'\u2019\u02BC.+&]|[\u2013\u2014](?=\p{L}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\+?
 *
 * It is scanned by hand (wordEnd) because tokenizing is the first thing detection does with
 * every character of every article, and a regular expression match per word allocated a
 * match array each time. Nothing after the first letter can make the match fail, so the
 * greedy reading the expression takes is the one the scanner takes.
 */
const CONNECTORS = new Set([0x2d, 0x2010, 0x2011, 0x27, 0x2019, 0x02bc, 0x2e, 0x2b, 0x26]);
const DASHES_BEFORE_LETTER = new Set([0x2013, 0x2014]);
const PLUS = 0x2b;

/**
 * The code point at i, or -1 at or past `to`, the end of the text being read (a lone
 * surrogate, or half a pair cut by `to`, stands for itself).
 */
function codePointAt(text: string, i: number, to: number): number {
  if (i >= to) return -1;
  const cp = text.codePointAt(i) ?? -1;
  return cp > 0xffff && i + 1 >= to ? text.charCodeAt(i) : cp;
}

function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

function isLetterOrDigitCp(cp: number): boolean {
  return cp >= 0 && (category(cp) & (LETTER | DIGIT)) !== 0;
}

/** ASCII letters and digits: most characters of an English article, answered by one read. */
const ASCII_WORD_CHAR = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c += 1) ASCII_WORD_CHAR[c] = 1;
for (let c = 0x41; c <= 0x5a; c += 1) ASCII_WORD_CHAR[c] = 1;
for (let c = 0x61; c <= 0x7a; c += 1) ASCII_WORD_CHAR[c] = 1;

/** After the first letter: [\p{L}\p{M}\p{N}]* from i. */
function skipWordChars(text: string, i: number, to: number): number {
  let j = i;
  while (j < to) {
    const unit = text.charCodeAt(j);
    if (unit < 0x80) {
      if (ASCII_WORD_CHAR[unit] === 0) return j;
      j += 1;
      continue;
    }
    const cp = unit >= 0xd800 && unit <= 0xdbff ? codePointAt(text, j, to) : unit;
    if (category(cp) === 0) return j;
    j += width(cp);
  }
  return j;
}

/** Where the word starting at i ends, or i when no word starts there. */
function wordEnd(text: string, i: number, to: number): number {
  const unit = text.charCodeAt(i);
  let j: number;
  if (unit < 0x80) {
    if (ASCII_WORD_CHAR[unit] === 0) return i;
    j = skipWordChars(text, i + 1, to);
  } else {
    const first = codePointAt(text, i, to);
    if (!isLetterOrDigitCp(first)) return i;
    j = skipWordChars(text, i + width(first), to);
  }
  // Connectors ("Kassym-Jomart", "gov.kz", "CA5+UK") and dashes before a letter join words.
  while (j + 1 < to) {
    const sep = text.charCodeAt(j);
    const next = codePointAt(text, j + 1, to);
    const joins = CONNECTORS.has(sep) ? isLetterOrDigitCp(next) : DASHES_BEFORE_LETTER.has(sep) && (category(next) & LETTER) !== 0;
    if (!joins) break;
    j = skipWordChars(text, j + 1 + width(next), to);
  }
  return j < to && text.charCodeAt(j) === PLUS ? j + 1 : j;
}

/** "Kazakhstan’s": where the word text[start, end) stops before a possessive ’s (or end). */
function possessiveCut(text: string, start: number, end: number): number {
  if (end - start <= 2) return end;
  const last = text.charCodeAt(end - 1);
  return (last === 0x73 || last === 0x53) && isApostrophe(text.charCodeAt(end - 2)) ? end - 2 : end;
}

/** ' ’ ʼ: the apostrophes of possessives. */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x02bc;
}

/** /s$/iu on the word ending at `end`: "s", "S", or the long s "ſ" that case-insensitive matching folds to "s". */
function endsInS(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  return last === 0x73 || last === 0x53 || last === 0x017f;
}

/** "Farmers’ Union": a bare apostrophe after a final s, with no letter or digit after it, is a plural possessive. */
function pluralPossessiveAfter(text: string, end: number, to: number): boolean {
  if (end >= to || !endsInS(text, end) || !isApostrophe(text.charCodeAt(end))) return false;
  // One UTF-16 unit, as the check always read it: half of a surrogate pair is no letter.
  return end + 1 >= to || !isLetterOrDigitCp(text.charCodeAt(end + 1));
}

export function tokenize(text: string): Token[] {
  return tokenizeWords(text, 0, text.length, PLAIN_WORDS).tokens;
}

/** The words tokenize has met, for nothing but sharing their strings. */
const PLAIN_WORDS = new WordTable<WordEntry>((text) => ({ text }));

/**
 * The tokens of text[from, to), as if that part were cut out but with offsets in the whole
 * text (detection reads a block sentence by sentence), and for each token its entry in a table
 * of distinct words (punctuation marks included), where detection keeps what it knows about it.
 */
export function tokenizeWords<E extends WordEntry>(text: string, from: number, to: number, table: WordTable<E>): { tokens: Token[]; entries: E[] } {
  const tokens: Token[] = [];
  const entries: E[] = [];
  let i = from;
  while (i < to) {
    if (isSpaceCode(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const end = wordEnd(text, i, to);
    if (end === i) {
      const entry = table.at(text, i, i + 1);
      tokens.push({ text: entry.text, start: i, end: i + 1, kind: "punct", possessive: false, possessiveEnd: i + 1 });
      entries.push(entry);
      i += 1;
      continue;
    }
    const cut = possessiveCut(text, i, end);
    const plural = cut === end && pluralPossessiveAfter(text, end, to);
    const possessiveEnd = plural ? end + 1 : end;
    const entry = table.at(text, i, cut);
    tokens.push({ text: entry.text, start: i, end: cut, kind: "word", possessive: cut < end || plural, possessiveEnd });
    entries.push(entry);
    i = possessiveEnd;
  }
  return { tokens, entries };
}
