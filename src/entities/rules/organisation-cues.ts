/**
 * Organisations named without any type word, recognised by what agency copy says around
 * them: "the Kokorda press service", "Korpress cites Kokorda", "the Birlik faction", "Nur Joly
 * party", "Quorant's board", "shares of Quorant", "Veltrax said in a statement", "the fifth
 * session of the Ulttyq Kenes", "deputies of the Kenestau", "Morrow & Co". Runs before the
 * person rules: a cue says what a two-word name ("Jana Bastau", "Hartwell Pryce") is.
 */
import type { BareRun, DetectionContext, Rule } from "../context.ts";
import { addCandidate, cleanName } from "../context.ts";
import { Cursor } from "./cursor.ts";

/** Lower-case words after the name: "the Kokorda press service", "the Birlik faction". */
const AFTER = [["press", "service"], ["press", "office"], ["faction"], ["party"], ["political", "council"], ["shareholders"]];
/** Lower-case words after a possessive name: "Quorant's board", "Beldaroil's board". */
const AFTER_POSSESSIVE = new Set(["board", "shares", "shareholders", "subsidiary", "subsidiaries", "management", "faction", "deputies"]);
/** Words before the name: "cites Kokorda", "shares of Quorant", "deputies of the Kenestau". */
const BEFORE = [["cites"], ["citing"], ["shares", "of"], ["Shares", "of"], ["board", "of"], ["Board", "of"], ["session", "of"], ["sessions", "of"], ["sitting", "of"], ["deputies", "of"], ["members", "of"], ["Members", "of"], ["Deputies", "of"], ["speaker", "of"], ["Speaker", "of"], ["chairman", "of"], ["faction", "of"]];
/** "Veltrax said in a statement": said of a one-word name, a statement is a company's. */
const STATEMENT = [["said", "in", "a", "statement"], ["said", "in", "a", "press", "release"], ["announced", "in", "a", "statement"]];

function wordsAt(c: Cursor, i: number, words: readonly string[]): boolean {
  return words.every((w, k) => c.tok(i + k)?.kind === "word" && c.text(i + k) === w);
}

function wordsBefore(c: Cursor, first: number, words: readonly string[]): boolean {
  let start = first - words.length;
  if (c.is(first - 1, "the")) start -= 1;
  return start >= 0 && wordsAt(c, start, words);
}

/** "Morrow & Co" / "Morrow & Co.": where the run's "& Co" ends, or -1. */
function andCoEnd(c: Cursor, last: number): number {
  if (c.text(last) !== "&" || c.text(last + 1) !== "Co") return -1;
  return c.isPunct(last + 2, ".") && c.glued(last + 1) ? last + 3 : last + 2;
}

function judge(context: DetectionContext, run: BareRun): void {
  const c = new Cursor(context, run.sentence);
  let first = run.first;
  while (first < run.last && c.commonAtStart(first)) first += 1;
  if (first >= run.last || run.last - first > 4) return;
  let last = run.last;
  const andCo = andCoEnd(c, last);
  const single = last - first === 1;
  const possessive = c.possessive(last - 1);
  const cue = andCo > 0
    || AFTER.some((words) => wordsAt(c, last, words))
    || (possessive && AFTER_POSSESSIVE.has(c.key(last)) && !c.capitalised(last))
    || BEFORE.some((words) => wordsBefore(c, first, words))
    || (single && !possessive && STATEMENT.some((words) => wordsAt(c, last, words)));
  if (!cue) return;
  if (andCo > 0) last = andCo;
  const block = context.blocks[run.sentence.block] ?? "";
  const name = cleanName(block.slice(c.tok(first)?.start ?? 0, c.tok(last - 1)?.end ?? 0)).replace(/['\u2019]s$/u, "");
  if (context.registry.isNever(name)) return;
  addCandidate(context, { rule: "organisation-cues", type: "organisation", names: [name], sentence: run.sentence, first, last, evidence: "strong" });
}

export const organisationCues: Rule = {
  name: "organisation-cues",
  run(context) {
    for (const run of context.bareRuns) judge(context, run);
  },
};
