/**
 * Character classes that detection asks about for every character or token: exactly the
 * answers of the regular expressions named in each comment, with plain ASCII (most of any
 * English article) answered from the character code and other characters looked up once.
 */

/** Flags of a code point: \p{L}, \p{M}, \p{N}. */
export const LETTER = 1;
export const MARK = 2;
export const DIGIT = 4;

/**
 * Flags of every BMP unit, learnt on first sight (UNKNOWN until then): the tokenizer asks for
 * every character, and a typed-array read is the cheapest answer. Astral code points, rare in
 * news text, are kept in a map.
 */
const UNKNOWN = 0xff;
const BMP = new Uint8Array(0x10000).fill(UNKNOWN);
const ASTRAL = new Map<number, number>();

function flagsOf(cp: number): number {
  const char = String.fromCodePoint(cp);
  return (/\p{L}/u.test(char) ? LETTER : 0) | (/\p{M}/u.test(char) ? MARK : 0) | (/\p{N}/u.test(char) ? DIGIT : 0);
}

/** The L/M/N flags of a code point; a lone surrogate has none. */
export function category(cp: number): number {
  if (cp <= 0xffff) {
    const flags = BMP[cp] ?? 0;
    if (flags !== UNKNOWN) return flags;
    const learnt = flagsOf(cp);
    BMP[cp] = learnt;
    return learnt;
  }
  let flags = ASTRAL.get(cp);
  if (flags === undefined) {
    flags = flagsOf(cp);
    ASTRAL.set(cp, flags);
  }
  return flags;
}

/** /\s/u for one UTF-16 unit (every white space character is in the BMP). */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

/** /^\p{Lu}/u: "Astana", "Ölgii"; not "al-Farabi", "5G". */
export function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER_START.test(text);
}

/** /^\p{Ll}/u: "said", "ölgii"; not "Astana", "5G". */
export function startsLower(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER_START.test(text);
}
