import { dateToRfc822 } from "@11ty/eleventy-plugin-rss";
import { describe, expect, it } from "vitest";
import { laterOf, newestDate, parseIsoDateTime, toRfc3339, toRfc822 } from "../../src/feeds/dates.ts";

describe("parseIsoDateTime", () => {
  it("reads offsets, Z and fractional seconds as instants", () => {
    expect(parseIsoDateTime("2026-02-26T10:00:00+05:00").toISOString()).toBe("2026-02-26T05:00:00.000Z");
    expect(parseIsoDateTime("2026-02-26T10:00+0500").toISOString()).toBe("2026-02-26T05:00:00.000Z");
    expect(parseIsoDateTime("2026-02-24T23:30:00-08:00").toISOString()).toBe("2026-02-25T07:30:00.000Z");
    expect(parseIsoDateTime("2026-02-26T05:00:00.250Z").toISOString()).toBe("2026-02-26T05:00:00.250Z");
  });

  it("refuses dates whose meaning depends on the machine's zone", () => {
    expect(() => parseIsoDateTime("2026-02-26T10:00:00")).toThrow(RangeError);
    expect(() => parseIsoDateTime("2026-02-26")).toThrow(RangeError);
  });

  it("refuses calendar nonsense instead of rolling it over", () => {
    expect(() => parseIsoDateTime("2026-02-29T00:00:00Z")).toThrow(/not a real date/);
    expect(() => parseIsoDateTime("2026-13-01T00:00:00Z")).toThrow(RangeError);
    expect(() => parseIsoDateTime("2026-01-01T24:00:00Z")).toThrow(RangeError);
    expect(parseIsoDateTime("2024-02-29T00:00:00Z").getUTCDate()).toBe(29);
  });
});

describe("toRfc822", () => {
  it("writes the profile's form in UTC with +0000", () => {
    expect(toRfc822("2024-05-01T18:30:00Z")).toBe("Wed, 01 May 2024 18:30:00 +0000");
    expect(toRfc822("2026-02-26T10:00:00+05:00")).toBe("Thu, 26 Feb 2026 05:00:00 +0000");
    // Crosses midnight backwards and forwards.
    expect(toRfc822("2026-03-01T02:00:00+05:00")).toBe("Sat, 28 Feb 2026 21:00:00 +0000");
    expect(toRfc822("2026-12-31T23:59:59-10:00")).toBe("Fri, 01 Jan 2027 09:59:59 +0000");
    expect(toRfc822(new Date(Date.UTC(2025, 0, 5, 3, 4, 5)))).toBe("Sun, 05 Jan 2025 03:04:05 +0000");
  });

  it("always has a two-digit day, a four-digit year and no Z", () => {
    for (let day = 1; day <= 9; day += 1) {
      expect(toRfc822(`2026-03-0${day}T00:00:00Z`)).toMatch(/^[A-Z][a-z]{2}, 0\d [A-Z][a-z]{2} 2026 00:00:00 \+0000$/);
    }
  });

  it("matches the RSS plugin's dateToRfc822 pinned to UTC, over 2,000 instants", () => {
    let t = Date.UTC(1999, 0, 1);
    for (let i = 0; i < 2000; i += 1) {
      t += 7_919_113_117; // about 92 days and change: walks through every weekday, month and hour
      const date = new Date(t - (t % 1000));
      expect(toRfc822(date)).toBe(dateToRfc822(date, "UTC").replace(/ GMT$/, " +0000"));
    }
  });

  it("refuses years a feed cannot carry", () => {
    expect(() => toRfc822(new Date(Date.UTC(10000, 0, 1)))).toThrow(RangeError);
    expect(() => toRfc822(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("toRfc3339", () => {
  it("writes UTC with Z, milliseconds only when present", () => {
    expect(toRfc3339("2026-02-26T10:00:00+05:00")).toBe("2026-02-26T05:00:00Z");
    expect(toRfc3339("2026-02-26T10:00:00.007+05:00")).toBe("2026-02-26T05:00:00.007Z");
    expect(toRfc3339(new Date(Date.UTC(2026, 1, 3, 4, 5, 6)))).toBe("2026-02-03T04:05:06Z");
  });

  it("agrees with Date#toISOString", () => {
    let t = Date.UTC(1996, 0, 1);
    for (let i = 0; i < 1000; i += 1) {
      t += 3_600_000 * 37 + 61_001;
      const date = new Date(t);
      expect(toRfc3339(date)).toBe(date.toISOString().replace(".000Z", "Z"));
    }
  });
});

describe("newest", () => {
  it("compares instants, not strings or list order", () => {
    // As strings the +05:00 one sorts last; as instants it is the oldest.
    const newest = newestDate(["2026-02-26T09:00:00+05:00", "2026-02-26T04:30:00Z", "2026-02-25T20:15:00-08:00"]);
    expect(newest?.toISOString()).toBe("2026-02-26T04:30:00.000Z");
    expect(newestDate([])).toBeUndefined();
    expect(laterOf("2026-02-26T10:00:00+05:00", "2026-02-26T04:00:00Z").toISOString()).toBe("2026-02-26T05:00:00.000Z");
  });

  // Their speed is guarded by `npm run bench:micro` (bench/micro.ts), not timed here.
});
