/**
 * An agency named only in the credit is the article's source, not one of its subjects
 * (src/model/source-entity.ts): read through the real loader, detection and registry.
 */
import { describe, expect, it } from "vitest";
import { createSiteLoader } from "../../src/model/load-site.ts";
import { defaultSettings } from "../../src/site.ts";
import { tempContent } from "../helpers/temp-content.ts";

const dir = tempContent({
  "a.txt": "date 2031-03-01\nVELSK. NORDPRESS – President of Orlandia Mira Feld received the Estovian ambassador Peder Lunn in Velsk, Nordpress cites the presidential press service.\n\nThey discussed trade.\n",
  "b.txt": "date 2031-03-02\nVELSK, March 2. /NORDPRESS/. Mira Feld met the board of Velsk Bank JSC.\n\nThe bank plans a new branch.\n",
  "c.txt": "date 2031-03-03\nMira Feld opened the port of Velsk on Tuesday.\n\nNordpress reported that Mira Feld spoke for an hour.\n",
});
const { model } = createSiteLoader().load(dir, defaultSettings);
const byFile = new Map(model.articles.map((a) => [a.sourcePath, a]));
const nordpress = model.entities.find((e) => e.name === "Nordpress");

describe("an agency named only in the credit", () => {
  it("is the article's source, not one of its people and organisations", () => {
    const a = byFile.get("a.txt")!;
    expect(a.source).toBe("Nordpress");
    expect(a.sourceEntity?.name).toBe("Nordpress");
    expect(a.entities.map((e) => e.name)).not.toContain("Nordpress");
    expect(a.entities.map((e) => e.name)).toContain("Mira Feld");
  });

  it("has a page that lists the articles it supplied apart from those that mention it", () => {
    expect(nordpress).toBeDefined();
    const items = model.entityArticles.get(nordpress!.id) ?? [];
    const supplied = items.filter((i) => i.supplied).map((i) => i.article.sourcePath).sort();
    expect(supplied).toEqual(["a.txt", "b.txt"]);
    for (const item of items.filter((i) => !i.supplied)) expect(item.article.sourcePath).toBe("c.txt");
  });

  it("does not count in 'often mentioned with'", () => {
    const feld = model.entityPages.find((p) => p.entity.name === "Mira Feld")!;
    const together = feld.coMentioned.map((c) => c.entity.name);
    // Named in c.txt's body, Nordpress is a mention there (one shared article), never from a.txt or b.txt.
    const count = feld.coMentioned.find((c) => c.entity.name === "Nordpress")?.count ?? 0;
    expect(count).toBeLessThanOrEqual(1);
    expect(together).not.toContain("Velsk");
  });

  it("is named by the feeds and the structured data as the source", () => {
    const a = byFile.get("a.txt")!;
    expect(a.dateline).toMatchObject({ place: "Velsk", agency: "Nordpress", agencyIn: "dateline" });
  });
});

describe("mentionWithoutCredit", () => {
  it("quotes a lead sentence from after its dateline and credit", async () => {
    const { mentionWithoutCredit } = await import("../../src/model/source-entity.ts");
    const lead = "VELSK. NORDPRESS – Mira Feld received the ambassador.";
    const start = lead.indexOf("Mira Feld");
    const mention = { surface: "Mira Feld", block: 0, start, end: start + 9, sentence: lead, sentenceStart: start, sentenceEnd: start + 9 };
    const quoted = mentionWithoutCredit(mention, { place: "Velsk", agency: "Nordpress", agencyIn: "dateline", creditEnd: start });
    expect(quoted.sentence).toBe("Mira Feld received the ambassador.");
    expect(quoted.sentence.slice(quoted.sentenceStart, quoted.sentenceEnd)).toBe("Mira Feld");
    expect(mentionWithoutCredit(mention, undefined)).toBe(mention);
  });
});
