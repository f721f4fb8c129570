/**
 * What a headline must never be, as an agency editor would judge a derived one: the rules the
 * build applies before it accepts a headline cut from the lead, and that the headline
 * evaluation (npm run eval:headlines) counts. Plain string checks: no parsing of the article.
 */

export const minHeadlineLength = 35;
export const maxHeadlineLength = 90;

export type HeadlineFault =
  | "too-short"
  | "too-long"
  | "ellipsis"
  | "dateline"
  | "credit"
  | "time-filler"
  | "function-word-end"
  | "attribution";

/** Words a headline may not end on: an article, preposition, conjunction or auxiliary leaves a phrase open. */
export const functionWords = new Set([
  "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "onto", "about", "as", "and", "or",
  "but", "nor", "that", "which", "who", "whom", "whose", "this", "these", "those", "its", "his", "her", "their", "our",
  "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may",
  "might", "must", "do", "does", "did", "than", "between", "among", "under", "over", "after", "before", "during", "via",
  "per", "if", "while", "when", "where", "led", "headed", "including", "such", "both", "also", "not", "said", "says",
]);

const months = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
const weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

/** "VELSK." / "VELSK," / "MARROW BAY—" / "March 3." at the start: a dateline. */
const datelineStart = new RegExp(String.raw`^(?:\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*\s*[.,:–—-]|(?:${months})\.?\s+\d{1,2}\b)`, "u");
/** "/NORDPRESS/", "(Kelwire) -", "NORDPRESS –", "The LEDGER —": an agency's credit. */
const creditShape = /\/[^/]{2,40}\/|\([^()]{2,40}\)\s*[-–—]|\b\p{Lu}{3,}\s*[–—]|^The \p{Lu}{3,}\b/u;
const timeFiller = new RegExp(String.raw`\b(?:today|yesterday|tonight|this (?:week|month|morning|afternoon|evening)|(?:on|last|next) (?:${weekdays})|on (?:${months})\.? \d{1,2})\b`, "iu");
/** ", the ministry said" / "X reports" / "cites the press service": read after the last comma, so that no pattern scans back and forth. */
const reportingVerb = /\b(?:said|says|told|reports?|reported|cites?|learned from)\b/iu;
const pressWords = /\b(?:press service|press office|correspondent)\b/iu;
const endsOnReport = /\b(?:said|reports?|reported|cites?)$/iu;

/** Everything wrong with a headline; empty when it passes. `agency` is the credit the article came with, if any. */
export function headlineFaults(headline: string, agency?: string): HeadlineFault[] {
  const faults: HeadlineFault[] = [];
  const text = headline.trim();
  if (text.length < minHeadlineLength) faults.push("too-short");
  if (text.length > maxHeadlineLength) faults.push("too-long");
  if (/…|\.\.\./u.test(text)) faults.push("ellipsis");
  if (datelineStart.test(text)) faults.push("dateline");
  if (creditShape.test(text) || (agency && agencyPattern(agency).test(text))) faults.push("credit");
  if (timeFiller.test(text)) faults.push("time-filler");
  const last = lastWord(text);
  if (last && functionWords.has(last)) faults.push("function-word-end");
  const comma = text.lastIndexOf(",");
  if ((comma >= 0 && reportingVerb.test(text.slice(comma))) || pressWords.test(text) || text.endsWith(",") || endsOnReport.test(text)) faults.push("attribution");
  return faults;
}

/** The last word, lower case, without the punctuation around it; a number ("16.5%") is a word too. */
export function lastWord(text: string): string | undefined {
  const words = text.split(" ");
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (word) return word.toLowerCase();
  }
  return undefined;
}

/** One pattern per agency: a build names few agencies and checks thousands of headlines. */
const agencyPatterns = new Map<string, RegExp>();

function agencyPattern(agency: string): RegExp {
  let pattern = agencyPatterns.get(agency);
  if (!pattern) {
    if (agencyPatterns.size > 1000) agencyPatterns.clear();
    pattern = new RegExp(String.raw`(?:^|\P{L})${escapeRegExp(agency)}(?:\P{L}|$)`, "iu");
    agencyPatterns.set(agency, pattern);
  }
  return pattern;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
