/**
 * The dateline and credit an agency runs into the first sentence of a wire item, and the
 * attribution clause at the end of its lead. Shapes (see the README's "Wire text" section):
 *
 *   VELSK, Orlandia, March 3.            VELSK. NORDPRESS –          VELSK. NORDPRESS President…
 *   VELSK, July 5. /NORDPRESS/.          Velsk, Jan. 19, 2031 / Nordpress /.
 *   VELSK, Feb 21 (Nordpress) -          VELSK. July 26 (Nordpress) -     VELSK (Nordpress) -
 *   (Nordpress) –                        The LEDGER —                VELSK— / VELSK.
 *   ORLANDIA, April 11 - Today, …
 *
 * Plain text in, offsets out: the parser and the article builder decide what to show. Knows
 * nothing of entity detection (src/articles must not depend on src/entities).
 */

export interface WireCredit {
  /** Where the item was filed, as the text names it, in title case ("Velsk", "Velsk, Orlandia"). */
  readonly place?: string;
  /** The date as the dateline writes it ("March 3"): the article's own date says the same. */
  readonly dateText?: string;
  /** The agency or outlet named in the credit or the attribution ("Nordpress", "The Ledger"). */
  readonly agency?: string;
  /** Where the credit came from: the dateline at the start, or only the attribution at the end. */
  readonly agencyIn?: "dateline" | "attribution";
  /** Length of the dateline and credit at the start of the lead: the body shows the lead from here. */
  readonly prefixLength: number;
  /** Length of filler after the prefix ("Today, "): kept in the body, left out of headlines. */
  readonly fillerLength: number;
  /** The attribution clause at the end of the lead's first sentence, without its comma and full stop. */
  readonly attribution?: string;
  /** Offset of the attribution clause in the lead (its leading comma and space, when it has one). */
  readonly attributionStart?: number;
}

const month = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const dash = String.raw`(?:\u2013|\u2014|-{1,2})`;
/** A place in capitals ("MARROW BAY", "ST. VELSK") or in title case ("Saldovo", "Marrow Bay"). */
const capsPlace = String.raw`(?:ST\. )?\p{Lu}[\p{Lu}\p{M}'\u2019\-]*(?: \p{Lu}[\p{Lu}\p{M}'\u2019\-]*){0,3}`;
const titlePlace = String.raw`\p{Lu}[\p{L}\p{M}'\u2019\-]+(?: \p{Lu}[\p{L}\p{M}'\u2019\-]+){0,2}`;
/** ", Orlandia" between a place and its date. */
const country = String.raw`(?:,\s*(?!${month}\b)(\p{Lu}[\p{L}\p{M}'\u2019\-]+(?: \p{Lu}[\p{L}\p{M}'\u2019\-]+){0,2}))`;
/** "March 3", "Jan. 19, 2031", and a time some desks add ("March 3, 14:30"). */
const date = String.raw`(?:[.,]\s*(${month}\.?\s*\d{1,2}(?:,\s*\d{4})?)(?:[,.]?\s*\d{1,2}:\d{2}(?=[\s.,]))?)`;
/** "/NORDPRESS/.", "/ Nordpress /.", "(Nordpress) -", "(Nordpress)". */
const agencyMark = String.raw`(?:\s*[.,]?\s*\/\s*([^/\n]{2,40}?)\s*\/\s*[.:]?|\s*\(([^()\n]{2,40})\))`;

/** PLACE [, Country] [, Month D[, YYYY]] [agency mark] then a dash or a full stop. */
const placeDateline = new RegExp(
  String.raw`^(${capsPlace}|${titlePlace})${country}?${date}?${agencyMark}?\s*(?:${dash}|[.:])?(?=\s)\s*`,
  "u",
);
/** "VELSK. NORDPRESS –" / "VELSK. NORDPRESS President…": an agency in capitals after the place's full stop. */
const capsAgency = new RegExp(String.raw`^([\p{Lu}\p{N}][\p{Lu}\p{N}&.'\u2019\-]+(?: [\p{Lu}\p{N}][\p{Lu}\p{N}&.'\u2019\-]+){0,3})(?:\s*${dash}\s+|\s+(?=\p{Lu}\p{Ll}))`, "u");
/** "(Nordpress) –" at the very start. */
const bracketAgency = new RegExp(String.raw`^\(([^()\n]{2,40})\)\s*${dash}?\s+`, "u");
/** "The LEDGER —": an outlet in capitals after "The". */
const outlet = new RegExp(String.raw`^(The\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2})\s*${dash}\s+`, "u");
/** "- Today, " / "Today, ": filler between a dateline and the sentence. */
const filler = /^(?:Today|Yesterday|Tonight|This (?:week|morning|afternoon|evening)),\s+/iu;

/** "By Nordpress": a credit line on its own before the lead. */
const byLine = /^By\s+(\p{Lu}[\p{L}\p{N}.&'\u2019\- ]{1,40})$/u;

/** Reads the dateline and credit at the start of a lead, and the attribution at the end of its first sentence. */
export function readWireCredit(lead: string): WireCredit {
  const start = readDateline(lead);
  const rest = lead.slice(start.prefixLength);
  const fill = filler.exec(rest)?.[0].length ?? 0;
  const attribution = readAttribution(lead, start.prefixLength + fill);
  const agency = start.agency ?? attribution?.agency;
  return {
    ...(start.place ? { place: start.place } : {}),
    ...(start.dateText ? { dateText: start.dateText } : {}),
    ...(agency ? { agency, agencyIn: start.agency ? "dateline" : "attribution" } : {}),
    prefixLength: start.prefixLength,
    fillerLength: fill,
    ...(attribution ? { attribution: attribution.text, attributionStart: attribution.start } : {}),
  };
}

/** The agency of a paragraph that is only a credit ("By Nordpress"), if it is one. */
export function creditLineAgency(paragraph: string): string | undefined {
  const match = byLine.exec(paragraph.trim());
  return match ? agencyName(match[1]!) : undefined;
}

interface DatelineStart {
  readonly place?: string;
  readonly dateText?: string;
  readonly agency?: string;
  readonly prefixLength: number;
}

function readDateline(lead: string): DatelineStart {
  const bracket = bracketAgency.exec(lead);
  if (bracket) return { agency: agencyName(bracket[1]!), prefixLength: bracket[0].length };
  const outletMatch = outlet.exec(lead);
  if (outletMatch) return { agency: agencyName(outletMatch[1]!), prefixLength: outletMatch[0].length };

  const match = placeDateline.exec(lead);
  if (!match) return { prefixLength: 0 };
  const [whole, placeWithStop, rawCountry, rawDate, slashAgency, bracketed] = match;
  const rawPlace = placeWithStop!.replace(/-+$/u, "");
  const inCapitals = rawPlace === rawPlace.toUpperCase() && /\p{Lu}{2}/u.test(rawPlace);
  const dated = rawDate !== undefined || slashAgency !== undefined || bracketed !== undefined;
  const marked = dated || rawCountry !== undefined;
  const terminator = /(?:\u2013|\u2014|-|[.:])\s*$/u.test(whole!);
  // A title-case opening is a dateline only with a date or an agency ("Saldovo, Jan. 19"):
  // "President Feld received…" and "Orlandia and Estovia agree…" are sentences.
  if (!inCapitals && !dated) return { prefixLength: 0 };
  // "VELSK" alone must end in a full stop or a dash; an acronym that starts a sentence ("EU ministers met") does not.
  if (inCapitals && !marked && !terminator) return { prefixLength: 0 };
  // A single capital letter or an initial is no place.
  if (rawPlace.replace(/[^\p{L}]/gu, "").length < 2) return { prefixLength: 0 };
  let prefixLength = whole!.length;
  let agency = slashAgency ?? bracketed;
  if (!agency && /\.\s*$/u.test(whole!) && !rawDate) {
    // "VELSK. NORDPRESS –" or "SALDOVO. July 26 (Nordpress) -".
    const rest = lead.slice(prefixLength);
    const caps = capsAgency.exec(rest);
    if (caps && isAgencyWord(caps[1]!, /\s*[\u2013\u2014-]\s+$/u.test(caps[0]))) {
      agency = caps[1]!;
      prefixLength += caps[0].length;
    }
  }
  return {
    place: placeName(rawPlace, rawCountry),
    ...(rawDate ? { dateText: rawDate.trim() } : {}),
    ...(agency ? { agency: agencyName(agency) } : {}),
    prefixLength,
  };
}

/** Capitals that could be an agency: with a dash after them anything goes; without one, a word of four letters or more ("EU" is not). */
function isAgencyWord(words: string, dashed: boolean): boolean {
  if (dashed) return true;
  return words.replace(/[^\p{L}]/gu, "").length >= 5 && !/^(?:THE|AND|FOR|WITH)$/u.test(words);
}

/** Reporting verbs that close a lead: "…, the ministry said", "…, Nordpress reports via the MFA". */
const reportVerb = String.raw`(?:said|says|reported|reports|report|told|tells|informed|informs|announced|announces|cites|cited|learned|learnt|writes|wrote|refers|noted|stated|added|quoted|quotes)`;
/** ", <clause with a reporting verb>." or ", according to …." at the end of the first sentence. */
const attributionClause = new RegExp(String.raw`,\s+((?:[^,]{0,80}?\b${reportVerb}\b[^,]{0,80}?)|(?:according to [^,]{2,80}?))(?=[.!]?["”’]?$)`, "iu");
/** "Nordpress cites", "Nordpress News Agency learned", "Capsinform correspondent reports", "Velta News reports". */
const agencySubject = new RegExp(String.raw`^(\p{Lu}[\p{L}\p{N}.&'\u2019\-]*(?: \p{Lu}[\p{L}\p{N}.&'\u2019\-]*){0,2})(?: (?:news agency|agency|correspondent|reporter))?\s+(?:${reportVerb}|was told|has learned|has learnt)\b`, "u");
/** "…, the Foreign Ministry told Velta News." */
const toldAgency = /\btold\s+(\p{Lu}[\p{L}\p{N}.&'\u2019-]*(?: \p{Lu}[\p{L}\p{N}.&'\u2019-]*){0,2})\s*$/u;

function readAttribution(lead: string, from: number): { text: string; start: number; agency?: string } | undefined {
  const sentence = firstSentenceEnd(lead, from);
  const text = lead.slice(from, sentence);
  const match = attributionClause.exec(text);
  if (!match) return undefined;
  const clause = match[1]!.replace(/[.!]+$/u, "").trim();
  // A clause that carries the news ("…, which said it would invest") is no attribution: it must be short.
  if (clause.split(/\s+/u).length > 20) return undefined;
  const subject = agencySubject.exec(clause);
  const told = toldAgency.exec(clause);
  const named = subject?.[1] ?? told?.[1];
  const agency = named && !/^(?:The|A|An|It|He|She|They|We|Officials?|Sources?)$/u.test(named.split(" ")[0]!) ? agencyName(named) : undefined;
  return { text: clause, start: from + match.index, ...(agency ? { agency } : {}) };
}

/** End of the first sentence from `from`: a full stop, "!" or "?" before a space and a capital, or the end. */
export function firstSentenceEnd(text: string, from = 0): number {
  const pattern = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = text.slice(Math.max(from, match.index - 6), match.index + 1);
    // "Jan.", "No. 5", "U.K.", "Mr." do not end a sentence.
    if (/(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gen|Col|Lt|Gov|Sen|Rep)\.$/u.test(before)) continue;
    if (/\d\.$/u.test(before) && /^\.\s+\d/u.test(text.slice(match.index))) continue;
    return match.index + 1;
  }
  return text.length;
}

/** "KAZINFORM" → "Kazinform", "VELTA NEWS" → "Velta News", "The LEDGER" → "The Ledger"; short capitals (TASS) and mixed case stay. */
export function agencyName(raw: string): string {
  const name = raw.replace(/\s+/gu, " ").trim();
  const upper = (word: string): boolean => word === word.toUpperCase() && /\p{Lu}/u.test(word);
  // A name all in capitals is a dateline convention, unless it is short enough to be an acronym.
  if (upper(name) && name.replace(/[^\p{L}]/gu, "").length > 4) return titleCase(name);
  return name
    .split(" ")
    .map((word) => (word.length > 4 && upper(word) ? titleCase(word) : word))
    .join(" ");
}

function placeName(raw: string, countryName: string | undefined): string {
  const place = raw === raw.toUpperCase() ? titleCase(raw) : raw;
  return countryName ? `${place}, ${countryName}` : place;
}

function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
