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

/** The value of <time datetime>: the date alone for midnight (date-only sources), else the full time with offset. */
export function machineDate(date: DateTime): string {
  if (date.hour === 0 && date.minute === 0 && date.second === 0) return date.toISODate()!;
  return date.toISO({ suppressMilliseconds: true })!;
}
