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

/** The code point at i, or -1 past the end (a lone surrogate stands for itself). */
function codePointAt(text: string, i: number): number {
  return i < text.length ? (text.codePointAt(i) ?? -1) : -1;
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
function skipWordChars(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const unit = text.charCodeAt(j);
    if (unit < 0x80) {
      if (ASCII_WORD_CHAR[unit] === 0) return j;
      j += 1;
      continue;
    }
    const cp = unit >= 0xd800 && unit <= 0xdbff ? codePointAt(text, j) : unit;
    if (category(cp) === 0) return j;
    j += width(cp);
  }
  return j;
}

/** Where the word starting at i ends, or i when no word starts there. */
function wordEnd(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  let j: number;
  if (unit < 0x80) {
    if (ASCII_WORD_CHAR[unit] === 0) return i;
    j = skipWordChars(text, i + 1);
  } else {
    const first = codePointAt(text, i);
    if (!isLetterOrDigitCp(first)) return i;
    j = skipWordChars(text, i + width(first));
  }
  // Connectors ("Kassym-Jomart", "gov.kz", "CA5+UK") and dashes before a letter join words.
  while (j + 1 < text.length) {
    const sep = text.charCodeAt(j);
    const next = codePointAt(text, j + 1);
    const joins = CONNECTORS.has(sep) ? isLetterOrDigitCp(next) : DASHES_BEFORE_LETTER.has(sep) && (category(next) & LETTER) !== 0;
    if (!joins) break;
    j = skipWordChars(text, j + 1 + width(next));
  }
  return text.charCodeAt(j) === PLUS ? j + 1 : j;
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

/** Is the UTF-16 unit at i a letter or digit? (Half of a surrogate pair is neither.) */
function isLetterOrDigitAt(text: string, i: number): boolean {
  return i < text.length && isLetterOrDigitCp(text.charCodeAt(i));
}

/** Tokens of `text`; `offset` is added to every position (see tokenizeWords). */
export function tokenize(text: string, offset = 0): Token[] {
  return tokenizeWords(text, offset, PLAIN_WORDS).tokens;
}

/** The words tokenize has met, for nothing but sharing their strings. */
const PLAIN_WORDS = new WordTable<WordEntry>((text) => ({ text }));

/**
 * The tokens of `text` and, for each, its entry in a table of distinct words (punctuation
 * marks included): detection keeps what it knows about a word in its entry. `offset` is added
 * to every position, for a sentence cut out of a longer block (detection tokenizes sentence by
 * sentence but keeps offsets relative to the block).
 */
export function tokenizeWords<E extends WordEntry>(text: string, offset: number, table: WordTable<E>): { tokens: Token[]; entries: E[] } {
  const tokens: Token[] = [];
  const entries: E[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpaceCode(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const end = wordEnd(text, i);
    if (end === i) {
      const at = i + offset;
      const entry = table.at(text, i, i + 1);
      tokens.push({ text: entry.text, start: at, end: at + 1, kind: "punct", possessive: false, possessiveEnd: at + 1 });
      entries.push(entry);
      i += 1;
      continue;
    }
    const cut = possessiveCut(text, i, end);
    let possessive = cut < end;
    let possessiveEnd = end;
    // "Farmers’ Union": a bare apostrophe after a final s is a plural possessive.
    if (!possessive && endsInS(text, end) && isApostrophe(text.charCodeAt(end)) && !isLetterOrDigitAt(text, end + 1)) {
      possessive = true;
      possessiveEnd = end + 1;
    }
    const entry = table.at(text, i, cut);
    tokens.push({ text: entry.text, start: i + offset, end: cut + offset, kind: "word", possessive, possessiveEnd: possessiveEnd + offset });
    entries.push(entry);
    i = possessiveEnd;
  }
  return { tokens, entries };
}

/** /s$/iu on the word ending at `end`: "s", "S", or the long s "ſ" that case-insensitive matching folds to "s". */
function endsInS(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  return last === 0x73 || last === 0x53 || last === 0x017f;
}
