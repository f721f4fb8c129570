/**
 * The shapes shared by entity detection, the registry and the entity index.
 * Kept in one file so that the article model, the pages and the feeds agree on them.
 */

export type EntityType = "person" | "organisation";

/** One entry of the registry of known entities (content/entities.yaml). */
export interface RegistryEntity {
  /** Stable identifier, never reused: survives renames of the canonical name. */
  readonly id: string;
  readonly type: EntityType;
  /** Canonical display name, without honorifics or job titles. */
  readonly name: string;
  /** ASCII URL slug, unique within its type. */
  readonly slug: string;
  /** Other forms that refer to this entity: spellings, transliterations, acronyms, short forms. */
  readonly aliases: readonly string[];
  readonly description?: string;
  /** Absolute URLs of the same entity elsewhere (Wikidata, official site). */
  readonly sameAs: readonly string[];
}

export interface Registry {
  readonly entities: readonly RegistryEntity[];
  /** Capitalised phrases that must never become an entity (countries, formats, roles...). */
  readonly neverEntities: readonly string[];
  /** Groups of names or ids that site-level resolution must never make one entity. */
  readonly distinct?: readonly (readonly string[])[];
}

/** Where a block of article text came from: its headline or its n-th body block. */
export interface TextBlock {
  readonly text: string;
}

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
