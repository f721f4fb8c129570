import type { Article } from "../articles/article.ts";
import { publishedYearMonth } from "../articles/load-articles.ts";
import type { MonthArchive, YearArchive } from "./site-model.ts";

/**
 * How many headlines a year page lists under each month: a reader reaches an article from the
 * year in one click, and a busy month's page (which lists all) in one more, without the year
 * page growing with the site.
 */
export const yearPageHeadlinesPerMonth = 15;

const two = (n: number): string => String(n).padStart(2, "0");

export function yearUrl(year: number): string {
  return `/news/${year}/`;
}

export function monthUrl(year: number, month: number): string {
  return `/news/${year}/${two(month)}/`;
}

/** Year and month archives, so that /news/YYYY/MM/DD/slug/ can be walked up. Articles come newest first. */
export function buildArchives(articles: readonly Article[]): { years: YearArchive[]; months: MonthArchive[] } {
  const byMonth = new Map<string, { year: number; month: number; articles: Article[] }>();
  for (const article of articles) {
    const { year, month } = publishedYearMonth(article);
    const key = `${year}-${two(month)}`;
    let bucket = byMonth.get(key);
    if (!bucket) byMonth.set(key, (bucket = { year, month, articles: [] }));
    bucket.articles.push(article);
  }
  const months: MonthArchive[] = [...byMonth.values()]
    .sort((a, b) => b.year - a.year || b.month - a.month)
    .map(({ year, month, articles: list }) => ({
      kind: "month",
      url: monthUrl(year, month),
      year,
      month,
      yearUrl: yearUrl(year),
      articles: list,
    }));
  const monthsByYear = new Map<number, MonthArchive[]>();
  for (const month of months) {
    const list = monthsByYear.get(month.year);
    if (list) list.push(month);
    else monthsByYear.set(month.year, [month]);
  }
  const years: YearArchive[] = [...monthsByYear].map(([year, list]) => ({
    kind: "year",
    url: yearUrl(year),
    year,
    months: list.map((m) => ({ month: m.month, url: m.url, count: m.articles.length, articles: m.articles.slice(0, yearPageHeadlinesPerMonth) })),
    count: list.reduce((n, m) => n + m.articles.length, 0),
  }));
  return { years, months };
}
