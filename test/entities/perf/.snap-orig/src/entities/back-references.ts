/**
 * Later short forms of entities already found in the article: a defined acronym ("APPG"),
 * a person's surname or name tail ("Kosherbayev", "Al Marwani", "Van der Velde-Osei"), and an
 * organisation's name repeated where no rule had a reason to read it ("told DNA"), also
 * without its company form ("Altynsay Mining" for "Altynsay Mining JSC").
 */
import type { Drafts, EntityDraft } from "./assemble.ts";
import type { Candidate, DetectionContext, Sentence } from "./context.ts";
import { isSettled } from "./context.ts";
import { NAME_PARTICLES } from "./lexicon.ts";
import { tokenKey } from "./normalise.ts";
import type { PersonCluster } from "./people-clusters.ts";
import { formKeys } from "./registry.ts";
import { isCompanySuffix, isNameClass } from "./token-classes.ts";

const MAX_NAME_TAIL = 3;

function coverage(chosen: readonly Candidate[]): Map<Sentence, Set<number>> {
  const covered = new Map<Sentence, Set<number>>();
  for (const c of chosen) {
    const set = covered.get(c.sentence) ?? new Set<number>();
    for (let i = c.first; i < c.last; i += 1) set.add(i);
    covered.set(c.sentence, set);
  }
  return covered;
}

interface Scan {
  readonly context: DetectionContext;
  readonly sentence: Sentence;
  readonly covered: ReadonlySet<number>;
  readonly drafts: Drafts;
}

function free(scan: Scan, i: number): boolean {
  const token = scan.sentence.tokens[i];
  return token !== undefined && token.kind === "word" && !scan.covered.has(i) && !isSettled(scan.context, scan.sentence, i);
}

function keyAt(scan: Scan, i: number): string {
  return tokenKey(scan.sentence.tokens[i]?.text ?? "");
}

function mention(scan: Scan, draft: EntityDraft, first: number, last: number): void {
  const tokens = scan.sentence.tokens;
  draft.occurrences.push({ sentence: scan.sentence, start: tokens[first]?.start ?? 0, end: tokens[last - 1]?.end ?? 0 });
}

function tryAcronym(scan: Scan, i: number): number {
  const definition = scan.context.acronyms.get(scan.sentence.tokens[i]?.text ?? "");
  if (!definition?.name) return 0;
  const draft = scan.drafts.addOrganisation(scan.context, definition.name, undefined);
  if (draft) mention(scan, draft, i, i + 1);
  return 1;
}

/** Does keys[from..] equal a run of the cluster's words that ends its name or starts it? */
function tailMatches(cluster: PersonCluster, keys: readonly string[]): boolean {
  const words = cluster.keys;
  if (keys.length === 0 || keys.length > words.length) return false;
  const endsName = keys.every((k, j) => words[words.length - keys.length + j] === k);
  const startsName = keys.length === 1 && words[0] === keys[0] && words.length >= 2;
  return endsName || startsName;
}

function tryPerson(scan: Scan, i: number, people: readonly PersonCluster[]): number {
  if (!isNameClass(scan.sentence.classes[i])) return 0;
  for (let length = MAX_NAME_TAIL; length >= 1; length -= 1) {
    const last = i + length;
    const keys: string[] = [];
    let ok = true;
    for (let j = i; j < last; j += 1) {
      if (!free(scan, j)) ok = false;
      else if (scan.sentence.classes[j] !== "particle") keys.push(keyAt(scan, j));
    }
    if (!ok || isNameClass(scan.sentence.classes[last]) && free(scan, last)) continue;
    const matches = people.filter((cluster) => tailMatches(cluster, keys));
    if (matches.length !== 1 || !matches[0]) continue;
    let first = i;
    while (first > 0 && free(scan, first - 1) && NAME_PARTICLES.has(keyAt(scan, first - 1))) first -= 1;
    mention(scan, matches[0].draft, first, last);
    return length;
  }
  return 0;
}

/** Token keys of the names of organisations found by detection, and of their short forms. */
function organisationForms(drafts: Drafts): { keys: string[]; draft: EntityDraft }[] {
  const forms: { keys: string[]; draft: EntityDraft }[] = [];
  for (const draft of drafts.byKey.values()) {
    if (draft.type !== "organisation" || draft.registry) continue;
    const keys = formKeys(draft.name);
    forms.push({ keys, draft });
    const words = draft.name.split(/\s+/u);
    const lastWord = (words.at(-1) ?? "").replace(/\.$/u, "");
    if (words.length >= 3 && isCompanySuffix(lastWord)) forms.push({ keys: formKeys(words.slice(0, -1).join(" ")), draft });
  }
  return forms.sort((a, b) => b.keys.length - a.keys.length);
}

function tryOrganisation(scan: Scan, i: number, forms: readonly { keys: string[]; draft: EntityDraft }[]): number {
  if (!/^\p{Lu}/u.test(scan.sentence.tokens[i]?.text ?? "")) return 0;
  for (const form of forms) {
    const last = i + form.keys.length;
    if (!form.keys.every((k, j) => free(scan, i + j) && keyAt(scan, i + j) === k)) continue;
    // Part of a longer capitalised name is not a mention of the shorter one.
    if (free(scan, last) && /^\p{Lu}/u.test(scan.sentence.tokens[last]?.text ?? "")) continue;
    mention(scan, form.draft, i, last);
    return form.keys.length;
  }
  return 0;
}

export function addBackReferences(context: DetectionContext, chosen: readonly Candidate[], drafts: Drafts, people: readonly PersonCluster[]): void {
  const covered = coverage(chosen);
  const forms = organisationForms(drafts);
  for (const sentence of context.sentences) {
    const scan: Scan = { context, sentence, covered: covered.get(sentence) ?? new Set(), drafts };
    let i = 0;
    while (i < sentence.tokens.length) {
      if (!free(scan, i)) {
        i += 1;
        continue;
      }
      const used = tryAcronym(scan, i) || tryPerson(scan, i, people) || tryOrganisation(scan, i, forms);
      i += Math.max(used, 1);
    }
  }
}
