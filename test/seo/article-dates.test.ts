import { describe, expect, it } from "vitest";
import type { Article } from "../../src/articles/article.ts";
import { createSiteLoader } from "../../src/model/load-site.ts";
import { reviveArticle, type StoredState } from "../../src/model/stored-articles.ts";
import { modifiedIsoText, publishedDateText, publishedDay, publishedDisplayDate, publishedIsoText, publishedMachineDate } from "../../src/seo/article-dates.ts";
import { displayDate, machineDate } from "../../src/seo/dates.ts";
import { defaultSettings } from "../../src/site.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

/** Fictional Velsk council reports dated in every shape a source gives: date alone, offsets, UTC noon, milliseconds, a later change. */
const dates = [
  "2031-03-02",
  "2031-12-31",
  "2031-03-04T09:00:00+05:00",
  "2031-03-04T12:00:00Z",
  "2031-07-15T23:30:00-07:00",
  "2031-10-26T01:30:00+01:00",
  "2031-03-09T02:15:00.250+14:00",
  "2031-03-10 18:45:00+0530",
  "2031-06-30T00:00:00+00:00",
];

function files(): Record<string, string> {
  return Object.fromEntries(
    dates.map((date, i) => [
      `velsk-report-${i}.md`,
      `---\ntitle: Velsk council report ${i}\ndate: ${date}\n${i % 3 === 0 ? "modified: 2032-01-05T08:00:00.120+03:00\n" : i % 3 === 1 ? "modified: 2032-01-05\n" : ""}---\nThe Velsk council met on the harbour budget, report ${i} said.\n`,
    ]),
  );
}

/** Each article as this build reads it, and as a later build revives it from the store. */
function freshAndRevived(timeZone: string): { fresh: readonly Article[]; revived: readonly Article[] } {
  const settings = { ...defaultSettings, timeZone };
  const loader = createSiteLoader();
  const fresh = loader.load(tempContent(files()), settings).model.articles;
  const state = JSON.parse(JSON.stringify(loader.store())) as StoredState;
  const nowhere = tempDir();
  const revived = state.articles.map((entry) => reviveArticle(entry, state.entities, nowhere, timeZone, () => []).cached.article);
  const bySource = new Map(revived.map((a) => [a.sourcePath, a]));
  return { fresh, revived: fresh.map((a) => bySource.get(a.sourcePath)!) };
}

/** What the views wrote with luxon before: the reference every article's text must equal. */
function throughLuxon(article: Article) {
  return {
    published: article.published.toISO({ suppressMilliseconds: true }),
    modified: article.modified.toISO({ suppressMilliseconds: true }),
    day: { year: article.published.year, month: article.published.month, day: article.published.day },
    display: displayDate(article.published),
    machine: machineDate(article.published),
  };
}

function asText(article: Article) {
  return {
    published: publishedIsoText(article),
    modified: modifiedIsoText(article),
    day: publishedDay(article),
    display: publishedDisplayDate(article),
    machine: publishedMachineDate(article),
  };
}

describe("an article's dates as text", () => {
  for (const timeZone of ["Asia/Almaty", "UTC", "America/Los_Angeles", "Europe/London", "Pacific/Kiritimati", "Asia/Kolkata"]) {
    it(`are what luxon wrote, for articles read now and revived from the store, in ${timeZone}`, () => {
      const { fresh, revived } = freshAndRevived(timeZone);
      expect(revived).toHaveLength(dates.length);
      for (let i = 0; i < fresh.length; i++) {
        const reference = throughLuxon(fresh[i]!);
        expect(asText(fresh[i]!)).toEqual(reference);
        expect(asText(revived[i]!)).toEqual(reference);
        // The revived article's own DateTime agrees too (what the text is cut from stands for it).
        expect(throughLuxon(revived[i]!)).toEqual(reference);
        expect(publishedDateText(revived[i]!)).toEqual({ display: reference.display, machine: reference.machine });
        expect(publishedDateText(fresh[i]!)).toBe(publishedDateText(fresh[i]!));
      }
    });
  }

  it("write a date-only source's noon stamp as the date alone, and other times in full", () => {
    const { revived } = freshAndRevived("Asia/Almaty");
    const machine = revived.map(publishedMachineDate);
    expect(machine).toContain("2031-03-02");
    expect(machine).toContain("2031-03-04");
    expect(machine).toContain("2031-03-04T09:00:00+05:00");
    expect(machine).toContain("2031-03-08T17:15:00.250+05:00");
  });
});
