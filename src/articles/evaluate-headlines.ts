/**
 * Scores derived headlines against the headlines an agency editor wrote for the same items:
 * how many pass the rules (headline-rules.ts), and how much of the editor's wording they keep.
 * Pure: the CLI (src/cli/eval-headlines.ts) reads the folder and prints.
 */
import { functionWords, headlineFaults, type HeadlineFault } from "./headline-rules.ts";

export interface HeadlineCase {
  readonly name: string;
  readonly derived: string;
  readonly editor: string;
  /** The agency the article's credit named, if any: it must not appear in the headline. */
  readonly agency?: string;
}

export interface HeadlineScore {
  readonly name: string;
  readonly derived: string;
  readonly editor: string;
  readonly faults: readonly HeadlineFault[];
  /** Share of the editor's content words that the derived headline also has (0–1). */
  readonly overlap: number;
}

export interface HeadlineEvaluation {
  readonly cases: readonly HeadlineScore[];
  readonly passed: number;
  readonly meanOverlap: number;
  /** How many headlines show each fault. */
  readonly faultCounts: Readonly<Record<string, number>>;
}

export function evaluateHeadlines(cases: readonly HeadlineCase[]): HeadlineEvaluation {
  const scored = cases.map((c): HeadlineScore => ({
    name: c.name,
    derived: c.derived,
    editor: c.editor,
    faults: headlineFaults(c.derived, c.agency),
    overlap: overlap(c.derived, c.editor),
  }));
  const faultCounts: Record<string, number> = {};
  for (const s of scored) for (const f of s.faults) faultCounts[f] = (faultCounts[f] ?? 0) + 1;
  return {
    cases: scored,
    passed: scored.filter((s) => s.faults.length === 0).length,
    meanOverlap: scored.length ? scored.reduce((sum, s) => sum + s.overlap, 0) / scored.length : 0,
    faultCounts,
  };
}

/**
 * Content words compared by their first five letters, so that "receives" meets "received" and
 * "Orlandian" meets "Orlandia": crude, but the same for every headline scored.
 */
export function overlap(derived: string, editor: string): number {
  const want = contentStems(editor);
  if (want.size === 0) return 0;
  const have = contentStems(derived);
  let shared = 0;
  for (const stem of want) if (have.has(stem)) shared++;
  return shared / want.size;
}

function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (functionWords.has(word) || word === "s") continue;
    stems.add(word.slice(0, 5));
  }
  return stems;
}
