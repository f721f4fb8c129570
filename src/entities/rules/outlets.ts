/**
 * Organisations named without a head word, recognised by the words around them: news outlets
 * ("Caspinfo reported", "told KelNews", "the Caspinfo news agency") and companies introduced by
 * what they are ("pension fund KelPension", "its company, Lessk Solar Pumps,", "Steppe Toll
 * Roads, a company to be set up").
 */
import type { BareRun, DetectionContext, Rule } from "../context.ts";
import { addCandidate, cleanName } from "../context.ts";
import { ARTICLES, ORG_NOUNS, ORG_NOUNS_AFTER, REPORT_VERBS, SPEECH_FILLERS } from "../lexicon.ts";
import { Cursor } from "./cursor.ts";
import { looksLikeAdjective } from "../countries.ts";

/** Words that may follow an appositive's organisation noun: ", a company to be set up". */
const AFTER_ORG_NOUN = new Set(["that", "which", "based", "owned", "founded", "set", "created", "in", "of", "from", "with", "to", "for", "whose", "specialising", "specializing", "headquartered", "registered", "controlled", "listed", "operating", "established"]);
/** Words between "the" and an outlet noun: "the Caspinfo news agency". */
const OUTLET_MODIFIERS = new Set(["news", "state", "private", "national", "online", "daily", "information", "television", "tv"]);

/** "the Ministry of Foreign Affairs of Varnossa reported": the word after "of" is not the subject. */
const PREPOSITIONS = new Set(["of", "in", "from", "to", "for", "with", "by", "at", "on"]);

function isOutletSubject(c: Cursor, run: BareRun): boolean {
  if (PREPOSITIONS.has(c.key(run.first - 1)) || c.possessive(run.last - 1)) return false;
  let j = run.last;
  while (SPEECH_FILLERS.has(c.key(j)) && !c.capitalised(j)) j += 1;
  return REPORT_VERBS.has(c.key(j)) && !c.capitalised(j);
}

function isToldObject(c: Cursor, run: BareRun): boolean {
  if (run.last - run.first !== 1 || c.key(run.first - 1) !== "told") return false;
  const next = c.tok(run.last);
  return !next || next.kind === "punct" || ["that", "on", "in", "after", "when"].includes(c.key(run.last));
}

function orgNounBefore(c: Cursor, run: BareRun): boolean {
  let j = run.first - 1;
  if (c.is(j, "the")) j -= 1;
  if (c.isPunct(j, ",")) j -= 1;
  return j >= 0 && !c.capitalised(j) && c.tok(j)?.kind === "word" && ORG_NOUNS.has(c.key(j));
}

function outletNounAfter(c: Cursor, run: BareRun): boolean {
  // "Al Marwani’s company": the owner, not the company.
  if (c.possessive(run.last - 1)) return false;
  let j = run.last;
  if (OUTLET_MODIFIERS.has(c.key(j)) && !c.capitalised(j)) j += 1;
  const key = c.key(j);
  if (c.capitalised(j) || !ORG_NOUNS_AFTER.has(key)) return false;
  return key !== "agency" || c.key(j - 1) === "news";
}

function orgAppositiveAfter(c: Cursor, run: BareRun): boolean {
  if (!c.isPunct(run.last, ",")) return false;
  let j = run.last + 1;
  if (!ARTICLES.has(c.key(j)) || c.capitalised(j)) return false;
  for (let seen = 0; seen < 4 && j + 1 < c.n; seen += 1) {
    j += 1;
    // ", the London-based investment company,": a place glued to "-based" describes, it does not name.
    if (c.tok(j)?.kind === "word" && /-based$/u.test(c.text(j))) continue;
    if (c.tok(j)?.kind !== "word" || c.capitalised(j)) return false;
    if (ORG_NOUNS.has(c.key(j))) {
      const next = c.tok(j + 1);
      return !next || next.kind === "punct" || AFTER_ORG_NOUN.has(c.key(j + 1));
    }
  }
  return false;
}

function judgeRun(context: DetectionContext, run: BareRun): void {
  const c = new Cursor(context, run.sentence);
  let first = run.first;
  while (first < run.last && c.commonAtStart(first)) first += 1;
  if (first >= run.last || run.last - first > 4) return;
  const trimmed: BareRun = { sentence: run.sentence, first, last: run.last };
  const single = run.last - first === 1;
  // "the Beldarian holding Kapital Group": a country's adjective before a noun is not a name.
  if (single && looksLikeAdjective(c.text(first)) && /(?:ian|ean|ese|ish|ani)$/u.test(c.text(first)) && !c.capitalised(run.last)) return;
  const evidence = (single && (isOutletSubject(c, trimmed) || isToldObject(c, trimmed)))
    || orgNounBefore(c, trimmed) || outletNounAfter(c, trimmed) || orgAppositiveAfter(c, trimmed);
  if (!evidence) return;
  const block = context.blocks[run.sentence.block] ?? "";
  const name = cleanName(block.slice(c.tok(first)?.start ?? 0, c.tok(run.last - 1)?.end ?? 0));
  addCandidate(context, { rule: "outlets", type: "organisation", names: [name], sentence: run.sentence, first, last: run.last, evidence: "weak" });
}

export const outlets: Rule = {
  name: "outlets",
  run(context) {
    for (const run of context.bareRuns) judgeRun(context, run);
  },
};
