import type { ArticleEntity } from "./types.ts";

/** Entities whose first mention stands in the same sentence, and that sentence (absent for entities added by hand). */
export interface SentenceGroup {
  readonly sentence?: string;
  readonly entities: readonly ArticleEntity[];
}

/**
 * Groups entities by the sentence of their first mention, in order of first appearance: a
 * list of seven ambassadors in one sentence is one sentence to read, not seven copies of it.
 */
export function groupByFirstSentence(entities: readonly ArticleEntity[]): SentenceGroup[] {
  const groups = new Map<string, { sentence?: string; entities: ArticleEntity[] }>();
  for (const entity of entities) {
    const first = entity.mentions[0];
    // A sentence is keyed by where it stands, so that the same words twice in an article stay apart.
    const key = first ? `${first.block}:${first.start - first.sentenceStart}` : `none:${entity.id}`;
    const group = groups.get(key);
    if (group) group.entities.push(entity);
    else groups.set(key, { ...(first ? { sentence: first.sentence } : {}), entities: [entity] });
  }
  return [...groups.values()];
}
