import type { Article } from "../articles/article.ts";
import { publishedYearMonth } from "../articles/load-articles.ts";

/** One month of an entity's chart. */
export interface MonthCount {
  readonly year: number;
  readonly month: number;
  readonly count: number;
}

/** An entity gets a chart only when its articles span at least this many distinct months: fewer say nothing a count does not. */
export const chartMinMonths = 3;
/** The chart shows at most the last this many months, so that it stays small for someone named over decades. */
export const chartMaxMonths = 24;

/** An article's month as one number (year * 12 + month - 1), what monthlyCounts counts by. */
export function monthKeyOf(article: Article): number {
  const { year, month } = publishedYearMonth(article);
  return year * 12 + (month - 1);
}

/**
 * Articles per month, every month from the first to the last (empty months too, so that gaps
 * show), oldest first; undefined when the articles fall in fewer than `chartMinMonths` months.
 * Takes each article's monthKeyOf, so that an article listed by several entities is dated once.
 */
export function monthlyCounts(monthKeys: Iterable<number>): readonly MonthCount[] | undefined {
  const counts = new Map<number, number>();
  for (const key of monthKeys) counts.set(key, (counts.get(key) ?? 0) + 1);
  if (counts.size < chartMinMonths) return undefined;
  const keys = [...counts.keys()];
  const last = Math.max(...keys);
  const first = Math.max(Math.min(...keys), last - chartMaxMonths + 1);
  const months: MonthCount[] = [];
  for (let key = first; key <= last; key++) months.push({ year: Math.floor(key / 12), month: (key % 12) + 1, count: counts.get(key) ?? 0 });
  return months;
}
