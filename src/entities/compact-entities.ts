/**
 * An article's entities as a site keeps them after detection: each with its mention summary
 * (see mention-summary.ts) instead of its whole list of mentions, which it finds again from
 * the article's text the first time something asks for it. At 10,000 articles the lists were
 * 180,000 objects, and their sentences, cut from the text blocks, kept the blocks alive too.
 */
import type { ArticleEntity, EntityType, Mention } from "./types.ts";
import { summaryOf, type MentionSummary, type SummarisedEntity } from "./mention-summary.ts";
import { DetectedAgain } from "./detected-again.ts";

/**
 * Strings a site keeps for its whole build, each as one copy of its own: a name or a surface cut
 * from an article's text would otherwise keep the whole paragraph it was cut from (V8 keeps a
 * cut of 13 characters or more as a view into its parent), and the same name in a thousand
 * articles is one string.
 */
export type OwnStrings = (text: string) => string;

/**
 * `detect` finds the article's entities again (the same detection that gave `entities`); it is
 * called at most once, and only when a list of mentions is asked for.
 */
export function compactEntities(entities: readonly ArticleEntity[], detect: () => readonly ArticleEntity[], own: OwnStrings): readonly ArticleEntity[] {
  if (entities.length === 0) return entities;
  const lists = new DetectedAgain(detect);
  // Several entities are first named in one sentence: one copy of it for all of them.
  const sentences = new Map<string, string>();
  return entities.map((entity) => new CompactEntity(entity, compactSummary(entity.mentions, sentences, own), lists, own));
}

function compactSummary(mentions: readonly Mention[], sentences: Map<string, string>, own: OwnStrings): MentionSummary {
  const summary = summaryOf(mentions);
  const first = summary.first;
  if (!first) return summary;
  let sentence = sentences.get(first.sentence);
  if (sentence === undefined) {
    sentence = own(first.sentence);
    sentences.set(sentence, sentence);
  }
  return { ...summary, first: { ...first, surface: own(first.surface), sentence } };
}

/**
 * A class for the reason RevivedEntity is one (65,000 of them at 10,000 articles); its
 * `mentions` getter is the class's, so nothing may copy it by its own properties.
 */
class CompactEntity implements SummarisedEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly slug: string;
  readonly source: ArticleEntity["source"];
  declare readonly creditOnly?: true;
  declare readonly forms?: readonly string[];
  declare readonly tentative?: true;
  declare readonly resolvedFrom?: readonly string[];
  readonly mentionSummary: MentionSummary;
  readonly #lists: DetectedAgain;

  constructor(entity: ArticleEntity, summary: MentionSummary, lists: DetectedAgain, own: OwnStrings) {
    this.id = entity.id;
    this.type = entity.type;
    this.name = own(entity.name);
    this.slug = entity.slug;
    this.source = entity.source;
    const optional = this as { -readonly [K in keyof ArticleEntity]?: ArticleEntity[K] };
    if (entity.creditOnly) optional.creditOnly = true;
    if (entity.forms) optional.forms = entity.forms.map(own);
    if (entity.tentative) optional.tentative = true;
    if (entity.resolvedFrom) optional.resolvedFrom = entity.resolvedFrom;
    this.mentionSummary = summary;
    this.#lists = lists;
  }

  get mentions(): readonly Mention[] {
    return this.#lists.mentionsOf(this.id);
  }
}
