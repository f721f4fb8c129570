/**
 * Names an article gives no evidence for: "an agreement with Beldaroil", "Altyn-Kazgan has
 * started production", "Nurmanov said". Alone they make no page (a capitalised word is as likely
 * a place or a brand of shoes); proposed as tentative, they are published only when site-level
 * resolution finds the entity confirmed elsewhere, by another article's evidence or by the
 * registry (resolve-site.ts). Runs last: every firmer reading has had its turn.
 */
import type { BareRun, DetectionContext, Rule, Sentence } from "../context.ts";
import { addCandidate, cleanName } from "../context.ts";
import { looksLikeAdjective } from "../countries.ts";
import { COMMON_OPENERS, SURNAME_SUFFIX } from "../lexicon.ts";
import { Cursor } from "./cursor.ts";

/** Before a place rather than an organisation: "in Korsk", "from Bakhar", "of Beldaria". */
const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "near", "across", "into", "throughout", "of", "outside", "around", "towards", "toward"]);

/** Verbs after which a one-word name with a surname's ending is a person: "Nurmanov said". */
const PERSON_VERBS = new Set(["said", "says", "noted", "stressed", "added", "told", "signed", "announced", "emphasized", "emphasised", "underlined", "recalled", "explained", "urged", "called", "welcomed", "thanked", "promised", "proposed", "instructed"]);

function covered(context: DetectionContext): Map<Sentence, Set<number>> {
  const byS = new Map<Sentence, Set<number>>();
  for (const c of context.candidates) {
    let set = byS.get(c.sentence);
    if (!set) byS.set(c.sentence, (set = new Set()));
    for (let i = c.first; i < c.last; i += 1) set.add(i);
  }
  return byS;
}

/** The first word of a sentence, or of the lead after its dateline ("KORSK (Vetra) - Officials said"). */
function opensSentence(c: Cursor, i: number): boolean {
  return c.sentenceInitial(i) || ((c.isPunct(i - 1, "-", "\u2013") || c.isPunct(i - 1, "\u2014")) && c.settled(i - 1));
}

function judge(context: DetectionContext, run: BareRun, taken: ReadonlyMap<Sentence, ReadonlySet<number>>): void {
  const c = new Cursor(context, run.sentence);
  let first = run.first;
  while (first < run.last && c.commonAtStart(first)) first += 1;
  const last = run.last;
  if (first >= last || last - first > 3) return;
  const busy = taken.get(run.sentence);
  for (let i = first; i < last; i += 1) if (busy?.has(i) || c.settled(i) || c.cls(i) !== "name") return;
  // The start of a longer capitalised name that the firmer rules read in part: not a name of its own.
  if (c.capitalised(last) && c.tok(last)?.kind === "word") return;
  // "The Keldor port opened": a name before a noun, after an article, describes the noun (a place's port).
  if (c.is(first - 1, "the", "a", "an") && c.tok(last)?.kind === "word" && !c.capitalised(last)) return;
  if (PLACE_PREPOSITIONS.has(c.key(first - 1)) || (c.is(first - 1, "the") && PLACE_PREPOSITIONS.has(c.key(first - 2)))) return;
  const block = context.blocks[run.sentence.block] ?? "";
  const name = cleanName(block.slice(c.tok(first)?.start ?? 0, c.tok(last - 1)?.end ?? 0)).replace(/['\u2019]s$/u, "");
  const single = last - first === 1;
  if ((single && (looksLikeAdjective(name) || (opensSentence(c, first) && COMMON_OPENERS.has(c.key(first))))) || context.registry.isNever(name)) return;
  if (single && SURNAME_SUFFIX.test(c.key(first))) {
    if (!PERSON_VERBS.has(c.key(last))) return;
    addCandidate(context, { rule: "tentative-names", type: "person", names: [name], sentence: run.sentence, first, last, evidence: "weak", nameTokens: [name], tentative: true });
    return;
  }
  // Two or three capitalised words ending in a surname are a person's name, not a company's.
  if (!single && SURNAME_SUFFIX.test(c.key(last - 1))) return;
  addCandidate(context, { rule: "tentative-names", type: "organisation", names: [name], sentence: run.sentence, first, last, evidence: "weak", tentative: true });
}

export const tentativeNames: Rule = {
  name: "tentative-names",
  run(context) {
    const taken = covered(context);
    for (const run of context.bareRuns) judge(context, run, taken);
  },
};
