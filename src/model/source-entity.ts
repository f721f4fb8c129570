/**
 * An agency named only in an article's credit (the dateline, or the attribution clause at the
 * end of the lead) is the article's source, not one of its subjects: it is no chip among the
 * article's people and organisations, and does not count in "often mentioned with". Its page
 * lists the articles it supplied under their own heading.
 */
import type { Article, ArticleDateline } from "../articles/article.ts";
import type { ArticleEntity, Mention } from "../entities/types.ts";

/**
 * Marks the organisations whose every mention stands in the credit. Run once per detection
 * (the mark is kept in the build state), so that a revived article needs no mentions for it.
 */
export function markCreditOnly(article: Article, entities: readonly ArticleEntity[]): readonly ArticleEntity[] {
  const credit = article.dateline;
  if (!credit || !credit.agency) return entities;
  const agencyKey = simpleKey(credit.agency);
  // Detection may type the agency as a person ("…, the ministry told Velta News"): by its name it is still the agency.
  const inCredit = (entity: ArticleEntity): boolean =>
    (entity.type === "organisation" || simpleKey(entity.name) === agencyKey) &&
    entity.mentions.length > 0 &&
    entity.mentions.every((m) => m.block === 0 && (m.end <= credit.creditEnd || (credit.attributionStart !== undefined && m.start >= credit.attributionStart)));
  if (!entities.some(inCredit)) return entities;
  return entities.map((entity) => (inCredit(entity) ? withCreditOnly(entity) : entity));
}

/** A copy that keeps a lazy `mentions` getter lazy. */
function withCreditOnly(entity: ArticleEntity): ArticleEntity {
  return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(entity), creditOnly: { value: true, enumerable: true } }) as ArticleEntity;
}

/** The article's people and organisations as the site shows them, and the entity that is its source. */
export function splitSource(article: Pick<Article, "source">, entities: readonly ArticleEntity[]): { shown: readonly ArticleEntity[]; source?: ArticleEntity } {
  const credited = entities.find((e) => e.creditOnly && e.type === "organisation") ?? entities.find((e) => e.creditOnly);
  if (credited) return { shown: entities.filter((e) => !e.creditOnly), source: credited };
  // An agency also named in the body stays a mention, and its page is still where "Source" links.
  const key = article.source ? simpleKey(article.source) : undefined;
  const named = key ? entities.find((e) => e.type === "organisation" && simpleKey(e.name) === key) : undefined;
  return { shown: entities, ...(named ? { source: named } : {}) };
}

function simpleKey(name: string): string {
  let key = simpleKeys.get(name);
  if (key === undefined) {
    if (simpleKeys.size >= simpleKeysKept) simpleKeys.clear();
    key = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
    simpleKeys.set(name, key);
  }
  return key;
}

/**
 * Each name's key, made once: splitSource looks for an agency among the organisations of every
 * article with a source (half the site, on every build), and the same few thousand names come
 * back in article after article. Cleared when it grows past a bound (a long dev-server session).
 */
const simpleKeys = new Map<string, string>();
const simpleKeysKept = 50_000;

/**
 * The sentence an entity page quotes, without the dateline and credit that open the lead:
 * "VELSK. NORDPRESS – President Feld received…" is quoted from "President Feld".
 */
export function mentionWithoutCredit(mention: Mention, dateline: ArticleDateline | undefined): Mention {
  if (!dateline || dateline.creditEnd === 0 || mention.block !== 0) return mention;
  const sentenceAt = mention.start - mention.sentenceStart;
  // Only a sentence that starts inside the credit loses it, and only when the mention comes after it.
  const cut = dateline.creditEnd - sentenceAt;
  if (cut <= 0 || mention.sentenceStart < cut) return mention;
  return { ...mention, sentence: mention.sentence.slice(cut), sentenceStart: mention.sentenceStart - cut, sentenceEnd: mention.sentenceEnd - cut };
}
