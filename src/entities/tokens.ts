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

const LETTER = 1;
const MARK = 2;
const DIGIT = 4;
/** Letter, mark and digit flags of non-ASCII code points, looked up once each. */
const CATEGORY_CACHE = new Map<number, number>();

function category(cp: number): number {
  if (cp < 0x80) {
    if (cp >= 0x30 && cp <= 0x39) return DIGIT;
    const lower = cp | 0x20;
    return lower >= 0x61 && lower <= 0x7a ? LETTER : 0;
  }
  let flags = CATEGORY_CACHE.get(cp);
  if (flags === undefined) {
    const char = String.fromCodePoint(cp);
    flags = (/\p{L}/u.test(char) ? LETTER : 0) | (/\p{M}/u.test(char) ? MARK : 0) | (/\p{N}/u.test(char) ? DIGIT : 0);
    CATEGORY_CACHE.set(cp, flags);
  }
  return flags;
}

/** The code point at i (a lone surrogate stands for itself) and how many UTF-16 units it takes. */
function codePointAt(text: string, i: number): number {
  return i < text.length ? (text.codePointAt(i) ?? -1) : -1;
}

function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

function isLetterOrDigitCp(cp: number): boolean {
  return cp >= 0 && (category(cp) & (LETTER | DIGIT)) !== 0;
}

/** After the first letter: [\p{L}\p{M}\p{N}]* from i. */
function skipWordChars(text: string, i: number): number {
  let j = i;
  for (;;) {
    const cp = codePointAt(text, j);
    if (cp < 0 || category(cp) === 0) return j;
    j += width(cp);
  }
}

/** Where the word starting at i ends, or i when no word starts there. */
function wordEnd(text: string, i: number): number {
  const first = codePointAt(text, i);
  if (!isLetterOrDigitCp(first)) return i;
  let j = skipWordChars(text, i + width(first));
  for (;;) {
    const sep = text.charCodeAt(j);
    const next = codePointAt(text, j + 1);
    const joins = CONNECTORS.has(sep) ? isLetterOrDigitCp(next) : DASHES_BEFORE_LETTER.has(sep) && next >= 0 && (category(next) & LETTER) !== 0;
    if (!joins) break;
    j = skipWordChars(text, j + 1 + width(next));
  }
  return text.charCodeAt(j) === PLUS ? j + 1 : j;
}

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

/** Is the UTF-16 unit at i a letter or digit? (Half of a surrogate pair is neither.) */
function isLetterOrDigitAt(text: string, i: number): boolean {
  return i < text.length && isLetterOrDigitCp(text.charCodeAt(i));
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
    const end = wordEnd(text, i);
    if (end === i) {
      const at = i + offset;
      tokens.push({ text: text[i] ?? "", start: at, end: at + 1, kind: "punct", possessive: false, possessiveEnd: at + 1 });
      i += 1;
      continue;
    }
    const raw = text.slice(i, end);
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
