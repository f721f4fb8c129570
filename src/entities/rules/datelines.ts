/**
 * Agency datelines at the start of a story: "ASTANA. KAZINFORM –", "ALMATY (Reuters) -",
 * "BISHKEK, March 3 (AKIpress) -", "BAKU, Azerbaijan, March 3. /Trend/ –". The agency is an
 * organisation; the city is not, and no other rule may read it.
 */
import type { DetectionContext, Rule, Sentence } from "../context.ts";
import { addCandidate, settle } from "../context.ts";

const DATELINE = new RegExp(
  String.raw`^\s*(\p{Lu}[\p{Lu}\p{M}'\u2019.\- ]{1,40}?)` + // the city, in capitals
    String.raw`(?:,[^()/\n\u2013\u2014]{1,60}?)?` + // ", Kazakhstan, March 3"
    String.raw`(?:\s*\(([^()\n]{2,40})\)|[.,]?\s*/([^/\n]{2,40})/|\.\s+(\p{Lu}[\p{Lu}\p{N}&'\u2019\-]+(?: \p{Lu}[\p{Lu}\p{N}&'\u2019\-]+){0,3}))` +
    String.raw`\s*\.?\s*(?:\u2013|\u2014|-{1,2})\s`,
  "du",
);

/** Datelines stand at the start of the first body paragraphs, never further down. */
const BLOCKS_TO_READ = 3;

/** "KAZINFORM" → "Kazinform": agency names in capitals are a dateline convention. */
function displayName(agency: string): string {
  const trimmed = agency.trim();
  if (trimmed.length <= 4 || trimmed !== trimmed.toUpperCase()) return trimmed;
  return trimmed.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

function readDateline(context: DetectionContext, block: number): void {
  const text = context.blocks[block] ?? "";
  const match = DATELINE.exec(text);
  if (!match?.indices) return;
  const group = [2, 3, 4].find((g) => match[g] !== undefined);
  const range = group === undefined ? undefined : match.indices[group];
  if (!range || group === undefined) return;
  const datelineEnd = match[0].length;
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
  const name = displayName(match[group] ?? "");
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
