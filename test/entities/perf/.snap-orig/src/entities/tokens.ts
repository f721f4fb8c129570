/**
 * Splits a block of text into word and punctuation tokens with their offsets.
 *
 * A word keeps its inner hyphens, apostrophes, dots and pluses ("Kassym-Jomart", "d'Ivoire",
 * "gov.kz", "CA5+UK", "OPEC+") and a dash between two letters without spaces
 * ("Estmark–Central"). A final possessive ('s, ’s, or the bare ’ after a plural) is not part
 * of the word: the token records it instead, so "Kazakhstan’s" is the word "Kazakhstan".
 */

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

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-\u2010\u2011'\u2019\u02BC.+&]|[\u2013\u2014](?=\p{L}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\+?/uy;
const APOSTROPHE = /['\u2019\u02BC]/u;

function possessiveSplit(word: string): number {
  // "Kazakhstan’s": the word is everything before the apostrophe.
  const match = /['\u2019\u02BC][sS]$/u.exec(word);
  return match && word.length > 2 ? match.index : word.length;
}

export function tokenize(text: string): Token[] {
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
    // "Farmers’ Union": a bare apostrophe after a final s is a plural possessive.
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
