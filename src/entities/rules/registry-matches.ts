/**
 * Finds the registry's names and aliases in the text (longest match first) and proposes
 * them as mentions. Matching is case-insensitive except for acronyms ("WHO" is not "who"),
 * and tolerates a final possessive ("UK Parliament’s").
 */
import type { DetectionContext, Rule, Sentence } from "../context.ts";
import { addCandidate, capitalisedAt, keyAt, settle } from "../context.ts";
import type { RegistryForm, TrieNode } from "../registry.ts";
import { startsUpper } from "../letters.ts";
import { isNameClass } from "../token-classes.ts";
import type { EntityType, RegistryEntity } from "../types.ts";

interface Match {
  readonly last: number;
  readonly forms: readonly RegistryForm[];
}

/** The longest registry form starting at token `first`. */
export function longestMatch(root: TrieNode, sentence: Sentence, first: number): Match | undefined {
  let node: TrieNode | undefined = root;
  let best: Match | undefined;
  for (let i = first; i < sentence.tokens.length && node; i += 1) {
    const token = sentence.tokens[i];
    if (!token) break;
    const key = keyAt(sentence, i);
    if (token.possessive) {
      // "UK Parliament’s": the form may end here without its possessive...
      const ending = node.next.get(key);
      if (ending && ending.forms.length > 0) best = { last: i + 1, forms: ending.forms };
      // ...or carry on when the form itself has one ("People's Party").
      node = node.next.get(`${key}'s`);
    } else {
      node = node.next.get(key);
    }
    if (node && node.forms.length > 0) best = { last: i + 1, forms: node.forms };
  }
  return best;
}

function surfaceText(context: DetectionContext, sentence: Sentence, first: number, last: number): string {
  const block = context.blocks[sentence.block] ?? "";
  return block.slice(sentence.tokens[first]?.start ?? 0, sentence.tokens[last - 1]?.end ?? 0);
}

const NOT_LETTERS = /[^\p{L}]/gu;

function caseFits(form: RegistryForm, surface: string): boolean {
  const letters = surface.replace(NOT_LETTERS, "");
  if (form.acronym) return letters === letters.toUpperCase();
  if (startsUpper(surface)) return true;
  return surface[0] === form.form[0]; // "al-Farabi ..." is written in lower case
}

/**
 * A one-word alias inside a longer capitalised name is something else: "Tokayev" in
 * "Daulet Tokayev" is not Kassym-Jomart Tokayev, and "Halyk" in "Halyk Finance" is not Halyk
 * Bank. In a headline in Title Case every word is capitalised, so there it proves nothing.
 */
function partOfLongerName(sentence: Sentence, first: number, last: number, type: EntityType): boolean {
  if (last - first !== 1 || sentence.titleCase) return false;
  const next = sentence.classes[last];
  const nextCapitalised = capitalisedAt(sentence, last) && !sentence.tokens[first]?.possessive;
  if (type === "person") return isNameClass(sentence.classes[first - 1]) || (nextCapitalised && isNameClass(next));
  return nextCapitalised && (isNameClass(next) || next === "domain" || next === "head");
}

/**
 * "Milli Majlis of Beldaria" where the registry's Milli Majlis is Azerbaijan's: a body "of" a
 * place none of the entity's forms names is another country's body of the same name.
 */
function ofAnotherPlace(context: DetectionContext, sentence: Sentence, last: number, entity: RegistryEntity): boolean {
  if (entity.type !== "organisation" || keyAt(sentence, last) !== "of" || !capitalisedAt(sentence, last + 1)) return false;
  let place = last + 1;
  if (keyAt(sentence, place) === "the") place += 1;
  if (keyAt(sentence, place) === "republic" && keyAt(sentence, place + 1) === "of") place += 2;
  const word = keyAt(sentence, place);
  if (!capitalisedAt(sentence, place) || word === "") return false;
  const own = new Set([entity.name, ...entity.aliases].flatMap((form) => form.split(/[\s-]+/u).map((w) => w.toLowerCase())));
  return !own.has(word) && !context.registry.lookup(surfaceText(context, sentence, place, place + 1))?.id.startsWith(entity.id);
}

/**
 * Can a registry form start at token i? Most words start none; the sentence's words know
 * (RegistryWord.startsForm), and longestMatch would find nothing either.
 */
function mayStartForm(sentence: Sentence, i: number): boolean {
  const word = sentence.words[i];
  return word !== undefined && (word.startsForm || (sentence.tokens[i]?.possessive === true && word.startsPossessiveForm));
}

function scanSentence(context: DetectionContext, sentence: Sentence): void {
  const root = context.registry.trie;
  let i = 0;
  while (i < sentence.tokens.length) {
    if (!mayStartForm(sentence, i)) {
      i += 1;
      continue;
    }
    const match = longestMatch(root, sentence, i);
    const surface = match ? surfaceText(context, sentence, i, match.last) : "";
    const form = match?.forms.find((f) => caseFits(f, surface));
    const entity = form?.entity;
    if (!match || !form) {
      i += 1;
      continue;
    }
    if (entity && !partOfLongerName(sentence, i, match.last, entity.type) && !ofAnotherPlace(context, sentence, match.last, entity)) {
      addCandidate(context, {
        rule: "registry", type: entity.type, names: [entity.name], sentence, first: i, last: match.last,
        evidence: "registry", registry: entity,
        ...(entity.type === "person" ? { nameTokens: entity.name.split(/\s+/u) } : {}),
      });
      settle(context, sentence, i, match.last);
    }
    i = match.last;
  }
}

export const registryMatches: Rule = {
  name: "registry-matches",
  run(context) {
    for (const sentence of context.sentences) scanSentence(context, sentence);
  },
};
