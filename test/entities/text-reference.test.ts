/**
 * tokenize and splitSentences scan text by hand for speed; this checks them against the
 * regular-expression versions they replaced, on awkward text and on random strings over the
 * characters that matter.
 */
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/entities/sentences.ts";
import type { SentenceSpan } from "../../src/entities/sentences.ts";
import { WordTable } from "../../src/entities/intern.ts";
import { tokenize, tokenizeWords } from "../../src/entities/tokens.ts";
import type { Token } from "../../src/entities/tokens.ts";

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-\u2010\u2011'\u2019\u02BC.+&]|[\u2013\u2014](?=\p{L}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\+?/uy;
const APOSTROPHE = /['\u2019\u02BC]/u;

function possessiveSplit(word: string): number {
  const match = /['\u2019\u02BC][sS]$/u.exec(word);
  return match && word.length > 2 ? match.index : word.length;
}

/** The tokenizer as it was written first, with regular expressions. */
function referenceTokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? "";
    if (/\s/u.test(char)) {
      i += 1;
      continue;
    }
    WORD.lastIndex = i;
    const match = WORD.exec(text);
    if (!match) {
      tokens.push({ text: char, start: i, end: i + 1, kind: "punct", possessive: false, possessiveEnd: i + 1 });
      i += 1;
      continue;
    }
    const raw = match[0];
    const cut = possessiveSplit(raw);
    let possessive = cut < raw.length;
    let possessiveEnd = i + raw.length;
    const next = text[i + raw.length] ?? "";
    if (!possessive && /s$/iu.test(raw) && APOSTROPHE.test(next) && !/[\p{L}\p{N}]/u.test(text[i + raw.length + 1] ?? "")) {
      possessive = true;
      possessiveEnd = i + raw.length + 1;
    }
    tokens.push({ text: raw.slice(0, cut), start: i, end: i + cut, kind: "word", possessive, possessiveEnd });
    i = possessiveEnd;
  }
  return tokens;
}

const AWKWARD = [
  "Kazakhstan’s Kassym-Jomart, d'Ivoire, OPEC+ and CA5+UK; the Farmers’ Union",
  "Estmark–Central Steppe, Korvany – Brastel, a—b, 5–6, x–",
  "gov.kz U.S. A. B. Serikbayev Ltd. 2.1 billion OPEC++ C++ AT&T a&",
  "Ölgii Türkiye Erdoğan Тоқаев é\u0301 e\u0301 \u0301x ſs Bosſ’ boss’ boss’s’ its' s’",
  "𝐀𝐁 𝟎1 😀x x😀 \uD800a b\uDC00 \u00A0\u2003\u3000\uFEFF tab\tnew\nline",
  "al-Farabi el-Sisi d’Estaing Farmers’, Workers’a Ministry’s ’s 's s's",
];

const ALPHABET = ["a", "B", "s", "S", "ſ", "1", " ", "-", "\u2010", "\u2011", "'", "\u2019", "\u02BC", ".", "+", "&", "\u2013", "\u2014",
  "\u0301", "é", "Ж", "٣", "𝐀", "😀", "\uD800", "\u00A0", "\n", ",", "(", "\u201C"];

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

describe("tokenize matches the regular-expression tokenizer", () => {
  it("on awkward text", () => {
    for (const text of AWKWARD) expect(tokenize(text)).toEqual(referenceTokenize(text));
  });

  it("on random strings", () => {
    const next = random(42);
    for (let n = 0; n < 20_000; n += 1) {
      let text = "";
      const length = 1 + Math.floor(next() * 12);
      for (let k = 0; k < length; k += 1) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      expect(tokenize(text), JSON.stringify(text)).toEqual(referenceTokenize(text));
    }
  });

  it("reads part of a text as if it were cut out, with offsets in the whole text", () => {
    const text = "said: the Farmers’ Union’s chief. Next";
    const shifted = referenceTokenize(text.slice(6, 33)).map((t) => ({ ...t, start: t.start + 6, end: t.end + 6, possessiveEnd: t.possessiveEnd + 6 }));
    expect(tokenizeWords(text, 6, 33, new WordTable((word) => ({ text: word }))).tokens).toEqual(shifted);
  });

  it("on random parts of random strings", () => {
    const next = random(11);
    const table = new WordTable((word) => ({ text: word }));
    for (let n = 0; n < 20_000; n += 1) {
      let text = "";
      const length = 1 + Math.floor(next() * 14);
      for (let k = 0; k < length; k += 1) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      const from = Math.floor(next() * (text.length + 1));
      const to = from + Math.floor(next() * (text.length - from + 1));
      const expected = referenceTokenize(text.slice(from, to)).map((t) => ({ ...t, start: t.start + from, end: t.end + from, possessiveEnd: t.possessiveEnd + from }));
      expect(tokenizeWords(text, from, to, table).tokens, JSON.stringify([text, from, to])).toEqual(expected);
    }
  });
});

const NEVER_FINAL = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "maj", "capt", "cmdr",
  "adm", "sgt", "rev", "hon", "fr", "mt", "ft", "messrs", "mme", "mlle", "no", "nos", "vs", "v", "approx",
  "fig", "art", "vol", "ch", "pp", "p", "para", "cf", "e.g", "i.e", "ca", "dept", "est", "jr", "sr", "amb",
]);
const BEFORE_NUMBER = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ltd", "inc", "corp", "co",
]);
const TERMINATOR = /[.!?\u2026]+[\u201D\u2019"'\u00BB)\]]*/gu;

/** The sentence splitter as it was written first, with regular expressions. */
function referenceSplit(text: string): SentenceSpan[] {
  const wordBefore = (index: number): string => /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, index - 20), index))?.[1] ?? "";
  const isAbbreviationStop = (dot: number, nextChar: string): boolean => {
    const word = wordBefore(dot);
    const lower = word.toLowerCase();
    if (NEVER_FINAL.has(lower)) return true;
    if (BEFORE_NUMBER.has(lower) && /\p{N}/u.test(nextChar)) return true;
    return /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
  };
  const spans: SentenceSpan[] = [];
  const push = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s] ?? "")) s += 1;
    while (e > s && /\s/u.test(text[e - 1] ?? "")) e -= 1;
    if (e > s) spans.push({ start: s, end: e });
  };
  let start = 0;
  for (const match of text.matchAll(TERMINATOR)) {
    const at = match.index;
    const after = at + match[0].length;
    const gap = /^\s+/u.exec(text.slice(after));
    if (!gap) continue;
    const next = text[after + gap[0].length] ?? "";
    if (next !== "" && !/[\p{Lu}\p{N}\u201C\u2018"'\u00AB(\[]/u.test(next)) continue;
    if (/^\.(?!\.)/u.test(match[0]) && isAbbreviationStop(at, next)) continue;
    push(start, after);
    start = after + gap[0].length;
  }
  push(start, text.length);
  return spans;
}

const SENTENCE_TEXT = [
  "It lent $2.1 billion. Brastel Medical Systems Ltd. under contract",
  "Mr. Dalsky met Gen. A. B. Serikbayev in Jan. 5 talks. The U.S. and U.K. agreed! Did they? Yes… “Quite.” (Really.) [No.]",
  "He said: ‘We go.’ Then left.  Twice.\n\nA new line. 5 more. «Quote» here. é. Ölgii. 𝐀 astral. x.y.z. Co. 5 and Co. The end",
  "Wait... What?! No!!! Ltd. 7 Inc. Next e.g. This i.e. That. Sept. 11 Nos. 5",
];

const SENTENCE_ALPHABET = ["a", "B", "Mr", "Co", "Jan", "U", "5", " ", "  ", "\n", ".", "..", "!", "?", "\u2026", "\u201D", "\u2019", "\"", "'",
  "\u00BB", ")", "]", "(", "[", "\u201C", "\u00AB", "\u00A0", "É", "ж", "𝐀", "\uD800", "-"];

describe("splitSentences matches the regular-expression splitter", () => {
  it("on awkward text", () => {
    for (const text of SENTENCE_TEXT) expect(splitSentences(text)).toEqual(referenceSplit(text));
  });

  it("on random strings", () => {
    const next = random(7);
    for (let n = 0; n < 20_000; n += 1) {
      let text = "";
      const length = 1 + Math.floor(next() * 16);
      for (let k = 0; k < length; k += 1) text += SENTENCE_ALPHABET[Math.floor(next() * SENTENCE_ALPHABET.length)];
      expect(splitSentences(text), JSON.stringify(text)).toEqual(referenceSplit(text));
    }
  });
});
