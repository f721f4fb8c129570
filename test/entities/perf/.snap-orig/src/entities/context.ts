/**
 * The state that detection rules share: the article split into sentences and classified
 * tokens, and the candidate mentions that the rules propose. Rules only add to it; the
 * assembly step (assemble.ts) decides which candidates win.
 */
import type { CompiledRegistry } from "./registry.ts";
import type { Token } from "./tokens.ts";
import type { EntityType, RegistryEntity } from "./types.ts";
import type { TokenClass } from "./token-classes.ts";

export interface Sentence {
  readonly block: number;
  /** Offsets of the sentence within its block. */
  readonly start: number;
  readonly end: number;
  /** Tokens with offsets relative to the block. */
  readonly tokens: readonly Token[];
  readonly classes: readonly TokenClass[];
  /** The sentence is written in headline Title Case: capitals say little there. */
  readonly titleCase: boolean;
}

/** How sure a rule is that a candidate is what it says. */
export type Evidence = "registry" | "strong" | "weak";

export interface Candidate {
  readonly rule: string;
  readonly type: EntityType;
  /** Canonical names proposed; coordination ("Ministries of A and B") gives several for one span. */
  readonly names: readonly string[];
  readonly sentence: Sentence;
  /** Token range [first, last) within the sentence. */
  readonly first: number;
  readonly last: number;
  /** Surface offsets within the block. */
  readonly start: number;
  readonly end: number;
  readonly evidence: Evidence;
  readonly registry?: RegistryEntity;
  /** For people: the tokens of the name without titles, for back-references. */
  readonly nameTokens?: readonly string[];
  /** Further mentions inside the span: the acronym in "Steppe Development Bank (SDB)". */
  readonly innerMentions?: readonly { readonly first: number; readonly last: number }[];
}

export interface AcronymDefinition {
  readonly acronym: string;
  /** The expansion's canonical name, or null when it names no entity ("Artificial Intelligence (AI)"). */
  readonly name: string | null;
}

export interface DetectionContext {
  readonly blocks: readonly string[];
  readonly registry: CompiledRegistry;
  readonly sentences: readonly Sentence[];
  readonly candidates: Candidate[];
  readonly acronyms: Map<string, AcronymDefinition>;
  /** Tokens that a rule has settled (a dateline's city, a registry match): sentence → token indexes. */
  readonly settled: Map<Sentence, Set<number>>;
  /** Words seen in lower case somewhere in the article: capitalised at a sentence start they are common words. */
  readonly lowerCaseWords: ReadonlySet<string>;
  /** Capitalised runs that no head word or title explained: people only with more evidence (person-cues.ts). */
  readonly bareRuns: BareRun[];
}

export interface BareRun {
  readonly sentence: Sentence;
  readonly first: number;
  readonly last: number;
}

export interface Rule {
  readonly name: string;
  run(context: DetectionContext): void;
}

export function isSettled(context: DetectionContext, sentence: Sentence, index: number): boolean {
  return context.settled.get(sentence)?.has(index) ?? false;
}

export function settle(context: DetectionContext, sentence: Sentence, first: number, last: number): void {
  let set = context.settled.get(sentence);
  if (!set) {
    set = new Set();
    context.settled.set(sentence, set);
  }
  for (let i = first; i < last; i += 1) set.add(i);
}

/** The block text between two token indexes, possessive of the last token excluded. */
export function surfaceOf(context: DetectionContext, sentence: Sentence, first: number, last: number): { start: number; end: number; text: string } {
  const block = context.blocks[sentence.block] ?? "";
  const start = sentence.tokens[first]?.start ?? 0;
  const end = sentence.tokens[last - 1]?.end ?? start;
  return { start, end, text: block.slice(start, end) };
}

/** A name as written in the text, spaces normalised. */
export function cleanName(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

export function addCandidate(context: DetectionContext, candidate: Omit<Candidate, "start" | "end">): void {
  const { start, end } = surfaceOf(context, candidate.sentence, candidate.first, candidate.last);
  context.candidates.push({ ...candidate, start, end });
}
