import { describe, expect, it } from "vitest";
import type { Article } from "../../src/articles/article.ts";
import { loadArticles } from "../../src/articles/load-articles.ts";
import type { ArticleEntity } from "../../src/entities/types.ts";
import { buildSiteModel } from "../../src/model/build-site-model.ts";
import { defaultSettings } from "../../src/site.ts";
import { tempContent } from "../helpers/temp-content.ts";

function article(n: number, day: string, names: string[]): [string, string] {
  return [`a${n}.md`, `---\ntitle: Marsk report ${n}\ndate: ${day}\n---\nBody ${n} names ${names.join(" and ")}.\n`];
}

/** A stand-in for detection: the names after "names" in the body, as people. */
function namedIn(a: Article): ArticleEntity[] {
  const text = a.textBlocks[0]!;
  const names = /names (.+)\.$/.exec(text)![1]!.split(" and ");
  return names.map((name) => {
    const start = text.indexOf(name);
    const slug = name.toLowerCase().replace(/\s+/g, "-");
    return { id: `person:${slug}`, type: "person", name, slug, source: "detection", mentions: [{ surface: name, block: 0, start, end: start + name.length, sentence: text, sentenceStart: start, sentenceEnd: start + name.length }] };
  });
}

function model(files: [string, string][]) {
  const loaded = loadArticles(tempContent(Object.fromEntries(files)), { zone: "Asia/Almaty", includeDrafts: false });
  return buildSiteModel({ settings: { ...defaultSettings, pageSize: 20 }, loaded, registryEntities: [], findEntities: namedIn });
}

describe("entity pages", () => {
  const site = model([
    article(1, "2031-01-05", ["Mira Feld", "Tomas Rekk", "Ilse Varn"]),
    article(2, "2031-03-28", ["Mira Feld", "Tomas Rekk"]),
    article(3, "2031-04-03", ["Mira Feld", "Orsola Denk"]),
    article(4, "2031-04-09", ["Mira Feld"]),
  ]);
  const page = (name: string) => site.entityPages.find((p) => p.entity.name === name)!;

  it("lists as often mentioned with only those sharing two articles or more", () => {
    expect(page("Mira Feld").coMentioned.map(({ entity, count }) => [entity.name, count])).toEqual([["Tomas Rekk", 2]]);
    expect(page("Ilse Varn").coMentioned).toEqual([]);
    expect(page("Orsola Denk").coMentioned).toEqual([]);
  });

  it("charts articles per month, empty months included, for someone named in three months or more", () => {
    expect(page("Mira Feld").perMonth).toEqual([
      { year: 2031, month: 1, count: 1 },
      { year: 2031, month: 2, count: 0 },
      { year: 2031, month: 3, count: 1 },
      { year: 2031, month: 4, count: 2 },
    ]);
    // Two months only: a count says as much as a chart.
    expect(page("Tomas Rekk").perMonth).toBeUndefined();
  });

  it("keeps the chart to the last 24 months", () => {
    const long = model([article(1, "2025-01-10", ["Petra Quill"]), article(2, "2030-06-10", ["Petra Quill"]), article(3, "2031-06-10", ["Petra Quill"])]);
    const months = long.entityPages[0]!.perMonth!;
    expect(months).toHaveLength(24);
    expect(months[0]).toEqual({ year: 2029, month: 7, count: 0 });
    expect(months.at(-1)).toEqual({ year: 2031, month: 6, count: 1 });
  });

  it("gives each entity the same chips and chart whichever pages are read, and in whatever order", () => {
    // Worked out per entity when first read (a one-edit build reads only a few entities' pages):
    // the counts of one entity must never leak into the next, whatever the order.
    const files = [
      article(1, "2031-01-05", ["Mira Feld", "Tomas Rekk", "Ilse Varn"]),
      article(2, "2031-03-28", ["Mira Feld", "Tomas Rekk", "Ilse Varn"]),
      article(3, "2031-04-03", ["Orsola Denk", "Ilse Varn", "Tomas Rekk"]),
      article(4, "2031-05-09", ["Orsola Denk", "Ilse Varn"]),
      article(5, "2031-06-09", ["Orsola Denk", "Mira Feld", "Ilse Varn"]),
    ];
    const seen = (pages: ReturnType<typeof model>["entityPages"]) =>
      new Map(pages.map((p) => [p.entity.id, { chips: p.coMentioned.map(({ entity, count }) => [entity.id, count]), months: p.perMonth?.map(({ month, count }) => [month, count]) }]));
    const forwards = seen(model(files).entityPages);
    const backwards = seen([...model(files).entityPages].reverse());
    const one = model(files).entityPages.find((p) => p.entity.name === "Orsola Denk")!;
    expect(seen([one]).get(one.entity.id)).toEqual(forwards.get(one.entity.id));
    expect([...backwards].sort()).toEqual([...forwards].sort());
    expect(forwards.get("person:ilse-varn")!.chips).toEqual([["person:mira-feld", 3], ["person:orsola-denk", 3], ["person:tomas-rekk", 3]]);
  });

  it("shares one list of chips and one chart among all pages of an entity", () => {
    // The fingerprints digest each list once per build (fingerprints.ts), by the list object.
    const many = model(Array.from({ length: 45 }, (_, i) => article(i + 1, `2031-0${(i % 5) + 1}-1${i % 9}`, ["Petra Quill", "Nils Ordo"])));
    const pages = many.entityPages.filter((p) => p.entity.name === "Petra Quill");
    expect(pages).toHaveLength(3);
    expect(pages[2]!.coMentioned).toBe(pages[0]!.coMentioned);
    expect(pages[2]!.perMonth).toBe(pages[0]!.perMonth);
    expect(pages[1]!.coMentioned.map(({ entity, count }) => [entity.name, count])).toEqual([["Nils Ordo", 45]]);
  });

  it("counts the same when so many entities are asked for that all are counted at once", () => {
    // Past a hundred entities asked for, the rest are counted in one go: the first ones asked,
    // counted on their own, must agree with it.
    const name = (k: number) => `Orla Vantis ${String.fromCharCode(65 + (k % 26))}${String.fromCharCode(65 + Math.floor(k / 26))}`;
    const files = Array.from({ length: 260 }, (_, k) => article(k + 1, `2031-0${(k % 9) + 1}-1${k % 10}`, [name(k % 130), name((k + 1) % 130), name((k + 7) % 130)]));
    const seen = (pages: ReturnType<typeof model>["entityPages"]) => pages.map((p) => [p.entity.id, p.coMentioned.map(({ entity, count }) => [entity.id, count])] as const);
    const few = model(files).entityPages;
    const firstFew = seen(few.slice(0, 5));
    const all = seen(few);
    expect(all.slice(0, 5)).toEqual(firstFew);
    expect(all).toEqual(seen([...model(files).entityPages].reverse()).reverse());
    expect(all.length).toBeGreaterThan(100);
    expect(all[0]![1].length).toBeGreaterThan(1);
  });
});
