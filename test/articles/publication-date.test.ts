import { describe, expect, it } from "vitest";
import { parsePublicationDate } from "../../src/articles/publication-date.ts";

const zone = "Asia/Almaty";

describe("parsePublicationDate", () => {
  it("stamps a date alone at 12:00 UTC, on its day in the site's zone", () => {
    const result = parsePublicationDate("2026-02-26", zone);
    expect(result.ok && result.value.toISO()).toBe("2026-02-26T17:00:00.000+05:00");
  });

  it("keeps the written day for readers from UTC-10 to UTC+11, and in a site zone beyond that", () => {
    const result = parsePublicationDate("2026-02-26", zone);
    if (!result.ok) throw new Error(result.reason);
    for (const offset of [-10, -5, 0, 5, 11]) expect(result.value.setZone(`UTC${offset < 0 ? "" : "+"}${offset}`).toISODate()).toBe("2026-02-26");
    const auckland = parsePublicationDate("2026-02-26", "Pacific/Auckland");
    expect(auckland.ok && auckland.value.toISODate()).toBe("2026-02-26");
  });

  it("keeps the instant of a date-time with offset and shows it in the site's zone", () => {
    const result = parsePublicationDate("2031-06-02T09:30:00+02:00", zone);
    expect(result.ok && result.value.toISO()).toBe("2031-06-02T12:30:00.000+05:00");
  });

  it.each(["2031-06-02T09:30:00-12:00", "2031-06-02T09:30:00+14:00"])("accepts the offsets at either end of the range, %s", (raw) => {
    expect(parsePublicationDate(raw, zone).ok).toBe(true);
  });

  it.each([
    ["2026-02-30", /not a real date/],
    ["2026-13-01", /not a real date/],
    ["26.02.2026", /not a date/],
    ["tomorrow", /not a date/],
    ["1850-01-01", /out of range/],
    ["2031-06-02T09:30:00-13:00", /offsets run from -12:00 to \+14:00/],
    ["2031-06-02T09:30:00+14:30", /offsets run from -12:00 to \+14:00/],
  ])("rejects %s", (raw, reason) => {
    const result = parsePublicationDate(raw, zone);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
