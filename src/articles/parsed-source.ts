import type { FrontMatterData } from "./front-matter.ts";
import type { WireCredit } from "./wire-credit.ts";

/** What a source parser hands to the article builder, before settings and editorial data apply. */
export interface ParsedSource {
  readonly format: "wire" | "markdown";
  readonly frontMatter: FrontMatterData;
  /** The date as written, with the line it stands on (absent for Markdown without `date`). */
  readonly date?: { readonly raw: string; readonly line: number };
  /** Body HTML, paragraph by paragraph in the order of the source. */
  readonly html: string;
  /** Plain-text blocks of the body, for entity detection, summaries and headlines. */
  readonly textBlocks: readonly string[];
  readonly photoCredits: readonly string[];
  /** Wire texts: the dateline, credit and attribution of the lead (textBlocks[0], as sent). */
  readonly credit?: WireCredit;
  /** Wire texts: the lead as the page shows it, without the dateline and credit. */
  readonly lead?: string;
  /** Wire texts: a first paragraph that already is a headline (one short line, no full stop, before the lead). */
  readonly headline?: string;
  /** Line on which the body starts, for errors about it. */
  readonly bodyLine: number;
}
