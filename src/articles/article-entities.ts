/**
 * What an article carries of the people and organisations in it: the shapes that parsing (front
 * matter corrections), detection (src/entities/) and the site model share. They live here, on
 * the parsing side, so that src/articles/ never imports detection.
 */

export type EntityType = "person" | "organisation";

/** One occurrence of an entity in an article's text. */
export interface Mention {
  /** The form as it stands in the text ("Kosherbayev", "APPG"). */
  readonly surface: string;
  /** Index of the text block (paragraph) it stands in. */
  readonly block: number;
  /** Offsets of the surface form within that block's text (UTF-16, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The sentence that contains the mention, and the mention's offsets inside that sentence. */
  readonly sentence: string;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

/** An entity as one article mentions it. */
export interface ArticleEntity {
  /** Registry id, or a derived id ("person:slug") for entities found by detection only. */
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly slug: string;
  readonly source: "registry" | "detection" | "editor";
  /** In text order; empty only for an entity an editor added by hand. */
  readonly mentions: readonly Mention[];
  /** Named only in the article's credit (dateline or attribution): the article's source, not a subject. */
  readonly creditOnly?: true;
  /**
   * The other forms the article names it by ("Kalachev" for "Dauren Kalachev", "DBT" for
   * "Development Bank of Tarvania"): site-level resolution reads them instead of the mentions,
   * which an article back from the stored state would have to detect again.
   */
  readonly forms?: readonly string[];
  /**
   * A name this article gives no evidence for ("Beldaroil" with no "company" near it, "Nurmanov
   * said"): never published by the article alone; site-level resolution publishes it when another
   * article or the registry knows the entity, and drops it otherwise.
   */
  readonly tentative?: true;
  /** After site-level resolution: the ids detection gave the entities this one joins. */
  readonly resolvedFrom?: readonly string[];
}

/** Per-article corrections from front matter or the data file. */
export interface EntityOverrides {
  /** Names (canonical, alias or registry id) to add even if the text does not name them. */
  readonly add: readonly { readonly name: string; readonly type?: EntityType }[];
  /** Names (canonical, alias or registry id) to drop from this article. */
  readonly remove: readonly string[];
}
