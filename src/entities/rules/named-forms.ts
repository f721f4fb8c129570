/**
 * Organisations whose name is marked by its form rather than by a head word:
 * - a quoted name next to a company form, as Kazakh and Russian agencies write them:
 *   'JSC "Zhasyl Tau Energy"', '«Keldor Grid Solutions» LLP', 'the "Amanat" party';
 * - a sports club prefix: "FC Kairat", "HC Barys";
 * - an acronym used as an organisation: "the OSS member states", "the OSS summit".
 */
import type { DetectionContext, Rule, Sentence } from "../context.ts";
import { addCandidate, cleanName, settle } from "../context.ts";
import { ORG_NOUNS_AFTER } from "../lexicon.ts";
import { isClubPrefix, isCompanySuffix } from "../token-classes.ts";
import { Cursor } from "./cursor.ts";
import { isMaterial } from "./organisations.ts";

const OPENING = new Set(["\u201C", "\"", "\u00AB", "\u2018", "'"]);
const CLOSING = new Set(["\u201D", "\"", "\u00BB", "\u2019", "'"]);
const MAX_QUOTED_WORDS = 6;
/** Words after an acronym that show it names an organisation. */
const ACRONYM_CONTEXT = new Set(["member", "members", "summit", "secretariat", "secretary-general", "chairmanship", "headquarters", "charter"]);

function textBetween(c: Cursor, first: number, last: number): string {
  const block = c.context.blocks[c.sentence.block] ?? "";
  return cleanName(block.slice(c.tok(first)?.start ?? 0, c.tok(last - 1)?.end ?? 0));
}

/** The quoted capitalised phrase opening at q: the index of its closing quote, or -1. */
function quotedEnd(c: Cursor, q: number): number {
  if (!c.isPunct(q) || !OPENING.has(c.text(q))) return -1;
  let j = q + 1;
  while (j < c.n && j - q <= MAX_QUOTED_WORDS && c.tok(j)?.kind === "word" && (c.capitalised(j) || ["of", "and", "for", "the"].includes(c.text(j)))) j += 1;
  return j > q + 1 && c.isPunct(j) && CLOSING.has(c.text(j)) && c.capitalised(q + 1) ? j : -1;
}

function formBefore(c: Cursor, q: number): boolean {
  return isCompanySuffix(c.text(q - 1));
}

function formAfter(c: Cursor, close: number): boolean {
  const next = c.text(close + 1);
  return isCompanySuffix(next) || (!c.capitalised(close + 1) && ORG_NOUNS_AFTER.has(c.key(close + 1)));
}

function quotedCompanies(context: DetectionContext, c: Cursor): void {
  let next = 0; // tokens before it belong to a quoted name already read
  // A quoted name starts with a capitalised word: only the tokens before name-like words can open one.
  for (const word of c.sentence.nameLike) {
    const q = word - 1;
    if (q < next) continue;
    const close = quotedEnd(c, q);
    if (close < 0 || (!formBefore(c, q) && !formAfter(c, close))) continue;
    addCandidate(context, { rule: "quoted-company", type: "organisation", names: [textBetween(c, q + 1, close)], sentence: c.sentence, first: q + 1, last: close, evidence: "strong" });
    settle(context, c.sentence, q + 1, close);
    next = close + 1;
  }
}

function clubs(context: DetectionContext, c: Cursor): void {
  let next = 0; // tokens before it belong to a club already read
  // Every club prefix is a capitalised word, so only name-like words are looked at.
  for (const i of c.sentence.nameLike) {
    if (i < next || !isClubPrefix(c.text(i)) || c.settled(i) || !isMaterial(c, i + 1)) continue;
    let j = i + 1;
    while (j < c.n && isMaterial(c, j)) {
      j += 1;
      if (c.possessive(j - 1)) break;
    }
    addCandidate(context, { rule: "club", type: "organisation", names: [textBetween(c, i, j)], sentence: c.sentence, first: i, last: j, evidence: "strong" });
    settle(context, c.sentence, i, j);
    next = j;
  }
}

function acronymsInContext(context: DetectionContext, c: Cursor): void {
  // An acronym is a capitalised word: only name-like words are looked at.
  for (const i of c.sentence.nameLike) {
    if (i < 1 || c.cls(i) !== "acronym" || c.settled(i) || c.capitalised(i + 1) || !ACRONYM_CONTEXT.has(c.key(i + 1))) continue;
    if (context.acronyms.has(c.text(i))) continue; // defined in the text: back-references handle it
    addCandidate(context, { rule: "acronym-in-context", type: "organisation", names: [c.text(i)], sentence: c.sentence, first: i, last: i + 1, evidence: "weak" });
  }
}

function scan(context: DetectionContext, sentence: Sentence): void {
  const c = new Cursor(context, sentence);
  quotedCompanies(context, c);
  clubs(context, c);
  acronymsInContext(context, c);
}

export const namedForms: Rule = {
  name: "named-forms",
  run(context) {
    for (const sentence of context.sentences) scan(context, sentence);
  },
};
