/**
 * People named without a title: a bare capitalised run becomes a person only with evidence
 * around it, because a wrong page about a real person is worse than a missing one.
 *
 * Evidence: a person noun before it ("her counterpart Tomas Hallvik", "chairwoman, Gulzhan
 * Abdrakhmanova"); a speech verb after or before it ("Aliya Nurmagambetova said", "said Erik
 * Brandvold"); an appositive after it (", head of ...", ", 34,", ", who ..."); or a surname
 * ending common in the region (-ov, -eva, -uly, -zoda...) on a name of two words or more.
 */
import type { BareRun, DetectionContext, Rule } from "../context.ts";
import { addCandidate, cleanName } from "../context.ts";
import { ARTICLES, PERSON_NOUNS, SPEECH_FILLERS, SPEECH_VERBS, SURNAME_SUFFIX, TITLES } from "../lexicon.ts";
import { isNameClass } from "../token-classes.ts";
import { Cursor } from "./cursor.ts";

const MIN_WORDS = 2;
/** ", 34,": an age after a name. */
const AGE = /^\p{N}{1,3}$/u;
const MAX_WORDS = 5;
/** Words after which an appositive's role noun may stand: ", an analyst at", ", head of". */
const APPOSITIVE_END = new Set(["of", "at", "for", "in", "to", "and", "with", "from", "who", "on"]);

/** Drops words before the name: portfolio words, a leading person noun ("Ornithologist"). */
function nameStart(c: Cursor, run: BareRun): { start: number; nounBefore: boolean } {
  let i = run.first;
  let nounBefore = false;
  while (i < run.last && (!isNameClass(c.cls(i)) || c.commonAtStart(i) || PERSON_NOUNS.has(c.key(i)))) {
    if (PERSON_NOUNS.has(c.key(i))) nounBefore = true;
    i += 1;
  }
  return { start: i, nounBefore };
}

function nameWordCount(c: Cursor, first: number, last: number): number {
  let words = 0;
  for (let i = first; i < last; i += 1) {
    const cls = c.cls(i);
    if (cls === "name" || cls === "initial") words += 1;
    else if (cls !== "particle" && !c.isPunct(i, ".")) return -1;
  }
  return words;
}

function personNounBefore(c: Cursor, first: number): boolean {
  let j = first - 1;
  if (c.isPunct(j, ",")) j -= 1;
  return j >= 0 && c.tok(j)?.kind === "word" && !c.capitalised(j) && PERSON_NOUNS.has(c.key(j));
}

function speechAfter(c: Cursor, last: number): boolean {
  let j = last;
  while (SPEECH_FILLERS.has(c.key(j)) && !c.capitalised(j)) j += 1;
  return SPEECH_VERBS.has(c.key(j)) && c.key(j) !== "according" && !c.capitalised(j);
}

function speechBefore(c: Cursor, first: number): boolean {
  const prev = c.key(first - 1);
  if (prev === "to" && c.key(first - 2) === "according") return true;
  return SPEECH_VERBS.has(prev) && !c.capitalised(first - 1) && prev !== "according";
}

/** ", head of ...", ", an analyst at ...", ", the Ulmek defence attache,", ", 34,", ", who ...". */
function appositiveAfter(c: Cursor, last: number): boolean {
  if (!c.isPunct(last, ",")) return false;
  let j = last + 1;
  if (c.tok(j)?.kind === "word" && AGE.test(c.text(j)) && c.isPunct(j + 1, ",")) return true;
  if (c.is(j, "who")) return true;
  if (ARTICLES.has(c.key(j)) && !c.capitalised(j)) j += 1;
  for (let seen = 0; seen < 4 && j < c.n && c.tok(j)?.kind === "word"; seen += 1, j += 1) {
    const key = c.key(j);
    if (PERSON_NOUNS.has(key) || TITLES.has(key.split("-")[0] ?? key)) {
      const next = c.tok(j + 1);
      if (!next || next.kind === "punct" || APPOSITIVE_END.has(c.key(j + 1))) return true;
    }
  }
  return false;
}

function surnameEnding(c: Cursor, first: number, last: number): boolean {
  for (let i = first + 1; i < last; i += 1) {
    const parts = c.text(i).toLowerCase().split("-");
    if (c.cls(i) === "name" && parts.some((p) => p.length >= 5 && SURNAME_SUFFIX.test(p))) return true;
  }
  return false;
}

function judgeRun(context: DetectionContext, run: BareRun): void {
  const c = new Cursor(context, run.sentence);
  const { start, nounBefore } = nameStart(c, run);
  const words = nameWordCount(c, start, run.last);
  if (words < 1 || run.last - start < MIN_WORDS || words > MAX_WORDS || !isNameClass(c.cls(run.last - 1))) return;
  const evidence = nounBefore || personNounBefore(c, start) || speechAfter(c, run.last) || speechBefore(c, start)
    || appositiveAfter(c, run.last) || surnameEnding(c, start, run.last);
  if (!evidence) return;
  const block = context.blocks[run.sentence.block] ?? "";
  const name = cleanName(block.slice(c.tok(start)?.start ?? 0, c.tok(run.last - 1)?.end ?? 0));
  const nameTokens = run.sentence.tokens.slice(start, run.last).filter((_, k) => c.cls(start + k) === "name").map((t) => t.text);
  addCandidate(context, { rule: "person-cues", type: "person", names: [name], sentence: run.sentence, first: start, last: run.last, evidence: "strong", nameTokens });
}

export const personCues: Rule = {
  name: "person-cues",
  run(context) {
    for (const run of context.bareRuns) judgeRun(context, run);
  },
};
