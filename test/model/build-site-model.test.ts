import { describe, expect, it } from "vitest";
import type { Article } from "../../src/articles/article.ts";
import { loadArticles } from "../../src/articles/load-articles.ts";
import type { ArticleEntity } from "../../src/entities/types.ts";
import { buildSiteModel } from "../../src/model/build-site-model.ts";
import { defaultSettings } from "../../src/site.ts";
import { tempContent } from "../helpers/temp-content.ts";
import { articleStamp } from "../../src/render/fingerprints.ts";

function article(n: number, day: string, entities: string[]): [string, string] {
  return [`a${n}.md`, `---\ntitle: Velsk report ${n}\ndate: ${day}\n---\nBody ${n} names ${entities.join(" and ") || "nobody"}.\n`];
}

/** A stand-in for detection: the names after "names" in the body, as people. */
function namedIn(a: Article): ArticleEntity[] {
  const match = /names (.+)\.$/.exec(a.textBlocks[0]!);
  if (!match || match[1] === "nobody") return [];
  return match[1]!.split(" and ").map((name) => {
    const slug = name.toLowerCase().replace(/\s+/g, "-");
    const start = a.textBlocks[0]!.indexOf(name);
    return {
      id: `person:${slug}`, type: "person", name, slug, source: "detection",
      mentions: [{ surface: name, block: 0, start, end: start + name.length, sentence: a.textBlocks[0]!, sentenceStart: start, sentenceEnd: start + name.length }],
    };
  });
}

function model(files: [string, string][], pageSize = 2) {
  const dir = tempContent(Object.fromEntries(files));
  const loaded = loadArticles(dir, { zone: "Asia/Almaty", includeDrafts: false });
  return buildSiteModel({ settings: { ...defaultSettings, pageSize }, loaded, registryEntities: [], findEntities: namedIn });
}

describe("buildSiteModel", () => {
  const site = model([
    article(1, "2031-01-05", ["Mira Feld", "Tomas Rekk"]),
    article(2, "2031-02-01", ["Mira Feld"]),
    article(3, "2031-02-03", ["Mira Feld", "Tomas Rekk"]),
    article(4, "2030-12-31", []),
    article(5, "2031-02-03", ["Ilse Varn"]),
  ]);

  it("orders articles newest first, ties by headline, and links neighbours", () => {
    expect(site.articles.map((a) => a.headline)).toEqual(["Velsk report 3", "Velsk report 5", "Velsk report 2", "Velsk report 1", "Velsk report 4"]);
    const second = site.articlePages[1]!;
    expect(second.next?.headline).toBe("Velsk report 3");
    expect(second.previous?.headline).toBe("Velsk report 2");
    expect(site.articlePages[0]!.next).toBeUndefined();
    expect(site.articlePages.at(-1)!.previous).toBeUndefined();
  });

  it("pages the home stream", () => {
    expect(site.homePages.map((p) => p.url)).toEqual(["/", "/page/2/", "/page/3/"]);
    expect(site.homePages[2]!.articles).toHaveLength(1);
    expect(site.homePages[1]!.pagination).toEqual({ pageNumber: 2, totalPages: 3, pageUrls: ["/", "/page/2/", "/page/3/"] });
  });

  it("builds year and month archives, newest first", () => {
    expect(site.yearArchives.map((y) => [y.url, y.count])).toEqual([["/news/2031/", 4], ["/news/2030/", 1]]);
    expect(site.monthArchives.map((m) => [m.url, m.articles.length])).toEqual([
      ["/news/2031/02/", 3],
      ["/news/2031/01/", 1],
      ["/news/2030/12/", 1],
    ]);
  });

  it("gives each entity its pages, article count, first mention and co-mentions", () => {
    const mira = site.entityPages.filter((p) => p.entity.name === "Mira Feld");
    expect(mira.map((p) => p.url)).toEqual(["/people/mira-feld/", "/people/mira-feld/page/2/"]);
    expect(mira[0]!.entity.articleCount).toBe(3);
    expect(mira[0]!.items.map((i) => i.article.headline)).toEqual(["Velsk report 3", "Velsk report 2"]);
    expect(mira[0]!.items[0]!.mention?.surface).toBe("Mira Feld");
    expect(mira[0]!.coMentioned.map((c) => [c.entity.name, c.count])).toEqual([["Tomas Rekk", 2]]);
    expect(site.entityArticles.get("person:mira-feld")).toHaveLength(3);
  });

  it("files people A–Z by surname in the indexes", () => {
    const people = site.entityIndexes.find((i) => i.type === "person")!;
    expect(people.groups.map((g) => [g.letter, g.entries.map((e) => e.label)])).toEqual([
      ["F", ["Feld, Mira"]],
      ["R", ["Rekk, Tomas"]],
      ["V", ["Varn, Ilse"]],
    ]);
    expect(site.entityIndexes.find((i) => i.type === "organisation")!.groups).toEqual([]);
  });

  it("joins one person's two spellings across articles into one page", () => {
    const joined = model([article(1, "2031-01-05", ["Yerlan Nurgaliev"]), article(2, "2031-01-06", ["Yerlan Nurgaliyev"]), article(3, "2031-01-07", ["Marat Sadykov"])]);
    expect(joined.entities.map((e) => e.name).sort()).toEqual(["Marat Sadykov", "Yerlan Nurgaliyev"]);
    expect(joined.mergedNames).toBe(1);
    const page = joined.entityPages.find((p) => p.entity.name === "Yerlan Nurgaliyev")!;
    expect(page.items.map((i) => i.mention?.surface)).toEqual(["Yerlan Nurgaliyev", "Yerlan Nurgaliev"]);
    // The article that spelled it the other way names the joined entity, and says so in its fingerprint.
    const older = joined.articles.find((a) => a.headline === "Velsk report 1")!;
    expect(older.entities.map((e) => e.name)).toEqual(["Yerlan Nurgaliyev"]);
    expect(articleStamp(older)).toMatch(/person:yerlan-nurgaliyev=person:Yerlan Nurgaliyev/u);
  });
});

describe("metaDescription", () => {
  it("never splits an emoji when it cuts", async () => {
    const { metaDescription } = await import("../../src/seo/heads.ts");
    const cut = metaDescription("😀".repeat(100));
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(cut.endsWith("…")).toBe(true);
  });
});
