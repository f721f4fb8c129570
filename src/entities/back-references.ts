/**
 * Later short forms of entities already found in the article: a defined acronym ("APPG"),
 * a person's surname or name tail ("Kosherbayev", "Al Marwani", "Van der Velde-Osei"), and an
 * organisation's name repeated where no rule had a reason to read it ("told DNA"), also
 * without its company form ("Altynsay Mining" for "Altynsay Mining JSC").
 */
import type { DraftTable as Drafts, EntityDraft } from "./drafts.ts";
import type { Candidate, DetectionContext, Sentence } from "./context.ts";
import { capitalisedAt, isSettled, keyAt } from "./context.ts";
import { NAME_PARTICLES } from "./lexicon.ts";
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

function keyOf(scan: Scan, i: number): string {
  return keyAt(scan.sentence, i);
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

/** The people found so far, and every word of their names: most capitalised words are in none. */
interface People {
  readonly clusters: readonly PersonCluster[];
  readonly words: ReadonlySet<string>;
}

function tryPerson(scan: Scan, i: number, people: People): number {
  if (!isNameClass(scan.sentence.classes[i])) return 0;
  // Every tail tried below starts with this word's key; a word in no name matches no tail.
  if (!people.words.has(keyOf(scan, i))) return 0;
  for (let length = MAX_NAME_TAIL; length >= 1; length -= 1) {
    const last = i + length;
    const keys: string[] = [];
    let ok = true;
    for (let j = i; j < last; j += 1) {
      if (!free(scan, j)) ok = false;
      else if (scan.sentence.classes[j] !== "particle") keys.push(keyOf(scan, j));
    }
    if (!ok || isNameClass(scan.sentence.classes[last]) && free(scan, last)) continue;
    const matches = people.clusters.filter((cluster) => tailMatches(cluster, keys));
    if (matches.length !== 1 || !matches[0]) continue;
    let first = i;
    while (first > 0 && free(scan, first - 1) && NAME_PARTICLES.has(keyOf(scan, first - 1))) first -= 1;
    mention(scan, matches[0].draft, first, last);
    return length;
  }
  return 0;
}

interface OrganisationForm {
  readonly keys: readonly string[];
  readonly draft: EntityDraft;
}

/** Token keys of the names of organisations found by detection, and of their short forms. */
function organisationForms(drafts: Drafts): OrganisationForm[] {
  const forms: OrganisationForm[] = [];
  for (const draft of drafts.byKey.values()) {
    if (draft.type !== "organisation" || draft.registry) continue;
    for (const keys of formsOfName(draft.name)) forms.push({ keys, draft });
  }
  return forms.sort((a, b) => b.keys.length - a.keys.length);
}

/**
 * The token keys of a name ("Altynsay Mining JSC") and, for a company, of the name without
 * its legal form ("Altynsay Mining"). Every article with the company asks again: remembered
 * per name (bounded). The arrays are shared, so nothing may change them.
 */
const NAME_FORMS = new Map<string, readonly (readonly string[])[]>();
const NAME_FORMS_LIMIT = 50_000;

function formsOfName(name: string): readonly (readonly string[])[] {
  let forms = NAME_FORMS.get(name);
  if (forms === undefined) {
    const words = name.split(/\s+/u);
    const lastWord = (words.at(-1) ?? "").replace(/\.$/u, "");
    const withoutForm = words.length >= 3 && isCompanySuffix(lastWord) ? [formKeys(words.slice(0, -1).join(" "))] : [];
    forms = [formKeys(name), ...withoutForm];
    if (NAME_FORMS.size >= NAME_FORMS_LIMIT) NAME_FORMS.clear();
    NAME_FORMS.set(name, forms);
  }
  return forms;
}

/**
 * The forms to try at a token, longest first. A form can only match where its first key
 * stands, so the forms are grouped by first key: each token looks at its own few forms
 * instead of every organisation in the article. (A form without keys would match anywhere;
 * such an article keeps the plain list.)
 */
class FormIndex {
  private readonly byFirstKey = new Map<string, OrganisationForm[]>();
  private readonly all: readonly OrganisationForm[] | undefined;
  constructor(forms: readonly OrganisationForm[]) {
    this.all = forms.some((f) => f.keys.length === 0) ? forms : undefined;
    for (const form of forms) {
      const first = form.keys[0] ?? "";
      const list = this.byFirstKey.get(first);
      if (list) list.push(form);
      else this.byFirstKey.set(first, [form]);
    }
  }
  at(key: string): readonly OrganisationForm[] {
    return this.all ?? this.byFirstKey.get(key) ?? [];
  }
}

function matchesForm(scan: Scan, i: number, keys: readonly string[]): boolean {
  for (let j = 0; j < keys.length; j += 1) if (!free(scan, i + j) || keyOf(scan, i + j) !== keys[j]) return false;
  return true;
}

function tryOrganisation(scan: Scan, i: number, forms: FormIndex): number {
  if (!capitalisedAt(scan.sentence, i)) return 0;
  for (const form of forms.at(keyOf(scan, i))) {
    const last = i + form.keys.length;
    if (!matchesForm(scan, i, form.keys)) continue;
    // Part of a longer capitalised name is not a mention of the shorter one.
    if (free(scan, last) && capitalisedAt(scan.sentence, last)) continue;
    mention(scan, form.draft, i, last);
    return form.keys.length;
  }
  return 0;
}

export function addBackReferences(context: DetectionContext, chosen: readonly Candidate[], drafts: Drafts, people: readonly PersonCluster[]): void {
  const covered = coverage(chosen);
  const forms = new FormIndex(organisationForms(drafts));
  const names: People = { clusters: people, words: new Set(people.flatMap((p) => p.keys)) };
  const nothing = new Set<number>();
  for (const sentence of context.sentences) {
    const scan: Scan = { context, sentence, covered: covered.get(sentence) ?? nothing, drafts };
    // Only a name-like word can start a reference: acronyms and organisation forms start with
    // a capital, and tryPerson wants a name word ("al-Farabi" is one in lower case).
    let next = 0; // tokens before it belong to a reference already found
    for (const i of sentence.nameLike) {
      if (i < next || !free(scan, i)) continue;
      const used = tryAcronym(scan, i) || tryPerson(scan, i, names) || tryOrganisation(scan, i, forms);
      next = i + Math.max(used, 1);
    }
  }
}
