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
/** ", the ministry said" / "X reports" / "cites the press service" at the end. */
const attributionEnd = /(?:,|\b(?:said|says|told|reports?|reported|cites?|learned|according to)\b.*)$/iu;
const attributionWords = /,\s[^,]*\b(?:said|says|told|reports?|reported|cites?|learned from)\b[^,]*$|\b(?:press service|press office|correspondent)\b/iu;

/** Everything wrong with a headline; empty when it passes. `agency` is the credit the article came with, if any. */
export function headlineFaults(headline: string, agency?: string): HeadlineFault[] {
  const faults: HeadlineFault[] = [];
  const text = headline.trim();
  if (text.length < minHeadlineLength) faults.push("too-short");
  if (text.length > maxHeadlineLength) faults.push("too-long");
  if (/…|\.\.\./u.test(text)) faults.push("ellipsis");
  if (datelineStart.test(text)) faults.push("dateline");
  if (creditShape.test(text) || (agency && new RegExp(String.raw`(?:^|\P{L})${escapeRegExp(agency)}(?:\P{L}|$)`, "iu").test(text))) faults.push("credit");
  if (timeFiller.test(text)) faults.push("time-filler");
  const last = /([\p{L}’']+)[^\p{L}]*$/u.exec(text)?.[1]?.toLowerCase();
  if (last && functionWords.has(last)) faults.push("function-word-end");
  if (attributionWords.test(text) || /,$/.test(text) || (attributionEnd.test(text) && /\b(?:said|reports?|reported|cites?)$/iu.test(text))) faults.push("attribution");
  return faults;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
