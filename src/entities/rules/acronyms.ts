/**
 * Acronyms defined in brackets. "All-Party Parliamentary Group (APPG) for Cooperation with
 * Central Asia" names the group "All-Party Parliamentary Group for Cooperation with Central
 * Asia" and makes "APPG" its alias; "TDC (Trans-Steppe Digital Consortium)" works the other way
 * round. An expansion without an organisation head word ("Artificial Intelligence (AI)")
 * defines an acronym that names no entity, so later uses of it are ignored too.
 */
import type { DetectionContext, Rule, Sentence } from "../context.ts";
import { addCandidate, cleanName, settle } from "../context.ts";
import { ORG_HEADS } from "../lexicon.ts";
import { tokenKey } from "../normalise.ts";
import { isCompanySuffix } from "../token-classes.ts";
import { Cursor } from "./cursor.ts";
import { continuationEnd } from "./organisations.ts";

const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}\p{N}&+-]{1,11}$/u;
const CAPITALS = /\p{Lu}/gu;
/** "al-Farabi": a lower-case particle before a capitalised name. */
const PARTICLE_NAME = /^\p{Ll}+-\p{Lu}/u;

function looksLikeAcronym(text: string): boolean {
  return ACRONYM.test(text) && (text.match(CAPITALS)?.length ?? 0) >= 2;
}

/**
 * Schwartz & Hearst (2003): the acronym's letters appear in order in the expansion, the first
 * one at the start of a word. Returns where the shortest such expansion starts, or -1.
 */
function startsCapitalisedWord(text: string, t: number): boolean {
  return /\p{Lu}/u.test(text[t] ?? "") && (t === 0 || !/[\p{L}\p{N}]/u.test(text[t - 1] ?? ""));
}

export function expansionStart(acronym: string, text: string): number {
  const letters = acronym.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const lower = text.toLowerCase();
  let t = lower.length - 1;
  for (let a = letters.length - 1; a >= 0; a -= 1) {
    const char = letters[a];
    while (t >= 0 && (lower[t] !== char || (a === 0 && !startsCapitalisedWord(text, t)))) t -= 1;
    if (t < 0) return -1;
    t -= 1;
  }
  return t + 1;
}

/** Words that may stand inside a capitalised name before a bracket. */
function isNameWord(c: Cursor, i: number): boolean {
  if (c.settled(i) && !c.capitalised(i)) return false;
  if (c.capitalised(i)) return c.cls(i) !== "function" || !c.sentenceInitial(i);
  return ["of", "for", "and", "on", "the", "in", "with", "de", "&", "-"].includes(c.text(i)) || PARTICLE_NAME.test(c.text(i));
}

/** First token of the capitalised run that ends just before `end`. */
function runStart(c: Cursor, end: number): number {
  let i = end;
  while (i > 0 && isNameWord(c, i - 1) && !(c.possessive(i - 1) && i - 1 < end - 1)) i -= 1;
  while (i < end && (!c.capitalised(i) || c.commonAtStart(i))) i += 1;
  return i;
}

function hasOrgHead(words: readonly string[]): boolean {
  return words.some((w) => ORG_HEADS.has(tokenKey(w)) || isCompanySuffix(w));
}

/** The token whose start is at or after a character offset in the block. */
function tokenAt(c: Cursor, offset: number, from: number, to: number): number {
  for (let i = from; i < to; i += 1) if ((c.tok(i)?.start ?? -1) >= offset) return i;
  return to;
}

function expansionIsEntity(context: DetectionContext, acronym: string, expansion: string, words: readonly string[]): boolean {
  const known = context.registry.lookup(expansion) ?? context.registry.lookup(acronym);
  return known !== undefined || hasOrgHead(words);
}

/**
 * Where the expansion starts when the acronym is the initials of the run's last capitalised
 * words: "Cassven Chamber of Commerce (CCC)" starts at "Cassven", where the shortest match of
 * the letters would start at "Chamber" (the "c" of "Commerce" counting twice). -1 otherwise.
 */
function initialsStart(c: Cursor, start: number, open: number, acronym: string): number {
  const letters = acronym.replace(/[^\p{Lu}]/gu, "");
  if (letters.length < 2 || letters.length !== acronym.replace(/[^\p{L}]/gu, "").length) return -1;
  let k = letters.length;
  for (let i = open - 1; i >= start; i -= 1) {
    if (!c.capitalised(i) || c.tok(i)?.kind !== "word") continue;
    if (c.text(i)[0] !== letters[k - 1]) return -1;
    k -= 1;
    if (k === 0) return i;
  }
  return -1;
}

function defineForward(context: DetectionContext, c: Cursor, open: number): number {
  const acronym = c.text(open + 1);
  const start = runStart(c, open);
  if (start >= open) return open + 1;
  const block = context.blocks[c.sentence.block] ?? "";
  const runText = block.slice(c.tok(start)?.start ?? 0, c.tok(open - 1)?.end ?? 0);
  const byInitials = initialsStart(c, start, open, acronym);
  const offset = byInitials >= 0 ? (c.tok(byInitials)?.start ?? 0) - (c.tok(start)?.start ?? 0) : expansionStart(acronym, runText);
  if (offset < 0) return open + 1;
  const first = tokenAt(c, (c.tok(start)?.start ?? 0) + offset, start, open);
  const words = c.sentence.tokens.slice(first, open).map((t) => t.text);
  // "(APPG) for Cooperation with Central Asia": the name goes on after the bracket.
  const after = continuationEnd(c, open + 3);
  const head = block.slice(c.tok(first)?.start ?? 0, c.tok(open - 1)?.end ?? 0);
  const tail = after > open + 3 ? block.slice(c.tok(open + 3)?.start ?? 0, c.tok(after - 1)?.end ?? 0) : "";
  const name = cleanName(`${head} ${tail}`);
  const isEntity = expansionIsEntity(context, acronym, name, words);
  context.acronyms.set(acronym, { acronym, name: isEntity ? name : null });
  const last = Math.max(after, open + 3);
  if (isEntity) {
    addCandidate(context, {
      rule: "acronym-definition", type: "organisation", names: [name], sentence: c.sentence, first, last, evidence: "strong",
      innerMentions: [{ first: open + 1, last: open + 2 }],
    });
  }
  settle(context, c.sentence, first, last);
  return last;
}

function defineBackward(context: DetectionContext, c: Cursor, at: number): number {
  // "TDC (Trans-Steppe Digital Consortium)"
  const acronym = c.text(at);
  const open = at + 1;
  let close = open + 1;
  while (close < c.n && !c.isPunct(close, ")")) close += 1;
  if (close >= c.n || close - open < 2) return at + 1;
  const block = context.blocks[c.sentence.block] ?? "";
  const inside = cleanName(block.slice(c.tok(open + 1)?.start ?? 0, c.tok(close - 1)?.end ?? 0));
  const words = c.sentence.tokens.slice(open + 1, close).map((t) => t.text);
  if (!words.every((w) => /^\p{Lu}/u.test(w) || ["of", "for", "and", "on", "the", "in", "with"].includes(w))) return at + 1;
  if (expansionStart(acronym, inside) !== 0) return at + 1;
  const isEntity = expansionIsEntity(context, acronym, inside, words);
  context.acronyms.set(acronym, { acronym, name: isEntity ? inside : null });
  if (isEntity) {
    addCandidate(context, {
      rule: "acronym-definition", type: "organisation", names: [inside], sentence: c.sentence, first: at, last: close + 1, evidence: "strong",
      innerMentions: [{ first: at, last: at + 1 }],
    });
  }
  settle(context, c.sentence, at, close + 1);
  return close + 1;
}

function scanSentence(context: DetectionContext, sentence: Sentence): void {
  const c = new Cursor(context, sentence);
  let i = 0;
  while (i < c.n) {
    if (c.isPunct(i, "(") && looksLikeAcronym(c.text(i + 1)) && c.isPunct(i + 2, ")") && i > 0) {
      i = defineForward(context, c, i);
    } else if (c.isPunct(i + 1, "(") && looksLikeAcronym(c.text(i)) && !c.settled(i)) {
      i = defineBackward(context, c, i);
    } else {
      i += 1;
    }
  }
}

/** Both forms of definition need a bracket; most sentences have none ("(" is never inside a word). */
function hasBracket(context: DetectionContext, sentence: Sentence): boolean {
  const at = context.blocks[sentence.block]?.indexOf("(", sentence.start) ?? -1;
  return at >= 0 && at < sentence.end;
}

export const acronymDefinitions: Rule = {
  name: "acronym-definitions",
  run(context) {
    for (const sentence of context.sentences) if (hasBracket(context, sentence)) scanSentence(context, sentence);
  },
};
