/**
 * The shapes of entity detection, the registry and the entity index. What an article carries of
 * its entities (ArticleEntity, Mention, EntityType, EntityOverrides) is defined beside the article
 * (src/articles/article-entities.ts), since parsing comes before detection and never imports it.
 */
import type { EntityType } from "../articles/article-entities.ts";

export type { ArticleEntity, EntityOverrides, EntityType, Mention } from "../articles/article-entities.ts";


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

