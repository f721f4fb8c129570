/**
 * Sentence boundaries inside one block of text, as offsets.
 *
 * A boundary is a run of . ! ? … (with any closing quotes or brackets) followed by space and
 * a capital letter, a digit or an opening quote. A full stop is not a boundary after a known
 * abbreviation (Mr., Dr., Gen., St., Jan. 5, No. 2), after an initial (A. B. Serikbayev) or
 * after an initialism written with dots (U.S., U.K.).
 */

import { category, isSpaceCode, LETTER } from "./letters.ts";

export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

/** Abbreviations that never end a sentence: titles and the like come before a name. */
const NEVER_FINAL = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "maj", "capt", "cmdr",
  "adm", "sgt", "rev", "hon", "fr", "mt", "ft", "messrs", "mme", "mlle", "no", "nos", "vs", "v", "approx",
  "fig", "art", "vol", "ch", "pp", "p", "para", "cf", "e.g", "i.e", "ca", "dept", "est", "jr", "sr", "amb",
]);
/** Abbreviations that end a sentence only when no number follows ("Jan. 5" vs "in Jan. The"). */
const BEFORE_NUMBER = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ltd", "inc", "corp", "co",
]);

/** Sentence-final punctuation (. ! ? …), by character code. */
function isFinal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** What may close a sentence after its final punctuation: ” ’ " ' » ) ]. */
function isCloser(code: number): boolean {
  return code === 0x201d || code === 0x2019 || code === 0x22 || code === 0x27 || code === 0xbb || code === 0x29 || code === 0x5d;
}
/** What may open a sentence: a capital, a digit, an opening quote or bracket. */
const SENTENCE_OPENER = /[\p{Lu}\p{N}\u201C\u2018"'\u00AB(\[]/u;
const DIGIT_CHAR = /\p{N}/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
/** How far back wordBefore looks for the word before a full stop. */
const WORD_LOOKBACK = 20;

/** End of the terminator starting at i: /[.!?…]+[”’"'»)\]]*\/ read by hand. */
function terminatorEnd(text: string, i: number): number {
  let j = i;
  while (isFinal(text.charCodeAt(j))) j += 1;
  while (isCloser(text.charCodeAt(j))) j += 1;
  return j;
}

/** Length of the white space at i (/^\s+/u). */
function spaceRun(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpaceCode(text.charCodeAt(j))) j += 1;
  return j - i;
}

/**
 * The letters and dots just before `index`, at most WORD_LOOKBACK units back: what
 * /([\p{L}.]+)$/u finds in text.slice(index - 20, index), a surrogate pair cut by the
 * window's start counting as no letter.
 */
function wordBefore(text: string, index: number): string {
  const from = Math.max(0, index - WORD_LOOKBACK);
  let k = index;
  while (k > from) {
    const unit = text.charCodeAt(k - 1);
    if (unit === 0x2e) {
      k -= 1;
      continue;
    }
    const pair = unit >= 0xdc00 && unit <= 0xdfff && k - 2 >= from ? text.codePointAt(k - 2) ?? unit : unit;
    const cp = pair > 0xffff ? pair : unit;
    if ((category(cp) & LETTER) === 0) break;
    k -= cp > 0xffff ? 2 : 1;
  }
  return text.slice(k, index);
}

/** The longest abbreviation in the lists above: a longer word before a full stop is none of them. */
const LONGEST_ABBREVIATION = Math.max(...[...NEVER_FINAL, ...BEFORE_NUMBER].map((word) => word.length));

function isAbbreviationStop(text: string, dot: number, nextChar: string): boolean {
  const word = wordBefore(text, dot);
  // Lower-casing never makes a word shorter, so only a short word can be in the lists.
  if (word.length <= LONGEST_ABBREVIATION) {
    const lower = word.toLowerCase();
    if (NEVER_FINAL.has(lower)) return true;
    if (BEFORE_NUMBER.has(lower) && DIGIT_CHAR.test(nextChar)) return true;
  }
  if (word.length <= 2 && SINGLE_CAPITAL.test(word)) return true; // an initial
  if (word.includes(".") && DOTTED_INITIALISM.test(word)) return true; // U.S, U.K
  return false;
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const finals = new FinalMarks(text);
  let start = 0;
  let i = 0;
  for (let at = finals.from(i); at >= 0; at = finals.from(i)) {
    const after = terminatorEnd(text, at);
    i = after;
    const gap = spaceRun(text, after);
    if (gap === 0) continue;
    const next = text[after + gap] ?? "";
    if (next !== "" && !SENTENCE_OPENER.test(next)) continue;
    // A single full stop (not an ellipsis of dots) may end an abbreviation instead.
    if (text[at] === "." && text[at + 1] !== "." && isAbbreviationStop(text, at, next)) continue;
    pushSpan(spans, text, start, after);
    start = after + gap;
  }
  pushSpan(spans, text, start, text.length);
  return spans;
}

const FINAL_CHARS = [".", "!", "?", "\u2026"];

/**
 * Where the next sentence-final character stands. indexOf finds each of the four far faster
 * than a loop over every character; the next position of each is kept until passed.
 */
class FinalMarks {
  private readonly next: number[];
  constructor(private readonly text: string) {
    this.next = FINAL_CHARS.map((char) => text.indexOf(char));
  }
  /** The first final character at or after i, or -1. */
  from(i: number): number {
    let first = -1;
    for (let k = 0; k < FINAL_CHARS.length; k += 1) {
      let at = this.next[k] ?? -1;
      if (at >= 0 && at < i) {
        at = this.text.indexOf(FINAL_CHARS[k] ?? "", i);
        this.next[k] = at;
      }
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }
}

function pushSpan(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s += 1;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e -= 1;
  if (e > s) spans.push({ start: s, end: e });
}
