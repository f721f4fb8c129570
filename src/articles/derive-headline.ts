const maxLength = 90;
/** A clause shorter than this reads as a fragment ("During the meeting on Thursday"), so cut at a word instead. */
const minClauseLength = 40;

/**
 * A stand-in headline cut from the lead for a wire text that has none: the first sentence
 * when it fits, else its longest clause that fits, else a cut at a word boundary.
 */
export function deriveHeadline(lead: string): string {
  const text = stripDateline(lead.replace(/\s+/g, " ").trim());
  const sentence = firstSentence(text);
  if (sentence.length <= maxLength) return sentence.replace(/[.;:,]$/, "");
  const window = sentence.slice(0, maxLength + 1);
  const clauseEnd = Math.max(window.lastIndexOf(", "), window.lastIndexOf("; "), window.lastIndexOf(" – "), window.lastIndexOf(" — "));
  if (clauseEnd >= minClauseLength) return sentence.slice(0, clauseEnd).trim();
  const wordEnd = window.lastIndexOf(" ");
  const cut = wordEnd > 0 ? sentence.slice(0, wordEnd) : cutAtCodePoint(sentence, maxLength - 1);
  return `${cut.replace(/[\s,;:–—-]+$/, "")}…`;
}

function firstSentence(text: string): string {
  // A full stop followed by a space and a capital ends a sentence; "U.K." and "No. 5" do not.
  const match = /^(.+?[.!?])["”’]?\s+(?=["“‘]?[A-Z])/.exec(text);
  const candidate = match?.[1];
  if (candidate && !/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|U\.[A-Z])\.$/.test(candidate)) return candidate;
  return text;
}

/** Agency datelines ("ASTANA. KAZINFORM –", "VELSK (Reuters) -") say where, not what: not headline material. */
const dateline = /^(?:\p{Lu}[\p{Lu}\p{Zs}'’.-]{1,40}?)(?:\s*\([^)]{1,40}\))?\s*[.,:–—-]\s+/u;

function stripDateline(text: string): string {
  let rest = text;
  for (let i = 0; i < 2; i++) {
    const match = dateline.exec(rest);
    if (!match || match[0].length >= rest.length) break;
    // Only all-capital words: "During the meeting," must stay.
    if (/\p{Ll}/u.test(match[0].replace(/\([^)]*\)/, ""))) break;
    rest = rest.slice(match[0].length);
  }
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The first `length` UTF-16 units of a text, one fewer when the cut would split a surrogate pair ("😀"). */
function cutAtCodePoint(text: string, length: number): string {
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}
