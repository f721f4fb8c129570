/**
 * Turns the rules' candidates into entities: picks non-overlapping candidates (longest first,
 * registry before detection), maps names to registry entities and drops never-entities,
 * groups a person's full name with its later short forms, adds back-references, and builds
 * the entities with their mentions in text order.
 */
import type { Candidate, DetectionContext, Evidence, Sentence } from "./context.ts";
import { addBackReferences } from "./back-references.ts";
import { clusterPeople } from "./people-clusters.ts";
import type { PersonCluster } from "./people-clusters.ts";
import { onlyTypeWords } from "./name-keys.ts";
import { nameKey, tokenKey } from "./normalise.ts";
import { longestName, slugify } from "../slug.ts";
import { isCompanySuffix } from "./token-classes.ts";
import type { ArticleEntity, EntityType, Mention, RegistryEntity } from "./types.ts";
import type { DraftTable, EntityDraft, Occurrence } from "./drafts.ts";

export type { EntityDraft, Occurrence } from "./drafts.ts";

export interface DetectedEntity extends ArticleEntity {
  readonly source: "registry" | "detection";
}

const EVIDENCE_RANK: Readonly<Record<Evidence, number>> = { registry: 3, strong: 2, weak: 1 };

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.sentence === b.sentence && a.first < b.last && b.first < a.last;
}

/** Longest first; at equal length the registry, then strong evidence, wins. */
export function selectCandidates(candidates: readonly Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => (b.last - b.first) - (a.last - a.first) || EVIDENCE_RANK[b.evidence] - EVIDENCE_RANK[a.evidence]);
  const chosen: Candidate[] = [];
  for (const candidate of ordered) if (!chosen.some((c) => overlaps(c, candidate))) chosen.push(candidate);
  return chosen;
}

export class Drafts implements DraftTable {
  readonly byKey = new Map<string, EntityDraft>();
  add(key: string, type: EntityType, name: string, occurrence: Occurrence | undefined, registry?: RegistryEntity, tentative = false): EntityDraft {
    let draft = this.byKey.get(key);
    if (!draft) {
      draft = { key, type, name, occurrences: [], registry, tentative: tentative && !registry };
      this.byKey.set(key, draft);
    } else {
      // Any firm evidence in the article confirms it.
      if (!tentative) draft.tentative = false;
      if (!registry && !tentative && preferName(name, draft.name)) draft.name = name;
    }
    if (occurrence) draft.occurrences.push(occurrence);
    return draft;
  }
  addRegistry(entity: RegistryEntity, occurrence: Occurrence | undefined): EntityDraft {
    return this.add(entity.id, entity.type, entity.name, occurrence, entity);
  }
  addOrganisation(context: DetectionContext, name: string, occurrence: Occurrence | undefined, tentative = false): EntityDraft | undefined {
    // "NWF JSC" cut from a longer name: a legal form and a type word name nothing.
    if (context.registry.isNever(name) || onlyTypeWords(name)) return undefined;
    // "The ADA said in a statement" after "the Aldander Development Agency (ADA)": a cue found
    // the acronym as a name of its own, but the article has said whose it is.
    const defined = context.acronyms.get(name.replace(/^the\s+/i, ""));
    if (defined?.name && defined.name !== name) return this.addOrganisation(context, defined.name, occurrence, tentative);
    const known = context.registry.lookup(name);
    if (known) return this.addRegistry(known, occurrence);
    return this.add(organisationKey(name), "organisation", name, occurrence, undefined, tentative);
  }
}

/**
 * The draft key of a detected organisation. Back-references add the same few names again and
 * again, so the key is remembered per name (bounded, like the other caches of names).
 */
const ORGANISATION_KEYS = new Map<string, string>();
const ORGANISATION_KEYS_LIMIT = 50_000;

function organisationKey(name: string): string {
  let key = ORGANISATION_KEYS.get(name);
  if (key === undefined) {
    key = `organisation:${slugify(withoutCompanyForm(name))}`;
    if (ORGANISATION_KEYS.size >= ORGANISATION_KEYS_LIMIT) ORGANISATION_KEYS.clear();
    ORGANISATION_KEYS.set(name, key);
  }
  return key;
}

/** "Altynsay Mining JSC" and "Altynsay Mining" are one company: the key ignores the legal form. */
function withoutCompanyForm(name: string): string {
  const words = name.split(/\s+/u);
  const last = (words.at(-1) ?? "").replace(/\.$/u, "");
  return words.length >= 2 && isCompanySuffix(last) ? words.slice(0, -1).join(" ") : name;
}

/**
 * Which name a detected entity shows: the fuller one ("Altynsay Mining JSC"), and
 * "KelNews" as written in the text rather than "Kelnews" from a dateline in capitals.
 */
function preferName(candidate: string, current: string): boolean {
  // The usual case, the same name again, changes nothing (every test below is false for it).
  if (candidate === current) return false;
  if (candidate.length > current.length && candidate.toLowerCase().startsWith(current.toLowerCase())) return true;
  if (noLowerCase(current) && !noLowerCase(candidate)) return true;
  return titled(current) && !titled(candidate) && !noLowerCase(candidate) && candidate.toLowerCase() === current.toLowerCase();
}

/** Written in capitals (or without letters). */
function noLowerCase(s: string): boolean {
  return s === s.toUpperCase();
}

const TITLED = /^\p{Lu}\p{Ll}+$/u;
function titled(s: string): boolean {
  return TITLED.test(s);
}

function innerOccurrence(c: Candidate, first: number, last: number): Occurrence {
  return { sentence: c.sentence, start: c.sentence.tokens[first]?.start ?? c.start, end: c.sentence.tokens[last - 1]?.end ?? c.end };
}

function occurrenceOf(c: Candidate): Occurrence {
  return { sentence: c.sentence, start: c.start, end: c.end };
}

function addOrganisations(context: DetectionContext, chosen: readonly Candidate[], drafts: Drafts, people: readonly PersonCluster[]): void {
  const personWords = new Set(people.flatMap((p) => p.keys));
  for (const candidate of chosen) {
    if (candidate.type !== "organisation") continue;
    if (candidate.registry) {
      // "the Neven Power Company (NPC)", then "NPC": the article's own definition of the letters
      // wins over a registry entity that also goes by them.
      const surface = (context.blocks[candidate.sentence.block] ?? "").slice(candidate.start, candidate.end).replace(/^the\s+/iu, "");
      const defined = context.acronyms.get(surface);
      if (defined?.name && context.registry.lookup(defined.name) !== candidate.registry) drafts.addOrganisation(context, defined.name, occurrenceOf(candidate));
      else drafts.addRegistry(candidate.registry, occurrenceOf(candidate));
      continue;
    }
    // "told Sandahl": a word that is a person's name is not a news outlet.
    if (candidate.evidence === "weak" && candidate.names.every((n) => n.split(/\s+/u).every((w) => personWords.has(tokenKey(w))))) continue;
    for (const name of candidate.names) {
      const draft = drafts.addOrganisation(context, name, occurrenceOf(candidate), candidate.tentative === true);
      for (const inner of candidate.innerMentions ?? []) draft?.occurrences.push(innerOccurrence(candidate, inner.first, inner.last));
    }
  }
}

function toMention(context: DetectionContext, o: Occurrence): Mention {
  const block = context.blocks[o.sentence.block] ?? "";
  return {
    surface: block.slice(o.start, o.end), block: o.sentence.block, start: o.start, end: o.end,
    sentence: block.slice(o.sentence.start, o.sentence.end),
    sentenceStart: o.start - o.sentence.start, sentenceEnd: o.end - o.sentence.start,
  };
}

function byPosition(a: Mention, b: Mention): number {
  return a.block - b.block || a.start - b.start || b.end - a.end;
}

function finish(context: DetectionContext, draft: EntityDraft): DetectedEntity {
  const seen = new Set<string>();
  const mentions = draft.occurrences
    .map((o) => toMention(context, o))
    .filter((m) => {
      const key = `${m.block}:${m.start}:${m.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(byPosition);
  const slug = draft.registry?.slug ?? slugify(draft.name);
  const name = draft.registry?.name ?? draft.name;
  const forms = otherForms(name, mentions);
  // "... Steppe Countries (STEPPA)": an acronym in brackets right after a mention is one of its forms.
  for (const m of mentions) {
    const after = ACRONYM_AFTER.exec((context.blocks[m.block] ?? "").slice(m.end, m.end + 16));
    if (after && !forms.includes(after[1]!)) forms.push(after[1]!);
  }
  // An acronym the article defines for it is one of its forms even if the article never uses it again.
  for (const definition of context.acronyms.values()) {
    if (definition.name !== null && (definition.name === draft.name || definition.name === name) && !forms.includes(definition.acronym)) forms.push(definition.acronym);
  }
  return {
    id: draft.registry?.id ?? `${draft.type}:${slug}`, type: draft.registry?.type ?? draft.type,
    name, slug, source: draft.registry ? "registry" : "detection", mentions, ...(forms.length > 0 ? { forms } : {}),
    ...(draft.tentative ? { tentative: true as const } : {}),
  };
}

const ACRONYM_AFTER = /^\s*\((\p{Lu}[\p{Lu}\p{N}+&-]{1,9})\)/u;

/** The surface forms other than the name, once each, possessives and a leading "the" dropped. */
function otherForms(name: string, mentions: readonly Mention[]): string[] {
  const own = nameKey(name);
  const forms = new Map<string, string>();
  for (const m of mentions) {
    const surface = m.surface.replace(/^the\s+/iu, "").replace(/['\u2019]s$/u, "").trim();
    // "Development Bank of Tarvania (DBT)": the name and its acronym are both forms.
    const bracket = /^(.+?)\s*\(([^()]+)\)$/u.exec(surface);
    for (const form of bracket ? [bracket[1]!, bracket[2]!] : [surface]) {
      const key = nameKey(form);
      if (key !== own && key.length > 0 && !forms.has(key)) forms.set(key, form);
    }
  }
  return [...forms.values()];
}

/** Two drafts that end with the same id ("Aliya Nur" and "Aliya-Nur") are one page. */
function mergeSameId(entities: readonly DetectedEntity[]): DetectedEntity[] {
  const byId = new Map<string, DetectedEntity>();
  for (const e of entities) {
    const seen = byId.get(e.id);
    if (!seen) {
      byId.set(e.id, e);
      continue;
    }
    const forms = [...new Set([...(seen.forms ?? []), ...(e.forms ?? [])])];
    const { tentative: _seen, ...firm } = seen;
    const joined = { ...firm, mentions: [...seen.mentions, ...e.mentions].sort(byPosition), ...(forms.length > 0 ? { forms } : {}) };
    byId.set(e.id, seen.tentative && e.tentative ? { ...joined, tentative: true as const } : joined);
  }
  return [...byId.values()];
}

/**
 * Names with no evidence in the article (rules/tentative-names.ts), where nothing firmer stands:
 * not where a chosen candidate or a back-reference already reads the words.
 */
function addTentative(context: DetectionContext, chosen: readonly Candidate[], drafts: Drafts, people: readonly PersonCluster[]): void {
  const taken = new Set<string>();
  for (const draft of drafts.byKey.values()) for (const o of draft.occurrences) taken.add(`${o.sentence.block}:${o.start}`);
  const personWords = new Set(people.flatMap((p) => p.keys));
  for (const candidate of selectCandidates(context.candidates.filter((c) => c.tentative))) {
    if (chosen.some((c) => overlaps(c, candidate))) continue;
    if (taken.has(`${candidate.sentence.block}:${candidate.start}`)) continue;
    const name = candidate.names[0] ?? "";
    if (candidate.type === "person") {
      const key = tokenKey(name);
      if (!personWords.has(key)) drafts.add(`person:${key}`, "person", name, occurrenceOf(candidate), undefined, true);
      continue;
    }
    if (name.split(/\s+/u).every((w) => personWords.has(tokenKey(w)))) continue;
    drafts.addOrganisation(context, name, occurrenceOf(candidate), true);
  }
}

export function assemble(context: DetectionContext): DetectedEntity[] {
  const chosen = selectCandidates(context.candidates.filter((c) => !c.tentative));
  const drafts = new Drafts();
  const people = clusterPeople(context, chosen, drafts);
  addOrganisations(context, chosen, drafts, people);
  addBackReferences(context, chosen, drafts, people);
  addTentative(context, chosen, drafts, people);
  // A name longer than any real one is a run of capitalised words, not a name.
  const finished = [...drafts.byKey.values()]
    .filter((d) => d.occurrences.length > 0)
    .map((d) => finish(context, d))
    .filter((e) => e.name.length <= longestName && e.slug.length <= longestName);
  return mergeSameId(finished)
    .sort((a, b) => {
      const ma = a.mentions[0];
      const mb = b.mentions[0];
      return ma && mb ? byPosition(ma, mb) : 0;
    });
}
