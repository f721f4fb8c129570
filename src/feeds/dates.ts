/**
 * Dates for feeds and sitemaps, always in UTC.
 *
 * Every value is computed from `Date`'s UTC getters with plain arithmetic, so
 * the output is the same under any `TZ` and no `Intl.DateTimeFormat` is built
 * per call (the RSS plugin's `dateToRfc822` does both wrong: it builds a
 * formatter per call and uses the machine's zone unless told otherwise).
 */

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * ISO 8601 / RFC 3339 date-time WITH an explicit offset. A string without one
 * ("2026-02-26T10:00:00") would be read by `Date` in the machine's zone, and a
 * bare date ("2026-02-26") as UTC midnight: both make feeds depend on where the
 * build runs, so both are refused.
 */
const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})$/;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Parses an ISO 8601 date-time that carries an offset (or `Z`). Throws on anything else. */
export function parseIsoDateTime(value: string): Date {
  const m = ISO_WITH_OFFSET.exec(value);
  if (m === null) {
    throw new RangeError(`expected an ISO 8601 date-time with offset, e.g. 2026-02-26T10:00:00+05:00; got ${JSON.stringify(value)}`);
  }
  const [, y, mo, d, h, mi, s] = m;
  // Reject calendar nonsense (2026-02-30) that Date would silently roll over.
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) {
    throw new RangeError(`not a real date-time: ${JSON.stringify(value)}`);
  }
  // The string now has an explicit offset, which `Date` parses independently of TZ.
  const normalized = value.length > 10 && value[10] === " " ? `${value.slice(0, 10)}T${value.slice(11)}` : value;
  const date = new Date(normalized.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  if (Number.isNaN(date.getTime())) throw new RangeError(`unparseable date-time: ${JSON.stringify(value)}`);
  return date;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function toDate(value: Date | string): Date {
  const date = typeof value === "string" ? parseIsoDateTime(value) : value;
  const year = date.getUTCFullYear();
  // RSS needs a 4-digit year; a 5-digit or negative year is a data error upstream.
  if (Number.isNaN(year) || year < 1000 || year > 9999) {
    throw new RangeError(`date out of range for a feed: ${String(value)}`);
  }
  return date;
}

/**
 * RFC 822 / RFC 2822 date for RSS, e.g. `Wed, 01 May 2024 18:30:00 +0000`:
 * four-digit year, two-digit day, single spaces, a numeric offset (the RSS Best
 * Practices profile; `Z` or a one-digit day get ProblematicalRFC822Date), `+0000`
 * unless `offset` (minutes east of UTC) asks for the wall-clock time of another zone.
 */
export function toRfc822(value: Date | string, offset = 0): string {
  // The wall-clock time at `offset`, read with the UTC getters (the machine's zone never enters).
  const d = new Date(toDate(value).getTime() + offset * 60_000);
  const sign = offset < 0 ? "-" : "+";
  const zone = `${sign}${pad2(Math.floor(Math.abs(offset) / 60))}${pad2(Math.abs(offset) % 60)}`;
  return (
    `${DAYS[d.getUTCDay()]}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} ${zone}`
  );
}

/** Minutes east of UTC of an ISO 8601 date-time's offset ("+05:00" → 300, "Z" → 0). */
export function offsetMinutes(iso: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === "-" ? -minutes : minutes;
}

/**
 * RFC 3339 in UTC with `Z`, for Atom, JSON Feed and sitemaps, e.g.
 * `2024-05-01T18:30:00Z`. Milliseconds appear only when they are not zero.
 */
export function toRfc3339(value: Date | string): string {
  const d = toDate(value);
  const ms = d.getUTCMilliseconds();
  const fraction = ms === 0 ? "" : `.${String(ms).padStart(3, "0")}`;
  return (
    `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}` +
    `T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}${fraction}Z`
  );
}

/**
 * The latest of some ISO date-times, compared as instants (not as strings:
 * offsets differ, and the "newest" item is not reliably at either end of a list;
 * web.dev#2064). Undefined for an empty list.
 */
export function newestDate(values: Iterable<string>): Date | undefined {
  let newest: Date | undefined;
  for (const value of values) {
    const date = parseIsoDateTime(value);
    if (newest === undefined || date.getTime() > newest.getTime()) newest = date;
  }
  return newest;
}

/** The later of two instants given as ISO strings (e.g. an item's published and modified). */
export function laterOf(a: string, b: string): Date {
  const da = parseIsoDateTime(a);
  const db = parseIsoDateTime(b);
  return db.getTime() > da.getTime() ? db : da;
}
