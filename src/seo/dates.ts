import type { DateTime } from "luxon";

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** English month name; fixed, so that output never depends on the machine's locale data. */
export function monthName(month: number): string {
  return months[month - 1]!;
}

/** "26 February 2026", in the zone the DateTime carries (the site's). */
export function displayDate(date: DateTime): string {
  return `${date.day} ${monthName(date.month)} ${date.year}`;
}

/**
 * The value of <time datetime>: the date alone for a date-only source (stamped at 12:00 UTC,
 * see publication-date.ts), else the full time with offset. A source that gives 12:00 UTC
 * itself shows as a date too: the same day for nearly every reader either way.
 */
export function machineDate(date: DateTime): string {
  const utc = date.toUTC();
  if (utc.hour === 12 && utc.minute === 0 && utc.second === 0 && utc.millisecond === 0) return date.toISODate()!;
  return date.toISO({ suppressMilliseconds: true })!;
}
