/**
 * The state that detection rules share: the article split into sentences and classified
 * tokens, and the candidate mentions that the rules propose. Rules only add to it; the
 * assembly step (assemble.ts) decides which candidates win.
 */
import { isSpaceCode } from "./letters.ts";
import type { CompiledRegistry } from "./registry.ts";
import type { Token } from "./tokens.ts";
import type { EntityType, RegistryEntity } from "./types.ts";
import type { RegistryWord, TokenClass } from "./token-classes.ts";

export interface Sentence {
  readonly block: number;
  /** Offsets of the sentence within its block. */
  readonly start: number;
  readonly end: number;
  /** Tokens with offsets relative to the block. */
  readonly tokens: readonly Token[];
  /**
   * Per token, what it is, found once when the sentence is read because every rule keeps
   * asking: its word (key, capital, class under the registry: see RegistryWord), and its
   * class ("punct" for punctuation).
   */
  readonly words: readonly RegistryWord[];
  readonly classes: readonly TokenClass[];
  /**
   * Indexes of the tokens that may start a name: words with a capital, and name words in
   * lower case ("al-Farabi"). Rules that look for names visit these instead of every token.
   */
  readonly nameLike: readonly number[];
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
  /** A name with no evidence in this article (tentative-names.ts): the site may confirm it. */
  readonly tentative?: boolean;
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

/** The key (see tokenKey) of token i; "" outside the sentence. */
export function keyAt(sentence: Sentence, i: number): string {
  return sentence.words[i]?.key ?? "";
}

/** Token i is a word that starts with a capital letter. */
export function capitalisedAt(sentence: Sentence, i: number): boolean {
  return sentence.words[i]?.upper === true;
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

/** A name as written in the text, spaces normalised. */
export function cleanName(text: string): string {
  return isClean(text) ? text : text.replace(/\s+/gu, " ").trim();
}

/**
 * Most names are already clean: no white space at either end, and single plain spaces
 * between words. Checking that is cheaper than the replace and trim that would not change them.
 */
function isClean(text: string): boolean {
  if (text.length === 0) return true;
  let previousSpace = true; // a space at the start is not clean
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (isSpaceCode(code)) {
      return false;
    } else {
      previousSpace = false;
    }
  }
  return !previousSpace;
}

export function addCandidate(context: DetectionContext, candidate: Omit<Candidate, "start" | "end">): void {
  const tokens = candidate.sentence.tokens;
  const start = tokens[candidate.first]?.start ?? 0;
  const end = tokens[candidate.last - 1]?.end ?? start;
  // Written out in one order, so that every rule's candidates share one object shape: the
  // assembly reads them all through the same code, which stays fast only for few shapes.
  context.candidates.push({
    rule: candidate.rule, type: candidate.type, names: candidate.names, sentence: candidate.sentence,
    first: candidate.first, last: candidate.last, start, end, evidence: candidate.evidence,
    registry: candidate.registry, nameTokens: candidate.nameTokens, innerMentions: candidate.innerMentions, tentative: candidate.tentative,
  });
}
