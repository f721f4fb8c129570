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

  it("lists each entity's articles newest first, by page, as the articles hold them, whichever is read first", () => {
    // The items are made when a page or the entity's list is first read (a one-edit build reads
    // few): each must be the article with its own entity object, in the site's order, paged.
    const files = [
      article(1, "2031-01-05", ["Mira Feld", "Tomas Rekk"]),
      article(2, "2031-02-05", ["Tomas Rekk", "Mira Feld", "Mira Feld"]),
      article(3, "2031-03-05", ["Mira Feld"]),
      article(4, "2031-04-05", ["Ilse Varn", "Mira Feld"]),
      article(5, "2031-05-05", ["Mira Feld", "Ilse Varn"]),
    ];
    // Each name found after the one before it: a name given twice is two entities, two mentions.
    const namedInTurn = (a: Article): ArticleEntity[] => {
      let from = 0;
      return namedIn(a).map((entity) => {
        const start = a.textBlocks[0]!.indexOf(entity.name, from);
        from = start + entity.name.length;
        return { ...entity, mentions: [{ ...entity.mentions[0]!, start, end: from, sentenceStart: start, sentenceEnd: from }] };
      });
    };
    const build = () => {
      const loaded = loadArticles(tempContent(Object.fromEntries(files)), { zone: "Asia/Almaty", includeDrafts: false });
      return buildSiteModel({ settings: { ...defaultSettings, pageSize: 2 }, loaded, registryEntities: [], findEntities: namedInTurn });
    };
    const expected = (site: ReturnType<typeof model>, id: string) =>
      site.articles.flatMap((a) => a.entities.filter((e) => e.id === id).map((e) => ({ article: a, entity: e })));
    // Each item quotes the mention of the entity object at its place in the article's list.
    const asRead = (items: readonly { article: Article; mention?: { start: number }; supplied: boolean }[], site: ReturnType<typeof model>, id: string) =>
      items.map((item, i) => ({ supplied: item.supplied, same: item.mention?.start === expected(site, id)[i]!.entity.mentions[0]!.start }));
    for (const order of ["pages first", "list first"] as const) {
      const site = build();
      const id = "person:mira-feld";
      const list = order === "list first" ? site.entityArticles.get(id)! : undefined;
      const pages = site.entityPages.filter((p) => p.entity.id === id);
      // Mira Feld is named six times in five articles (twice in one): three pages of two.
      expect(pages.map((p) => [p.url, p.pagination.pageNumber, p.pagination.totalPages, p.items.length])).toEqual([
        ["/people/mira-feld/", 1, 3, 2],
        ["/people/mira-feld/page/2/", 2, 3, 2],
        ["/people/mira-feld/page/3/", 3, 3, 2],
      ]);
      const fromPages = pages.flatMap((p) => p.items);
      expect(fromPages.map((item) => item.article)).toEqual(expected(site, id).map((x) => x.article));
      expect(fromPages.map((item) => item.article.headline)).toEqual(["Marsk report 5", "Marsk report 4", "Marsk report 3", "Marsk report 2", "Marsk report 2", "Marsk report 1"]);
      // The two mentions in one article stay two items, each with its own entity's mention.
      expect(asRead(fromPages, site, id).every((x) => x.same && !x.supplied)).toBe(true);
      expect(fromPages[3]!.mention!.start).not.toBe(fromPages[4]!.mention!.start);
      expect(site.entityArticles.get(id)).toEqual(list ?? fromPages);
      expect([...(list ?? site.entityArticles.get(id)!)]).toEqual(fromPages);
      expect(site.entityArticles.get("person:nobody")).toBeUndefined();
      expect([...site.entityArticles.keys()].sort()).toEqual(["person:ilse-varn", "person:mira-feld", "person:tomas-rekk"]);
      expect(site.entities.find((e) => e.id === id)!.articleCount).toBe(6);
    }
  });
});
