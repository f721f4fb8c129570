import type { DateTime } from "luxon";
import type { ArticleEntity, EntityOverrides } from "./article-entities.ts";

export type SourceFormat = "wire" | "markdown";

/** One published article, whatever its source format. */
export interface Article {
  /** Path of the source relative to the content folder, with forward slashes. */
  readonly sourcePath: string;
  /** Hash of the source and its data file: what caches of parsing and detection are keyed by. */
  readonly sourceHash: string;
  readonly format: SourceFormat;
  readonly slug: string;
  /** Site path of the article page: /news/YYYY/MM/DD/<slug>/ */
  readonly url: string;
  readonly headline: string;
  /** True when no editor gave a headline and it was cut from the lead. */
  readonly headlineDerived: boolean;
  /** Publication time, in the site's zone. */
  readonly published: DateTime;
  /** Last substantive update, in the site's zone; equals `published` when never updated. */
  readonly modified: DateTime;
  /** Plain text: given by an editor, or the lead paragraph. */
  readonly summary: string;
  /** The lead paragraph as HTML, shown apart from the rest of the body. */
  readonly leadHtml: string;
  /** The body after the lead, as HTML. */
  readonly restHtml: string;
  /** The body as plain-text blocks (paragraphs, headings), for entity detection and word counts. */
  readonly textBlocks: readonly string[];
  readonly wordCount: number;
  readonly photoCredit?: string;
  /** The lead image: shown above the body, on social cards, in JSON-LD and in the feeds. */
  readonly image?: ArticleImage;
  readonly byline?: string;
  /** Agency or outlet the text came from: the editor's `source`, or the agency of the wire credit. */
  readonly source?: string;
  /** Wire texts: the dateline and credit read from the lead. */
  readonly dateline?: ArticleDateline;
  readonly draft: boolean;
  readonly entityOverrides: EntityOverrides;
  /** People and organisations the article mentions, filled in by the site model. */
  readonly entities: readonly ArticleEntity[];
  /** The organisation the article came from (its credit's agency), filled in by the site model when known. */
  readonly sourceEntity?: ArticleEntity;
}

/** Where a wire item was filed and who sent it, as its first sentence says. */
export interface ArticleDateline {
  /** "Velsk", "Velsk, Orlandia": shown in small caps before the lead. */
  readonly place?: string;
  /** The agency the credit names ("Nordpress"). */
  readonly agency?: string;
  /** Where the agency is named: the dateline at the start, or only the attribution at the end of the lead. */
  readonly agencyIn?: "dateline" | "attribution";
  /** Offsets in the lead as sent (the first text block): the credit runs to `creditEnd`, the attribution from `attributionStart`. */
  readonly creditEnd: number;
  readonly attributionStart?: number;
}

/** A lead image as the article names it; the build turns it into responsive files under /img/. */
export interface ArticleImage {
  /** Path relative to the content folder, with forward slashes. */
  readonly file: string;
  readonly alt: string;
  readonly credit: string;
  readonly caption?: string;
  /** SHA-256 of the image's bytes (hex): names the processed files and keys the image cache. */
  readonly hash: string;
}

/** A notice for the maintainer that does not stop the build. */
export interface BuildNotice {
  readonly file: string;
  readonly message: string;
}
