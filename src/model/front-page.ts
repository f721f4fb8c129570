import type { Article } from "../articles/article.ts";
import type { ArticleEntity } from "../entities/types.ts";
import type { EntitySummary, InTheNews } from "./site-model.ts";
import { publishedMillis } from "../articles/load-articles.ts";
import { mentionTally } from "./stored-articles.ts";

/** How many stories stand under the lead, in a row of their own, on each page of the front page. */
export const secondaryCount = 3;
/** How many people and organisations the "In the news" strip names. */
export const inTheNewsLimit = 8;
/** The strip looks at this many days, counted back from the newest article's day. */
export const inTheNewsDays = 7;

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** A page of the front page as a newspaper lays it out: one lead, a row of secondary stories, then the river. */
export function frontLayout<T>(articles: readonly T[]): { readonly lead?: T; readonly secondary: readonly T[]; readonly river: readonly T[] } {
  const [lead, ...rest] = articles;
  return { ...(lead === undefined ? {} : { lead }), secondary: rest.slice(0, secondaryCount), river: rest.slice(secondaryCount) };
}

/**
 * The person or organisation an article is most about: the one it names most often; on a tie,
 * the one it names first (detection lists entities in text order). Entities an editor added by
 * hand have no mentions and never win over one the text names.
 */
export function mainEntity(article: Article): ArticleEntity | undefined {
  let best: ArticleEntity | undefined;
  let bestCount = 0;
  let bestPosition = Infinity;
  for (const entity of article.entities) {
    // Counted from the stored tallies where there are some: a card's kicker needs no detection.
    const tally = mentionTally(article, entity);
    if (!tally) continue;
    const position = tally.block * 1e6 + tally.start;
    if (!best || tally.count > bestCount || (tally.count === bestCount && position < bestPosition)) {
      best = entity;
      bestCount = tally.count;
      bestPosition = position;
    }
  }
  return best;
}

/** The small label over a card's headline: the dateline's place, as agencies lead, else the main entity. */
export function kickerOf(article: Article): string | undefined {
  return article.dateline?.place ?? mainEntity(article)?.name;
}

/**
 * The people and organisations named in the most articles of the last `days` days up to the
 * newest article's day (never the build's clock: the same sources give the same strip),
 * most first, then by how often they were named, then by name.
 */
export function inTheNews(articles: readonly Article[], entityById: ReadonlyMap<string, EntitySummary>, limit = inTheNewsLimit, days = inTheNewsDays): InTheNews | undefined {
  const newest = articles[0];
  if (!newest) return undefined;
  const to = newest.published.startOf("day");
  const from = to.minus({ days: days - 1 });
  // Compared by the stored time rather than each article's DateTime, which luxon makes slowly
  // (a week's articles at 10,000: the strip is made on every build, for the structure's digest).
  const fromMillis = from.toMillis();
  const tally = new Map<string, { articles: number; mentions: number }>();
  for (const article of articles) {
    // Newest first: the rest are older still.
    if (publishedMillis(article) < fromMillis) break;
    for (const entity of article.entities) {
      const seen = tally.get(entity.id) ?? { articles: 0, mentions: 0 };
      seen.articles++;
      seen.mentions += mentionTally(article, entity)?.count ?? 0;
      tally.set(entity.id, seen);
    }
  }
  const ranked = [...tally]
    .flatMap(([id, seen]) => {
      const entity = entityById.get(id);
      return entity ? [{ entity, count: seen.articles, mentions: seen.mentions }] : [];
    })
    .sort((a, b) => b.count - a.count || b.mentions - a.mentions || collator.compare(a.entity.name, b.entity.name) || (a.entity.id < b.entity.id ? -1 : 1))
    .slice(0, limit)
    .map(({ entity, count }) => ({ entity, count }));
  return ranked.length ? { from, to, entities: ranked } : undefined;
}
