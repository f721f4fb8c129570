/**
 * When a summary says nothing the headline does not: a card shows a summary only when it adds
 * words, and a summary that merely repeats the headline is replaced.
 */

/** Case, punctuation and spacing aside, the same text. */
export function sameWords(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

/** True when the summary has a word the headline lacks (compared without case and punctuation). */
export function summaryAddsWords(headline: string, summary: string): boolean {
  const have = new Set(words(headline));
  return words(summary).some((word) => !have.has(word));
}

function normalise(text: string): string {
  return words(text).join(" ");
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
