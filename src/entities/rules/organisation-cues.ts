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
import { looksLikeAdjective } from "../countries.ts";
import { SURNAME_SUFFIX as SURNAME } from "../lexicon.ts";

/** Lower-case words after the name: "the Kokorda press service", "the Birlik faction". */
const AFTER = [["press", "service"], ["press", "office"], ["faction"], ["party"], ["political", "council"], ["shareholders"]];
/** Lower-case words after a possessive name: "Quorant's board", "Beldaroil's board". */
const AFTER_POSSESSIVE = new Set(["board", "shares", "shareholders", "subsidiary", "subsidiaries", "management", "faction", "deputies"]);
/** Words before the name: "cites Kokorda", "shares of Quorant", "deputies of the Kenestau". */
const BEFORE = [["cites"], ["citing"], ["shares", "of"], ["Shares", "of"], ["board", "of"], ["Board", "of"], ["session", "of"], ["sessions", "of"], ["sitting", "of"], ["deputies", "of"], ["members", "of"], ["Members", "of"], ["Deputies", "of"], ["speaker", "of"], ["Speaker", "of"], ["chairman", "of"], ["faction", "of"]];
/** Lower-case roles after a body's name, before a person's: "DBT chairman Kanat Isayev", "Zhana Bastau leader Madina Kairatova". */
const ROLE_AFTER = [["chairman"], ["chairwoman"], ["chair"], ["head"], ["leader"], ["chief", "executive"], ["spokesperson"], ["spokesman"], ["spokeswoman"], ["director"], ["founder"], ["secretary", "general"]];

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

/** The words that can start a cue after a name, or end one before it: most runs meet none. */
const AFTER_STARTS = new Set([...AFTER, ...STATEMENT, ...ROLE_AFTER].map((w) => w[0]!));
const BEFORE_ENDS = new Set(BEFORE.map((w) => w.at(-1)!));

function judge(context: DetectionContext, run: BareRun): void {
  const c = new Cursor(context, run.sentence);
  let first = run.first;
  while (first < run.last && c.commonAtStart(first)) first += 1;
  if (first >= run.last || run.last - first > 4) return;
  let last = run.last;
  const possessiveRun = c.possessive(last - 1);
  const before = c.is(first - 1, "the") ? first - 2 : first - 1;
  if (!possessiveRun && c.text(last) !== "&" && !AFTER_STARTS.has(c.text(last)) && !BEFORE_ENDS.has(c.text(before))) return;
  const andCo = andCoEnd(c, last);
  const single = last - first === 1;
  const possessive = c.possessive(last - 1);
  const cue = andCo > 0
    || AFTER.some((words) => wordsAt(c, last, words))
    || (possessive && AFTER_POSSESSIVE.has(c.key(last)) && !c.capitalised(last))
    || BEFORE.some((words) => wordsBefore(c, first, words))
    || (single && !possessive && STATEMENT.some((words) => wordsAt(c, last, words)))
    || (!possessive && ROLE_AFTER.some((words) => wordsAt(c, last, words) && c.capitalised(last + words.length) && c.cls(last + words.length) === "name"));
  if (!cue) return;
  // "the Cassven Chamber of Commerce": a run that goes on in capitals is the start of a longer name.
  if (andCo < 0 && !possessive && c.capitalised(last) && c.tok(last)?.kind === "word") return;
  if (andCo > 0) last = andCo;
  const block = context.blocks[run.sentence.block] ?? "";
  const name = cleanName(block.slice(c.tok(first)?.start ?? 0, c.tok(last - 1)?.end ?? 0)).replace(/['\u2019]s$/u, "");
  if (context.registry.isNever(name)) return;
  addCandidate(context, { rule: "organisation-cues", type: "organisation", names: [name], sentence: run.sentence, first, last, evidence: "strong" });
}

/**
 * "Nur Joly Party, Zhana Bastau, the Birlik party ... and Tarvan Greens", "between the Jogorku
 * Tabyn and the Kenestau", "representatives of Brixley, Fenwick Tate and Ardent Group": a name
 * listed beside an organisation is one too. Weak: a person's name in the list keeps its own reading.
 */
function judgeListed(context: DetectionContext, runs: readonly BareRun[]): void {
  const ends = new Map<object, Set<number>>();
  const starts = new Map<object, Set<number>>();
  const note = (sentence: object, first: number, last: number) => {
    if (!ends.has(sentence)) ends.set(sentence, new Set());
    if (!starts.has(sentence)) starts.set(sentence, new Set());
    ends.get(sentence)!.add(last);
    starts.get(sentence)!.add(first);
  };
  for (const cand of context.candidates) if (cand.type === "organisation") note(cand.sentence, cand.first, cand.last);
  if (ends.size === 0) return;
  const done = new Set<BareRun>();
  // Twice: a name found listed makes the one before it listed too ("Brixley, Fenwick Tate and Ardent Group").
  for (let pass = 0; pass < 2; pass += 1) {
    for (const run of [...runs].reverse()) {
      if (done.has(run)) continue;
      const c = new Cursor(context, run.sentence);
      if (run.last - run.first > 3 || c.possessive(run.last - 1) || SURNAME.test(c.key(run.last - 1))) continue;
      let before = run.first - 1;
      if (c.is(before, "the")) before -= 1;
      const afterListed = (c.isPunct(before, ",") || c.is(before, "and")) && (ends.get(run.sentence)?.has(before) ?? false);
      let after = run.last;
      const sep = c.isPunct(after, ",") || c.is(after, "and");
      after += sep ? 1 : 0;
      if (c.is(after, "the")) after += 1;
      // Listed before an organisation, the name itself stands in a list: "of Brixley, ...", not "near Lessk, the Ministry".
      const opensList = c.isPunct(run.first - 1, ",") || c.is(run.first - 1, "of", "between", "with", "and") || (c.is(run.first - 1, "the") && c.is(run.first - 2, "of", "between", "with", "and"));
      const beforeListed = sep && opensList && (starts.get(run.sentence)?.has(after) ?? false);
      // Listed after one, it ends where the list goes on or the clause's verb starts: not "the Sarybel branch of".
      const closes = !c.tok(run.last) || c.isPunct(run.last) || c.is(run.last, "and", "or", "will", "would") || c.is(run.last, "said", "have", "has", "signed") || c.is(run.last, "agreed", "are", "were");
      if (!(afterListed && closes) && !beforeListed) continue;
      const block = context.blocks[run.sentence.block] ?? "";
      const name = cleanName(block.slice(c.tok(run.first)?.start ?? 0, c.tok(run.last - 1)?.end ?? 0));
      if (context.registry.isNever(name) || looksLikeAdjective(name)) continue;
      addCandidate(context, { rule: "organisation-list", type: "organisation", names: [name], sentence: run.sentence, first: run.first, last: run.last, evidence: "weak" });
      note(run.sentence, run.first, run.last);
      done.add(run);
    }
  }
}

export const organisationCues: Rule = {
  name: "organisation-cues",
  run(context) {
    for (const run of context.bareRuns) judge(context, run);
    judgeListed(context, context.bareRuns);
  },
};
