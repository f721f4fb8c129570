import type { Mention } from "../entities/types.ts";

/** Typographic quotation marks by their closing mark. */
const pairs: Readonly<Record<string, string>> = { "”": "“", "»": "«", "’": "‘" };
const openers = new Set(Object.values(pairs));

/**
 * A sentence cut out of a longer quotation ("…a new chapter. I am confident that our joint work
 * will deepen cooperation,” the Minister said.) opens or closes a quote it does not contain the
 * other end of. Quoted alone on an entity page, it gets the missing marks, as an editor quoting
 * part of a quotation would: an opening mark before it, a closing mark after it.
 */
export function balanceQuotes(mention: Mention): Mention {
  const { sentence } = mention;
  const open: string[] = [];
  let missingOpeners = "";
  let straight = 0;
  for (let i = 0; i < sentence.length; i++) {
    const char = sentence[i]!;
    if (char === '"') straight++;
    else if (openers.has(char) && !(char === "‘" && /\p{L}/u.test(sentence[i - 1] ?? ""))) open.push(char);
    else if (char in pairs) {
      // An apostrophe inside a word ("Kazakhstan’s") is no closing quote.
      if (char === "’" && /\p{L}/u.test(sentence[i + 1] ?? "")) continue;
      if (char === "’" && !open.includes("‘")) continue;
      const opener = pairs[char]!;
      const at = open.lastIndexOf(opener);
      if (at === -1) missingOpeners = opener + missingOpeners;
      else open.splice(at, 1);
    }
  }
  let before = missingOpeners;
  let after = open.reverse().map((opener) => Object.keys(pairs).find((closer) => pairs[closer] === opener)!).join("");
  if (straight % 2 === 1) {
    // One straight mark: it closes a quote when it follows the words, else it opens one.
    const at = sentence.indexOf('"');
    if (at > 0 && !/\s/u.test(sentence[at - 1]!)) before = `"${before}`;
    else after += '"';
  }
  if (!before && !after) return mention;
  return {
    ...mention,
    sentence: `${before}${sentence}${after}`,
    sentenceStart: mention.sentenceStart + before.length,
    sentenceEnd: mention.sentenceEnd + before.length,
  };
}
