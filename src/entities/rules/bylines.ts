/**
 * Credit lines at the end of agency items: "Reporting by Anna Belcourt; Editing by Mark
 * Fennell", "Writing by ...", "Additional reporting by ...". The names after them are people.
 */
import type { DetectionContext, Rule, Sentence } from "../context.ts";
import { addCandidate } from "../context.ts";
import { Cursor } from "./cursor.ts";

const CREDIT_VERBS = new Set(["reporting", "editing", "writing", "compiled", "written", "translated"]);

function readCredits(context: DetectionContext, sentence: Sentence): void {
  const c = new Cursor(context, sentence);
  for (let i = 0; i + 1 < c.n; i += 1) {
    if (!CREDIT_VERBS.has(c.key(i)) || !c.is(i + 1, "by")) continue;
    let j = i + 2;
    while (j < c.n && c.capitalised(j) && c.tok(j)?.kind === "word" && j - (i + 2) < 3) j += 1;
    const words: string[] = [];
    for (let k = i + 2; k < j; k += 1) words.push(c.text(k));
    if (words.length >= 2) addCandidate(context, { rule: "bylines", type: "person", names: [words.join(" ")], sentence, first: i + 2, last: j, evidence: "strong" });
    i = j - 1;
  }
}

const CREDIT_LINE = /\b(?:Reporting|Editing|Writing|reporting) by\b/u;

export const bylines: Rule = {
  name: "bylines",
  run(context) {
    // Most blocks have no credit line: one test per block, not per word.
    const blocks = new Set<number>();
    context.blocks.forEach((text, i) => {
      if (text.includes(" by ") && CREDIT_LINE.test(text)) blocks.add(i);
    });
    if (blocks.size === 0) return;
    for (const sentence of context.sentences) if (blocks.has(sentence.block)) readCredits(context, sentence);
  },
};
