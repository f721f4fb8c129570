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
import type { CompiledRegistry } from "./registry.ts";
import { acronymDefinitions } from "./rules/acronyms.ts";
import { bylines } from "./rules/bylines.ts";
import { datelines } from "./rules/datelines.ts";
import { namedForms } from "./rules/named-forms.ts";
import { organisationCues } from "./rules/organisation-cues.ts";
import { outlets } from "./rules/outlets.ts";
import { personCues } from "./rules/person-cues.ts";
import { phrases } from "./rules/phrases.ts";
import { registryMatches } from "./rules/registry-matches.ts";
import { tentativeNames } from "./rules/tentative-names.ts";
import { qualifyMinistries } from "./qualify-ministries.ts";
import { splitSentences } from "./sentences.ts";
import type { TokenClass } from "./token-classes.ts";
import { tokenizeWords } from "./tokens.ts";

export type { DetectedEntity } from "./assemble.ts";

/** The rules, in the order they run: the earlier ones settle tokens the later ones must leave alone. */
export const RULES: readonly Rule[] = [datelines, bylines, registryMatches, acronymDefinitions, namedForms, phrases, organisationCues, personCues, outlets, tentativeNames];

/** A headline in Title Case has no lower-case content word and several capitalised ones. */
const MIN_TITLE_CASE_CAPITALS = 4;

interface ReadText {
  readonly sentences: Sentence[];
  /** Keys of the words written in lower case somewhere in the article. */
  readonly lowerCaseWords: Set<string>;
}

/** Numbers each reading of an article (see RegistryWord.lastLowerCaseReading). */
let readings = 0;

/**
 * Splits the blocks into sentences and reads each token once: its key, class and capital.
 * The rules then look these up by index instead of normalising and matching the text again.
 */
function readText(blocks: readonly string[], registry: CompiledRegistry): ReadText {
  const sentences: Sentence[] = [];
  const lowerCaseWords = new Set<string>();
  readings += 1;
  const reading = readings;
  blocks.forEach((text, block) => {
    for (const span of splitSentences(text)) {
      const { tokens, entries: words } = tokenizeWords(text, span.start, span.end, registry.words);
      const classes: TokenClass[] = [];
      const nameLike: number[] = [];
      let capitals = 0;
      let lowerContent = 0;
      for (let i = 0; i < tokens.length; i += 1) {
        const token = tokens[i];
        const word = words[i]; // one entry per token
        if (token === undefined || word === undefined) continue;
        if (token.kind === "punct") {
          classes.push("punct");
          continue;
        }
        classes.push(word.cls);
        if (word.upper || word.cls === "name") nameLike.push(i);
        if (word.lower && word.lastLowerCaseReading !== reading) {
          word.lastLowerCaseReading = reading;
          lowerCaseWords.add(word.key);
        }
        if (word.upper) capitals += 1;
        else if (word.lowerContent) lowerContent += 1;
      }
      const titleCase = capitals >= MIN_TITLE_CASE_CAPITALS && lowerContent === 0;
      sentences.push({ block, start: span.start, end: span.end, tokens, words, classes, nameLike, titleCase });
    }
  });
  return { sentences, lowerCaseWords };
}

export function createContext(blocks: readonly string[], registry: CompiledRegistry): DetectionContext {
  const { sentences, lowerCaseWords } = readText(blocks, registry);
  return { blocks, registry, sentences, candidates: [], acronyms: new Map(), settled: new Map(), lowerCaseWords, bareRuns: [] };
}

/**
 * The article's entities. Tentative names (rules/tentative-names.ts) only with `keepTentative`:
 * alone, an article publishes only what it gives evidence for.
 */
export function findEntities(blocks: readonly string[], registry: CompiledRegistry, rules: readonly Rule[] = RULES, keepTentative = false): DetectedEntity[] {
  const context = createContext(blocks, registry);
  for (const rule of rules) rule.run(context);
  // A ministry named without its country takes the item's, or is dropped (qualify-ministries.ts).
  const entities = qualifyMinistries(assemble(context), blocks, registry) as DetectedEntity[];
  return keepTentative ? entities : entities.filter((e) => !e.tentative);
}
