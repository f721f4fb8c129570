/**
 * Read access to one sentence's tokens for the phrase rules: classes, keys, and the small
 * questions they keep asking ("is this the first word of the sentence?").
 */
import type { DetectionContext, Sentence } from "../context.ts";
import { isSettled } from "../context.ts";
import { FUNCTION_WORDS } from "../lexicon.ts";
import { tokenKey } from "../normalise.ts";
import type { TokenClass } from "../token-classes.ts";
import type { Token } from "../tokens.ts";

export class Cursor {
  readonly n: number;
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
  key(i: number): string {
    return tokenKey(this.text(i));
  }
  cls(i: number): TokenClass | undefined {
    return this.sentence.classes[i];
  }
  is(i: number, ...words: string[]): boolean {
    const tok = this.tok(i);
    return tok !== undefined && tok.kind === "word" && words.includes(tok.text);
  }
  isPunct(i: number, ...chars: string[]): boolean {
    const tok = this.tok(i);
    return tok !== undefined && tok.kind === "punct" && (chars.length === 0 || chars.includes(tok.text));
  }
  possessive(i: number): boolean {
    return this.tok(i)?.possessive ?? false;
  }
  settled(i: number): boolean {
    return isSettled(this.context, this.sentence, i);
  }
  capitalised(i: number): boolean {
    const tok = this.tok(i);
    return tok !== undefined && tok.kind === "word" && /^\p{Lu}/u.test(tok.text);
  }
  /** Adjacent in the text: no space between token i and token i+1. */
  glued(i: number): boolean {
    const a = this.tok(i);
    const b = this.tok(i + 1);
    return a !== undefined && b !== undefined && a.possessiveEnd === b.start;
  }
  /** Only opening quotes or brackets stand before token i in its sentence. */
  sentenceInitial(i: number): boolean {
    for (let j = 0; j < i; j += 1) {
      if (!this.isPunct(j, "\u201C", "\"", "\u2018", "'", "\u00AB", "(", "[", "\u2014", "\u2013", "-")) return false;
    }
    return true;
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
    return this.context.lowerCaseWords.has(key) || /^\p{Lu}\p{Ll}{2,}(?:ing|ly|ed)$/u.test(this.text(i));
  }
}
