/**
 * What a build reads of an entity's mentions in one article once detection is done: how often
 * the article names it (the front page's ranking, the stored tallies), where first and in which
 * sentence (an entity page quotes it), and whether the headline or the lead names it (the
 * article page's JSON-LD). A site keeps these for every article until its last page is written,
 * while the whole lists (180,000 mentions at 10,000 articles, each holding its sentence and so
 * its paragraph) are needed by no page: an entity keeps its summary, and finds its list again
 * from the article's text only when asked for it (see compact-entities.ts).
 */
import type { ArticleEntity, Mention } from "./types.ts";

export interface MentionSummary {
  readonly count: number;
  /** The first mention in text order; undefined when the text does not name the entity. */
  readonly first: Mention | undefined;
  /** Whether a mention stands in the first block (the lead). */
  readonly inLead: boolean;
}

/** An entity that carries its summary, so that reading it makes no list of mentions. */
export interface SummarisedEntity extends ArticleEntity {
  readonly mentionSummary: MentionSummary;
}

/** The entity's summary: its own when it carries one, else made from its mentions. */
export function mentionSummary(entity: ArticleEntity): MentionSummary {
  if (isSummarised(entity)) return entity.mentionSummary;
  return summaryOf(entity.mentions);
}

export function summaryOf(mentions: readonly Mention[]): MentionSummary {
  return { count: mentions.length, first: mentions[0], inLead: mentions.some((m) => m.block === 0) };
}

/**
 * The summary of entities joined into one (site-level resolution): their counts added, the
 * earliest first mention (ties to the earlier part, as the joined list is sorted stably).
 */
export function joinedSummary(parts: readonly ArticleEntity[]): MentionSummary {
  if (parts.length === 1) return mentionSummary(parts[0]!);
  let count = 0;
  let first: Mention | undefined;
  let inLead = false;
  for (const part of parts) {
    const summary = mentionSummary(part);
    count += summary.count;
    inLead ||= summary.inLead;
    const candidate = summary.first;
    if (candidate && (!first || candidate.block < first.block || (candidate.block === first.block && candidate.start < first.start))) first = candidate;
  }
  return { count, first, inLead };
}

function isSummarised(entity: ArticleEntity): entity is SummarisedEntity {
  return "mentionSummary" in entity;
}
