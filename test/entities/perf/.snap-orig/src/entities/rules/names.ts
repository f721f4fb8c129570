/**
 * Reading a person's name from a position: capitalised name words with their particles
 * ("van der", "bin", "dos"), initials ("Ivo K. Stanchev"), and royal or peerage styles kept
 * before a single given name ("Prince Edward", "King Albrecht IV") but dropped before a full
 * name ("Sheikh Rashid bin Saeed Al Marwani").
 */
import { REGNAL_NUMBER, STYLES_KEPT_BEFORE_ONE_NAME } from "../lexicon.ts";
import type { Cursor } from "./cursor.ts";

export interface PersonName {
  /** Token range of the name as it will be shown, style included when kept. */
  readonly first: number;
  readonly last: number;
  /** How many name words (not particles, initials or numerals) it has. */
  readonly words: number;
  /** The name's words, for back-references ("Kosherbayev" → "Yermek Kosherbayev"). */
  readonly nameTokens: readonly string[];
  readonly styled: boolean;
}

function isParticleBeforeName(c: Cursor, j: number): boolean {
  const cls = c.cls(j);
  return cls === "particle" && (c.cls(j + 1) === "name" || c.cls(j + 1) === "particle") && !c.settled(j + 1);
}

/** Name words from p on; undefined when there is none. */
export function readPersonName(c: Cursor, p: number, allowNumeral = false): PersonName | undefined {
  let j = p;
  const words: string[] = [];
  let lastName = -1;
  while (j < c.n && !c.settled(j)) {
    const cls = c.cls(j);
    if (cls === "name" || cls === "initial") {
      if (cls === "name") words.push(c.text(j));
      lastName = j;
      j += 1;
      if (cls === "initial" && c.isPunct(j, ".") && c.glued(j - 1)) {
        lastName = j;
        j += 1;
      }
      if (c.possessive(lastName)) break;
      continue;
    }
    if (isParticleBeforeName(c, j)) {
      j += 1;
      continue;
    }
    if (allowNumeral && words.length > 0 && REGNAL_NUMBER.test(c.text(j))) {
      lastName = j;
      j += 1;
      continue;
    }
    break;
  }
  if (words.length === 0 || lastName < p) return undefined;
  return { first: p, last: lastName + 1, words: words.length, nameTokens: words, styled: false };
}

/** At a style word ("Prince", "Lord", "Crown Prince", "Sheikh"). */
export function readStyledName(c: Cursor, s: number): PersonName | undefined {
  let p = s;
  while (c.cls(p) === "style" && !c.settled(p)) p += 1;
  const name = readPersonName(c, p, true);
  if (!name) return undefined;
  const style = c.key(p - 1);
  if (name.words === 1 && STYLES_KEPT_BEFORE_ONE_NAME.has(style)) {
    return { ...name, first: p - 1, styled: true };
  }
  return name;
}
