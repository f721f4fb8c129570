/**
 * Agency datelines at the start of a story: "ASTANA. KAZINFORM –", "ALMATY (Reuters) -",
 * "BISHKEK, March 3 (AKIpress) -", "BAKU, Azerbaijan, March 3. /Trend/ –". The agency is an
 * organisation; the city is not, and no other rule may read it.
 */
import type { DetectionContext, Rule } from "../context.ts";
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
  const sentence = context.sentences.find((s) => s.block === block && s.start <= (range?.[0] ?? 0));
  if (!range || group === undefined || !sentence) return;
  const tokens = sentence.tokens;
  const first = tokens.findIndex((t) => t.start >= range[0]);
  let last = first;
  while (last < tokens.length && (tokens[last]?.end ?? Infinity) <= range[1]) last += 1;
  if (first < 0 || last <= first) return;
  // The whole dateline is settled: the city in capitals must not look like an acronym.
  const dashEnd = tokens.findIndex((t) => t.start >= match[0].length - 1);
  settle(context, sentence, 0, dashEnd < 0 ? last : Math.max(last, dashEnd));
  const name = displayName(match[group] ?? "");
  const known = context.registry.lookup(name);
  addCandidate(context, {
    rule: "dateline", type: known?.type ?? "organisation", names: [known?.name ?? name], sentence, first, last,
    evidence: known ? "registry" : "strong", ...(known ? { registry: known } : {}),
  });
}

export const datelines: Rule = {
  name: "datelines",
  run(context) {
    for (let block = 0; block < Math.min(BLOCKS_TO_READ, context.blocks.length); block += 1) readDateline(context, block);
  },
};
