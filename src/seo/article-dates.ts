import type { Article } from "../articles/article.ts";
import type { NotedPublished } from "../articles/load-articles.ts";
import { modifiedOf } from "../model/stored-articles.ts";
import { displayDate, machineDate, monthName } from "./dates.ts";

/**
 * An article's dates as pages and feeds write them. An article back from the store carries its
 * publication time as toISO() wrote it in the site's zone (NotedPublished): its calendar fields
 * and offset are already the site's, so the text is cut from that string instead of a luxon
 * DateTime being made for every article a page lists (parsing a zoned ISO string with luxon took
 * about a third of a one-edit build's render at 10,000 articles). An article read in this build
 * has no stored string and goes through its DateTime; both give the same bytes (see the tests).
 */

/** What toISO({ suppressMilliseconds: true }) leaves of toISO(): the milliseconds, when they are zero. */
const zeroMilliseconds = /\.000(?=[Z+-])/;
const dayOfMs = 86_400_000;
const noonMs = 43_200_000;

function noted(article: Article): NotedPublished | undefined {
  return typeof (article as Partial<NotedPublished>).publishedIso === "string" ? (article as Article & NotedPublished) : undefined;
}

/** The publication time with its offset, milliseconds only when not zero (meta tags, JSON-LD, feeds). */
export function publishedIsoText(article: Article): string {
  const stored = noted(article);
  return stored ? stored.publishedIso.replace(zeroMilliseconds, "") : article.published.toISO({ suppressMilliseconds: true })!;
}

/** The last substantive change, as publishedIsoText writes it. */
export function modifiedIsoText(article: Article): string {
  return modifiedOf(article).iso;
}

/** Year, month and day of publication in the site's zone. */
export function publishedDay(article: Article): { readonly year: number; readonly month: number; readonly day: number } {
  const stored = noted(article);
  if (!stored) return { year: article.published.year, month: article.published.month, day: article.published.day };
  const iso = stored.publishedIso;
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** "26 February 2026", in the site's zone (displayDate of the publication time). */
export function publishedDisplayDate(article: Article): string {
  if (!noted(article)) return displayDate(article.published);
  const { year, month, day } = publishedDay(article);
  return `${day} ${monthName(month)} ${year}`;
}

/** The publication time's <time datetime> value (machineDate of the publication time). */
export function publishedMachineDate(article: Article): string {
  const stored = noted(article);
  if (!stored) return machineDate(article.published);
  // 12:00:00.000 UTC is a date-only source's stamp: the date alone, as the site's zone has it.
  const millis = stored.publishedMillis;
  if ((((millis % dayOfMs) + dayOfMs) % dayOfMs) === noonMs) return stored.publishedIso.slice(0, 10);
  return publishedIsoText(article);
}

/** An article's dateline text: both forms of its publication date. */
export interface PublishedDateText {
  readonly display: string;
  readonly machine: string;
}

// An article is dated on its page, the front page, its month and year and each of its entities'
// pages: about ten datelines an article in a full build, where articles are read fresh and each
// machineDate goes through luxon (toUTC, toISO). Made once per article object instead.
const datelines = new WeakMap<Article, PublishedDateText>();

/** publishedDisplayDate and publishedMachineDate, made once per article. */
export function publishedDateText(article: Article): PublishedDateText {
  let text = datelines.get(article);
  if (text === undefined) datelines.set(article, (text = { display: publishedDisplayDate(article), machine: publishedMachineDate(article) }));
  return text;
}
