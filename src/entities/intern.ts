/**
 * One shared string per distinct word. A corpus of ten thousand articles has a few thousand
 * distinct words among its millions of tokens, so the tokenizer looks each word up here
 * *before* cutting it out of the text: a word seen before costs no new string, and every
 * later Map or Set lookup by it finds its hash already computed and compares by identity.
 *
 * An open-addressing hash table over the word's UTF-16 units; it starts again from empty
 * when it holds too many words, so that no input can make it grow without bound.
 */
const INITIAL_SLOTS = 1 << 14;
const MAX_WORDS = 1 << 17;

let slots: (string | undefined)[] = new Array<string | undefined>(INITIAL_SLOTS);
let words = 0;

function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function place(table: (string | undefined)[], word: string): void {
  const mask = table.length - 1;
  let slot = hashOf(word, 0, word.length) & mask;
  while (table[slot] !== undefined) slot = (slot + 1) & mask;
  table[slot] = word;
}

/** word === text.slice(start, start + word.length), without the slice (words are short). */
function sameAt(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k += 1) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Keeps the table at most half full, so that probes stay short. */
function grow(): void {
  if (words >= MAX_WORDS) {
    slots = new Array<string | undefined>(INITIAL_SLOTS);
    words = 0;
    return;
  }
  const bigger = new Array<string | undefined>(slots.length * 2);
  for (const word of slots) if (word !== undefined) place(bigger, word);
  slots = bigger;
}

/**
 * V8 may represent a long slice as a view into its whole paragraph; the table would then keep
 * every such paragraph alive. Joining the characters gives a string of its own.
 */
function ownCopy(slice: string): string {
  return slice.length < 13 ? slice : slice.split("").join("");
}

/** text.slice(start, end), as the one shared string for that word. */
export function internSlice(text: string, start: number, end: number): string {
  const length = end - start;
  const mask = slots.length - 1;
  let slot = hashOf(text, start, end) & mask;
  for (;;) {
    const word = slots[slot];
    if (word === undefined) break;
    if (word.length === length && sameAt(word, text, start)) return word;
    slot = (slot + 1) & mask;
  }
  const word = ownCopy(text.slice(start, end));
  slots[slot] = word;
  words += 1;
  if (words * 2 > slots.length) grow();
  return word;
}
