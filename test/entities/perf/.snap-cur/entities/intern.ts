/**
 * A table of distinct words. A corpus of ten thousand articles has a few thousand distinct
 * words among its millions of tokens, so the tokenizer looks each word up here *before*
 * cutting it out of the text: a word seen before costs no new string, every later Map or Set
 * lookup by it finds its hash already computed, and whatever the table's owner derives from a
 * word (its key, its class) is derived once and stored with it.
 *
 * An open-addressing hash table over the word's UTF-16 units; it starts again from empty
 * when it holds too many words, so that no input can make it grow without bound.
 */
const INITIAL_SLOTS = 1 << 14;
const MAX_WORDS = 1 << 17;

/** FNV-1a over UTF-16 units, as a 32-bit integer (callers mask it to a slot). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** word === text.slice(start, start + word.length), without the slice (words are short). */
function sameAt(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k += 1) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * V8 may represent a long slice as a view into its whole paragraph; the table would then keep
 * every such paragraph alive. Joining the characters gives a string of its own.
 */
function ownCopy(slice: string): string {
  return slice.length < 13 ? slice : slice.split("").join("");
}

export interface WordEntry {
  /** The word: one shared string for every occurrence. */
  readonly text: string;
}

export class WordTable<E extends WordEntry> {
  private slots = new Array<E | undefined>(INITIAL_SLOTS);
  private count = 0;

  /** `describe` makes the entry of a word the first time the table meets it. */
  constructor(private readonly describe: (word: string) => E) {}

  /** The entry of text.slice(start, end). */
  at(text: string, start: number, end: number): E {
    const length = end - start;
    const mask = this.slots.length - 1;
    let slot = hashOf(text, start, end) & mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === undefined) break;
      if (entry.text.length === length && sameAt(entry.text, text, start)) return entry;
      slot = (slot + 1) & mask;
    }
    const entry = this.describe(ownCopy(text.slice(start, end)));
    this.slots[slot] = entry;
    this.count += 1;
    if (this.count * 2 > this.slots.length) this.grow();
    return entry;
  }

  /** Keeps the table at most half full, so that probes stay short; or empties it when too big. */
  private grow(): void {
    const old = this.slots;
    this.slots = new Array<E | undefined>(this.count >= MAX_WORDS ? INITIAL_SLOTS : old.length * 2);
    if (this.count >= MAX_WORDS) {
      this.count = 0;
      return;
    }
    const mask = this.slots.length - 1;
    for (const entry of old) {
      if (entry === undefined) continue;
      let slot = hashOf(entry.text, 0, entry.text.length) & mask;
      while (this.slots[slot] !== undefined) slot = (slot + 1) & mask;
      this.slots[slot] = entry;
    }
  }
}
