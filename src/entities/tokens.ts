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

function possessiveSplit(word: string): number {
  // "Kazakhstan’s": the word is everything before the apostrophe.
  const n = word.length;
  if (n <= 2) return n;
  const last = word.charCodeAt(n - 1);
  return (last === 0x73 || last === 0x53) && isApostrophe(word.charCodeAt(n - 2)) ? n - 2 : n;
}

/** ' ’ ʼ: the apostrophes of possessives. */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x02bc;
}

/**
 * Exactly the characters /\s/u matches (white space and line terminators), without a regular
 * expression: tokenize asks it for every character of every article.
 */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** A letter or digit, as /[\p{L}\p{N}]/u; ASCII answered without the regular expression. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function isLetterOrDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (Number.isNaN(code)) return false;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  // One UTF-16 unit, as the check always read it: half of a surrogate pair is no letter.
  return LETTER_OR_DIGIT.test(text[i] ?? "");
}

/**
 * Tokens of `text`; `offset` is added to every position, for a sentence cut out of a longer
 * block (detection tokenizes sentence by sentence but keeps offsets relative to the block).
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpaceCode(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    WORD.lastIndex = i;
    const match = WORD.exec(text);
    if (!match) {
      const at = i + offset;
      tokens.push({ text: text[i] ?? "", start: at, end: at + 1, kind: "punct", possessive: false, possessiveEnd: at + 1 });
      i += 1;
      continue;
    }
    const raw = match[0];
    const cut = possessiveSplit(raw);
    let possessive = cut < raw.length;
    let possessiveEnd = i + raw.length;
    // "Farmers’ Union": a bare apostrophe after a final s is a plural possessive.
    if (!possessive && endsInS(raw) && isApostrophe(text.charCodeAt(i + raw.length)) && !isLetterOrDigitAt(text, i + raw.length + 1)) {
      possessive = true;
      possessiveEnd = i + raw.length + 1;
    }
    tokens.push({ text: cut < raw.length ? raw.slice(0, cut) : raw, start: i + offset, end: i + cut + offset, kind: "word", possessive, possessiveEnd: possessiveEnd + offset });
    i = possessiveEnd;
  }
  return tokens;
}

/** /s$/iu: "s", "S", or the long s "ſ" that case-insensitive Unicode matching folds to "s". */
function endsInS(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return last === 0x73 || last === 0x53 || last === 0x017f;
}
