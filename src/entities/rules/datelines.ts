/**
 * Agency datelines at the start of a story: "ASTANA. KAZINFORM –", "ALMATY (Reuters) -", "(Reuters) -", "The LEDGER —",
 * "BISHKEK, March 3 (AKIpress) -", "BAKU, Azerbaijan, March 3. /Trend/ –". The agency is an
 * organisation; the city is not, and no other rule may read it.
 */
import type { DetectionContext, Rule, Sentence } from "../context.ts";
import { addCandidate, settle } from "../context.ts";
import { isSpaceCode, startsUpper } from "../letters.ts";

/** "ALMATY, Feb 21 (Reuters) -", "Bishkek (AKIpress) -", "BAKU, Azerbaijan, Feb. 26. /Trend/ –", "MOSCOW, February 26. /TASS/." */
const BRACKETED = new RegExp(
  String.raw`^\s*(\p{Lu}[\p{L}\p{M}'\u2019.\- ]{1,40}?)` + // the city
    String.raw`(?:[.,][^()/\n\u2013\u2014]{1,60}?)?` + // ", Kazakhstan, March 3"
    String.raw`(?:\s*\(([^()\n]{2,40})\)\s*\.?\s*(?:\u2013|\u2014|-{1,2})|[.,]?\s*/([^/\n]{2,40})/\s*(?:\.|\u2013|\u2014|-{1,2}))\s`,
  "du",
);

/** "ASTANA. KAZINFORM –": the city in capitals, a full stop, the agency, a dash. */
const CAPITALS = new RegExp(
  String.raw`^\s*(\p{Lu}[\p{Lu}\p{M}'\u2019.\- ]{1,40}?)(?:,[^()/\n\u2013\u2014]{1,60}?)?` +
    String.raw`\.\s+(\p{Lu}[\p{L}\p{N}&'\u2019\-]+(?: \p{Lu}[\p{L}\p{N}&'\u2019\-]+){0,3})\s*(?:\u2013|\u2014|-{1,2})\s`,
  "du",
);

/** "(Nordpress) – Orlandia's energy minister…": the agency alone, in brackets, before a dash. */
const AGENCY_ONLY = /^\s*\(([^()\n]{2,40})\)\s*(?:\u2013|\u2014|-{1,2})\s/du;

/** "The LEDGER — The development bank…": an outlet in capitals after "The", before a dash. */
const THE_OUTLET = /^\s*The\s+(\p{Lu}[\p{Lu}\p{N}&'\u2019\-]+(?: \p{Lu}[\p{Lu}\p{N}&'\u2019\-]+){0,2})\s*(?:\u2013|\u2014|-{1,2})\s/du;

function mayBeBracketed(text: string): boolean {
  return text.includes("(") || text.includes("/");
}

/** Both forms open with a capital after any white space; most paragraphs do too, but not all. */
function opensWithCapital(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i += 1;
  return startsUpper(text.slice(i, i + 2));
}

/** The agency's name in a dateline and where it stands, if the block opens with one. */
function matchDateline(text: string): { agency: string; range: [number, number]; end: number } | undefined {
  for (const pattern of [AGENCY_ONLY, THE_OUTLET]) {
    const m = pattern.exec(text);
    const range = m?.indices?.[1];
    if (m && range) return { agency: m[1] ?? "", range, end: m[0].length };
  }
  if (!opensWithCapital(text)) return undefined;
  // The bracketed form needs a "(" or a "/"; without one, its backtracking is wasted work.
  const bracketed = mayBeBracketed(text) ? BRACKETED.exec(text) : null;
  if (bracketed?.indices) {
    const group = bracketed[2] !== undefined ? 2 : 3;
    const range = bracketed.indices[group];
    if (range) return { agency: bracketed[group] ?? "", range, end: bracketed[0].length };
  }
  const capitals = CAPITALS.exec(text);
  const range = capitals?.indices?.[2];
  if (capitals && range) return { agency: capitals[2] ?? "", range, end: capitals[0].length };
  return undefined;
}

/** Datelines stand at the start of the first body paragraphs, never further down. */
const BLOCKS_TO_READ = 3;

/** "KAZINFORM" → "Kazinform": agency names in capitals are a dateline convention. */
function displayName(agency: string): string {
  const trimmed = agency.trim();
  if (trimmed.length <= 4 || trimmed !== trimmed.toUpperCase()) return trimmed;
  return trimmed.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

function readDateline(context: DetectionContext, block: number): void {
  const match = matchDateline(context.blocks[block] ?? "");
  if (!match) return;
  const { range } = match;
  const datelineEnd = match.end;
  let agency: { sentence: Sentence; first: number; last: number } | undefined;
  for (const sentence of context.sentences) {
    if (sentence.block !== block || sentence.start >= datelineEnd) continue;
    const inside = sentence.tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.end <= datelineEnd);
    // The whole dateline is settled: the city in capitals must not look like an acronym.
    if (inside.length > 0) settle(context, sentence, inside[0]?.i ?? 0, (inside.at(-1)?.i ?? 0) + 1);
    const words = inside.filter(({ t }) => t.start >= range[0] && t.end <= range[1]);
    if (words.length > 0) agency = { sentence, first: words[0]?.i ?? 0, last: (words.at(-1)?.i ?? 0) + 1 };
  }
  if (!agency) return;
  const name = displayName(match.agency);
  const known = context.registry.lookup(name);
  addCandidate(context, {
    rule: "dateline", type: known?.type ?? "organisation", names: [known?.name ?? name], ...agency,
    evidence: known ? "registry" : "strong", ...(known ? { registry: known } : {}),
  });
}

export const datelines: Rule = {
  name: "datelines",
  run(context) {
    for (let block = 0; block < Math.min(BLOCKS_TO_READ, context.blocks.length); block += 1) readDateline(context, block);
  },
};
