import { DateTime } from "luxon";
import { ownCopy } from "./own-copy.ts";

/** Years outside this range are typing mistakes, not news. */
const earliestYear = 1900;
const latestYear = 2200;

export type DateResult = { readonly ok: true; readonly value: DateTime } | { readonly ok: false; readonly reason: string };

/**
 * Reads a publication date. A date alone is stamped at 12:00 UTC (see dateOnlyHour); a
 * date-time must carry its offset or is read in the site's zone.
 * The machine's own zone never enters, so builds are the same everywhere.
 */
export function parsePublicationDate(raw: string, zone: string): DateResult {
  // Thousands of articles share a few hundred dates, and every zone offset costs an Intl call.
  const key = `${zone}\u0000${raw}`;
  let result = parsed.get(key);
  if (!result) {
    if (parsed.size >= cacheLimit) parsed.clear();
    result = parseUncached(raw, zone);
    // The raw date is cut from its source: a key made of it would keep the whole source alive.
    parsed.set(ownCopy(key), result);
  }
  return result;
}

/**
 * A date alone is stamped at noon UTC: the middle of the UTC day, so that the calendar day
 * stays the one written for every reader from UTC-12 to UTC+11 (feeds are read in the reader's
 * zone); midnight in the site's zone put Almaty's dates on the day before for anyone west of it.
 * No single instant keeps one day for the whole 24-hour span of zones; a site whose own zone is
 * beyond +11 on that day gets noon in its own zone instead, so that its pages show the date written.
 */
const dateOnlyHour = 12;

const cacheLimit = 50_000;
const parsed = new Map<string, DateResult>();

function parseUncached(raw: string, zone: string): DateResult {
  const value = raw.trim();
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  let parsed: DateTime;
  if (dateOnly) {
    const day = { year: Number(dateOnly[1]), month: Number(dateOnly[2]), day: Number(dateOnly[3]) };
    parsed = DateTime.fromObject({ ...day, hour: dateOnlyHour }, { zone: "utc" }).setZone(zone);
    if (parsed.isValid && parsed.day !== day.day) parsed = DateTime.fromObject({ ...day, hour: dateOnlyHour }, { zone });
  } else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value)) {
    // Luxon takes any offset: "-25:00" would silently move the article to another day.
    const offset = /([+-])(\d{2}):?(\d{2})$/.exec(value);
    // The rule is the message: west of UTC to -12:00, east to +14:00.
    const limit = offset?.[1] === "-" ? 12 * 60 : 14 * 60;
    if (offset && (Number(offset[3]) > 59 || Number(offset[2]) * 60 + Number(offset[3]) > limit)) {
      return { ok: false, reason: `"${truncate(value)}" has the offset ${offset[0]}; offsets run from -12:00 to +14:00` };
    }
    parsed = DateTime.fromISO(value.replace(" ", "T"), { zone, setZone: false }).setZone(zone);
  } else {
    return { ok: false, reason: `"${truncate(value)}" is not a date; write YYYY-MM-DD or an ISO 8601 date-time with offset` };
  }
  if (!parsed.isValid) {
    return { ok: false, reason: `"${truncate(value)}" is not a real date (${parsed.invalidExplanation ?? parsed.invalidReason ?? "invalid"})` };
  }
  if (parsed.year < earliestYear || parsed.year > latestYear) {
    return { ok: false, reason: `"${truncate(value)}" is out of range (${earliestYear}–${latestYear})` };
  }
  return { ok: true, value: parsed };
}

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
