/**
 * Read access to one sentence's tokens for the phrase rules: classes, keys, and the small
 * questions they keep asking ("is this the first word of the sentence?").
 */
import { cleanName, type DetectionContext, type Sentence } from "../context.ts";
import { FUNCTION_WORDS } from "../lexicon.ts";
import type { TokenClass } from "../token-classes.ts";
import type { Token } from "../tokens.ts";

/** "Notably", "Speaking", "Addressing": capitalised only because they open the sentence. */
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}{2,}(?:ing|ly|ed)$/u;

/** SENTENCE_ADVERB, with the endings it requires checked first: most names have none of them. */
function looksLikeSentenceAdverb(text: string): boolean {
  return (text.endsWith("ly") || text.endsWith("ed") || text.endsWith("ing")) && SENTENCE_ADVERB.test(text);
}

/** Punctuation that may open a sentence before its first word: quotes, brackets, dashes. */
const OPENERS = new Set(["\u201C", "\"", "\u2018", "'", "\u00AB", "(", "[", "\u2014", "\u2013", "-"]);

/** How many tokens at the start of the sentence are opening punctuation. */
function leadingOpeners(c: Cursor): number {
  let j = 0;
  while (c.tok(j)?.kind === "punct" && OPENERS.has(c.text(j))) j += 1;
  return j;
}

export class Cursor {
  readonly n: number;
  /** leadingOpeners, counted on first use: sentenceInitial is asked for nearly every capitalised word. */
  private openers = -1;
  private settledSet: ReadonlySet<number> | undefined;
  constructor(
    readonly context: DetectionContext,
    readonly sentence: Sentence,
  ) {
    this.n = sentence.tokens.length;
  }
  tok(i: number): Token | undefined {
    return this.sentence.tokens[i];
  }
  text(i: number): string {
    return this.sentence.tokens[i]?.text ?? "";
  }
  /** The token's key (see tokenKey); "" outside the sentence. */
  key(i: number): string {
    return this.sentence.words[i]?.key ?? "";
  }
  cls(i: number): TokenClass | undefined {
    return this.sentence.classes[i];
  }
  /**
   * Token i is one of these words (written exactly so). Up to four words, as separate
   * parameters rather than a rest array: the rules ask this of nearly every token.
   */
  is(i: number, a: string, b?: string, c?: string, d?: string): boolean {
    const tok = this.tok(i);
    if (tok === undefined || tok.kind !== "word") return false;
    const text = tok.text;
    return text === a || text === b || text === c || text === d;
  }
  /** Token i is punctuation: any, or one of the characters given. */
  isPunct(i: number, a?: string, b?: string): boolean {
    const tok = this.tok(i);
    if (tok === undefined || tok.kind !== "punct") return false;
    return a === undefined || tok.text === a || tok.text === b;
  }
  possessive(i: number): boolean {
    return this.tok(i)?.possessive ?? false;
  }
  settled(i: number): boolean {
    // The sentence's set, once a rule has created it, is only ever added to: it can be kept.
    this.settledSet ??= this.context.settled.get(this.sentence);
    return this.settledSet?.has(i) ?? false;
  }
  /** A word starting with a capital letter. */
  capitalised(i: number): boolean {
    return this.sentence.words[i]?.upper === true;
  }
  /** Adjacent in the text: no space between token i and token i+1. */
  glued(i: number): boolean {
    const a = this.tok(i);
    const b = this.tok(i + 1);
    return a !== undefined && b !== undefined && a.possessiveEnd === b.start;
  }
  /** Only opening quotes or brackets stand before token i in its sentence. */
  sentenceInitial(i: number): boolean {
    if (this.openers < 0) this.openers = leadingOpeners(this);
    return i <= this.openers;
  }
  /**
   * A capitalised word that is only capitalised because it starts the sentence:
   * a function word, a word the article also uses in lower case, or a sentence adverb or
   * participle ("Notably", "Speaking", "Addressing").
   */
  commonAtStart(i: number): boolean {
    if (!this.sentenceInitial(i)) return false;
    const key = this.key(i);
    if (this.cls(i) === "initial" && this.isPunct(i + 1, ".") && this.glued(i)) return false; // "A. B. Serikbayev"
    if (FUNCTION_WORDS.has(key)) return true;
    if (this.cls(i) !== "name") return false;
    return this.context.lowerCaseWords.has(key) || looksLikeSentenceAdverb(this.text(i));
  }
}

/** The text of tokens `first` to `last` (exclusive) as it stands in the sentence's block, cleaned as a name. */
export function textOf(c: Cursor, first: number, last: number): string {
  const block = c.context.blocks[c.sentence.block] ?? "";
  return cleanName(block.slice(c.tok(first)?.start ?? 0, c.tok(last - 1)?.end ?? 0));
}
