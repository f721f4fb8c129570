/**
 * Sentence boundaries inside one block of text, as offsets.
 *
 * A boundary is a run of . ! ? … (with any closing quotes or brackets) followed by space and
 * a capital letter, a digit or an opening quote. A full stop is not a boundary after a known
 * abbreviation (Mr., Dr., Gen., St., Jan. 5, No. 2), after an initial (A. B. Serikbayev) or
 * after an initialism written with dots (U.S., U.K.).
 */

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

const TERMINATOR = /[.!?\u2026]+[\u201D\u2019"'\u00BB)\]]*/gu;

function wordBefore(text: string, index: number): string {
  const match = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, index - 20), index));
  return match?.[1] ?? "";
}

function isAbbreviationStop(text: string, dot: number, nextChar: string): boolean {
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower) && /\p{N}/u.test(nextChar)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S, U.K
  return false;
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(TERMINATOR)) {
    const at = match.index;
    const after = at + match[0].length;
    const gap = /^\s+/u.exec(text.slice(after));
    if (!gap) continue;
    const next = text[after + gap[0].length] ?? "";
    if (next !== "" && !/[\p{Lu}\p{N}\u201C\u2018"'\u00AB(\[]/u.test(next)) continue;
    if (/^\.(?!\.)/u.test(match[0]) && isAbbreviationStop(text, at, next)) continue;
    pushSpan(spans, text, start, after);
    start = after + gap[0].length;
  }
  pushSpan(spans, text, start, text.length);
  return spans;
}

function pushSpan(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? "")) s += 1;
  while (e > s && /\s/u.test(text[e - 1] ?? "")) e -= 1;
  if (e > s) spans.push({ start: s, end: e });
}
