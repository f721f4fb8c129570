/**
 * Finds the people and organisations an English news article mentions.
 *
 * A pipeline of small rules (markdown-it style), each in src/entities/rules/, reads the
 * article's sentences and proposes candidate mentions; assemble.ts then decides which win.
 * The registry comes first and wins over detection; detection needs evidence, and more of it
 * for people than for organisations.
 */
import { assemble } from "./assemble.ts";
import type { DetectedEntity } from "./assemble.ts";
import type { DetectionContext, Rule, Sentence } from "./context.ts";
import { FUNCTION_WORDS } from "./lexicon.ts";
import { tokenKey } from "./normalise.ts";
import type { CompiledRegistry } from "./registry.ts";
import { acronymDefinitions } from "./rules/acronyms.ts";
import { datelines } from "./rules/datelines.ts";
import { namedForms } from "./rules/named-forms.ts";
import { outlets } from "./rules/outlets.ts";
import { personCues } from "./rules/person-cues.ts";
import { phrases } from "./rules/phrases.ts";
import { registryMatches } from "./rules/registry-matches.ts";
import { splitSentences } from "./sentences.ts";
import { classifyToken } from "./token-classes.ts";
import { tokenize } from "./tokens.ts";
import type { Token } from "./tokens.ts";

export type { DetectedEntity } from "./assemble.ts";

/** The rules, in the order they run: the earlier ones settle tokens the later ones must leave alone. */
export const RULES: readonly Rule[] = [datelines, registryMatches, acronymDefinitions, namedForms, phrases, personCues, outlets];

/** Headline Title Case: no lower-case content word, several capitalised ones. */
function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === "word" && /\p{L}/u.test(t.text));
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  const lowerContent = words.filter((t) => /^\p{Ll}/u.test(t.text) && t.text.length >= 3 && !FUNCTION_WORDS.has(tokenKey(t.text))).length;
  return capitalised >= 4 && lowerContent === 0;
}

function sentencesOf(blocks: readonly string[], registry: CompiledRegistry): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((text, block) => {
    for (const span of splitSentences(text)) {
      const tokens = tokenize(text.slice(span.start, span.end)).map((t) => ({
        ...t, start: t.start + span.start, end: t.end + span.start, possessiveEnd: t.possessiveEnd + span.start,
      }));
      const classes = tokens.map((t) => classifyToken(t, registry.neverWords));
      sentences.push({ block, start: span.start, end: span.end, tokens, classes, titleCase: isTitleCase(tokens) });
    }
  });
  return sentences;
}

function lowerCaseWords(sentences: readonly Sentence[]): Set<string> {
  const words = new Set<string>();
  for (const s of sentences) for (const t of s.tokens) if (t.kind === "word" && /^\p{Ll}/u.test(t.text)) words.add(tokenKey(t.text));
  return words;
}

export function createContext(blocks: readonly string[], registry: CompiledRegistry): DetectionContext {
  const sentences = sentencesOf(blocks, registry);
  return {
    blocks, registry, sentences, candidates: [], acronyms: new Map(), settled: new Map(),
    lowerCaseWords: lowerCaseWords(sentences), bareRuns: [],
  };
}

export function findEntities(blocks: readonly string[], registry: CompiledRegistry, rules: readonly Rule[] = RULES): DetectedEntity[] {
  const context = createContext(blocks, registry);
  for (const rule of rules) rule.run(context);
  return assemble(context);
}
