/**
 * The entities of one article while they are being assembled. The rules that add to them
 * (back-references, people clusters) see only this table, not the assembler that owns it, so that
 * imports run one way: assemble.ts imports the rules, never the reverse.
 */
import type { DetectionContext, Sentence } from "./context.ts";
import type { EntityType, RegistryEntity } from "./types.ts";

/** Where an entity is mentioned, before it becomes a Mention. */
export interface Occurrence {
  readonly sentence: Sentence;
  readonly start: number;
  readonly end: number;
}

/** One entity being built: registry or detected, with its occurrences. */
export interface EntityDraft {
  readonly key: string;
  readonly type: EntityType;
  name: string;
  readonly registry?: RegistryEntity;
  readonly occurrences: Occurrence[];
  /** Found only by tentative-names.ts: published only if the site confirms it (see resolve-site.ts). */
  tentative: boolean;
}

/** The drafts of one article by key; implemented by assemble.ts's Drafts. */
export interface DraftTable {
  readonly byKey: Map<string, EntityDraft>;
  add(key: string, type: EntityType, name: string, occurrence: Occurrence | undefined, registry?: RegistryEntity, tentative?: boolean): EntityDraft;
  addRegistry(entity: RegistryEntity, occurrence: Occurrence | undefined): EntityDraft;
  addOrganisation(context: DetectionContext, name: string, occurrence: Occurrence | undefined, tentative?: boolean): EntityDraft | undefined;
}
