import { describe, expect, it } from "vitest";
import type { Article } from "../../src/articles/article.ts";
import { loadArticles } from "../../src/articles/load-articles.ts";
import type { ArticleEntity, Mention } from "../../src/entities/types.ts";
import { buildSiteModel } from "../../src/model/build-site-model.ts";
import { frontLayout, kickerOf, mainEntity } from "../../src/model/front-page.ts";
import { defaultSettings } from "../../src/site.ts";
import { tempContent } from "../helpers/temp-content.ts";

/** A fictional article naming people: "names A and B" in its body, a name once per occurrence. */
function article(n: number, day: string, names: string[]): [string, string] {
  return [`a${n}.md`, `---\ntitle: Keldor report ${n}\ndate: ${day}\n---\nBody ${n} names ${names.join(" and ") || "nobody"}.\n`];
}

/** A stand-in for detection: every occurrence of a name after "names" is a mention of that person. */
function namedIn(a: Article): ArticleEntity[] {
  const text = a.textBlocks[0]!;
  const match = /names (.+)\.$/.exec(text);
  if (!match || match[1] === "nobody") return [];
  const order = [...new Set(match[1]!.split(" and "))];
  return order.map((name) => {
    const mentions: Mention[] = [];
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      mentions.push({ surface: name, block: 0, start: at, end: at + name.length, sentence: text, sentenceStart: at, sentenceEnd: at + name.length });
    }
    const slug = name.toLowerCase().replace(/\s+/g, "-");
    return { id: `person:${slug}`, type: "person", name, slug, source: "detection", mentions };
  });
}

function model(files: [string, string][]) {
  const dir = tempContent(Object.fromEntries(files));
  const loaded = loadArticles(dir, { zone: "Asia/Almaty", includeDrafts: false });
  return buildSiteModel({ settings: { ...defaultSettings, pageSize: 20 }, loaded, registryEntities: [], findEntities: namedIn });
}

describe("the front page", () => {
  const site = model([
    article(1, "2031-01-05", ["Mira Feld", "Tomas Rekk", "Tomas Rekk"]),
    article(2, "2031-01-28", ["Mira Feld"]),
    article(3, "2031-02-03", ["Mira Feld", "Tomas Rekk"]),
    article(4, "2031-01-27", ["Ilse Varn", "Ilse Varn", "Ilse Varn"]),
    article(5, "2031-02-02", ["Ilse Varn", "Orsola Denk", "Orsola Denk"]),
  ]);

  it("lays out every page as a lead, up to three secondary stories, then the river", () => {
    expect(frontLayout([1, 2, 3, 4, 5, 6])).toEqual({ lead: 1, secondary: [2, 3, 4], river: [5, 6] });
    expect(frontLayout([1])).toEqual({ lead: 1, secondary: [], river: [] });
    expect(frontLayout([])).toEqual({ secondary: [], river: [] });
  });

  it("labels a card with the person the article names most, the first named on a tie", () => {
    const byHeadline = new Map(site.articles.map((a) => [a.headline, a]));
    expect(kickerOf(byHeadline.get("Keldor report 1")!)).toBe("Tomas Rekk");
    expect(kickerOf(byHeadline.get("Keldor report 3")!)).toBe("Mira Feld");
    expect(kickerOf(byHeadline.get("Keldor report 5")!)).toBe("Orsola Denk");
    expect(mainEntity({ ...byHeadline.get("Keldor report 1")!, entities: [] })).toBeUndefined();
  });

  it("labels a wire item's card with its dateline's place, as agencies lead", () => {
    const wire = model([["w.txt", "date 2031-02-04\nVELSK, Orlandia, February 4. NORDPRESS – The port of Velsk names Mira Feld.\n"]]);
    expect(kickerOf(wire.articles[0]!)).toBe("Velsk, Orlandia");
  });

  it("names who was in the news in the 7 days up to the newest article, not up to the clock", () => {
    const strip = site.homePages[0]!.inTheNews!;
    expect(strip.from.toISODate()).toBe("2031-01-28");
    expect(strip.to.toISODate()).toBe("2031-02-03");
    // Report 4 (27 January) is a day too old; report 1 far too old.
    expect(strip.entities.map(({ entity, count }) => [entity.name, count])).toEqual([
      ["Mira Feld", 2],
      ["Orsola Denk", 1],
      ["Ilse Varn", 1],
      ["Tomas Rekk", 1],
    ]);
    expect(strip.from.zoneName).toBe("Asia/Almaty");
  });

  it("shows the same strip on every page of the front page", () => {
    const many = model(Array.from({ length: 45 }, (_, i) => article(i, `2031-03-${String(1 + (i % 28)).padStart(2, "0")}`, ["Mira Feld"])));
    expect(many.homePages).toHaveLength(3);
    for (const page of many.homePages) expect(page.inTheNews).toBe(many.homePages[0]!.inTheNews);
  });
});
