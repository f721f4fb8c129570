/**
 * Questions about a word's first letter that detection asks for every token: exactly the
 * answers of the regular expressions named below, with plain ASCII (most of any English
 * article) answered from the character code and everything else left to the expression.
 */

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const ANY_LETTER = /\p{L}/u;

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

/** /\p{L}/u: the text has a letter somewhere. */
export function hasLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80 && ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) return true;
  return ANY_LETTER.test(text);
}
