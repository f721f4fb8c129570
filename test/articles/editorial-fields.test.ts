import { describe, expect, it } from "vitest";
import { misspeltField, readEditorialFields } from "../../src/articles/editorial-fields.ts";
import { loadArticles } from "../../src/articles/load-articles.ts";
import { tempContent } from "../helpers/temp-content.ts";

describe("hand tags", () => {
  it("adds front matter people and organisations lists, as Hugo taxonomies are written", () => {
    const fields = readEditorialFields({ title: "Velsk", people: ["Mira Feld", " Tomas  Rekk "], organisations: ["Orlen Valley University"], entities: { add: ["Velsk Forum"] } }, "a.md");
    expect(fields.entityOverrides.add).toEqual([
      { name: "Velsk Forum" },
      { name: "Mira Feld", type: "person" },
      { name: "Tomas Rekk", type: "person" },
      { name: "Orlen Valley University", type: "organisation" },
    ]);
    expect(readEditorialFields({ organizations: "Velsk Bank" }, "a.md").entityOverrides.add).toEqual([{ name: "Velsk Bank", type: "organisation" }]);
  });

  it("fails on a list that holds anything but names", () => {
    expect(() => readEditorialFields({ people: [{ name: "Mira" }] }, "a.md")).toThrow(/^a\.md: "people" items must be names$/u);
    expect(() => readEditorialFields({ organisations: { a: 1 } }, "a.md")).toThrow(/"organisations" must be a list of names/u);
  });
});

describe("unknown front matter fields", () => {
  it("are a warning naming the file and the field", () => {
    const fields = readEditorialFields({ title: "Velsk", categories: ["news"], weight: 3 }, "a.md");
    expect(fields.warnings).toEqual([
      { file: "a.md", message: 'has a field the build does not know, ignored: "categories"' },
      { file: "a.md", message: 'has a field the build does not know, ignored: "weight"' },
    ]);
  });

  it("fail the build when they look like a misspelling of a known field", () => {
    expect(() => readEditorialFields({ tilte: "Velsk" }, "a.md")).toThrow(/^a\.md: unknown field "tilte"; did you mean "title"\?$/u);
    expect(() => readEditorialFields({ Title: "Velsk" }, "a.md")).toThrow(/did you mean "title"/u);
    expect(misspeltField("photo-credit")).toBe("photoCredit");
    expect(misspeltField("sumary")).toBe("summary");
    expect(misspeltField("organisation")).toBe("organisations");
    expect(misspeltField("categories")).toBeUndefined();
    expect(misspeltField("weight")).toBeUndefined();
  });

  it("reach the build's notices, from front matter and from the data file", () => {
    const dir = tempContent({
      "port.md": "---\ntitle: Velsk port report\ndate: 2031-03-01\naliases: [/old/]\n---\nThe Velsk port opened.\n",
      "wire.txt": "date 2031-03-02\n\nVELSK. The Velsk council met.\n",
      "wire.11tydata.json": '{"headline": "Velsk council meets", "weight": 2}',
    });
    const { notices } = loadArticles(dir, { zone: "UTC", includeDrafts: false });
    expect(notices).toEqual(expect.arrayContaining([
      { file: "port.md", message: 'has a field the build does not know, ignored: "aliases"' },
      { file: "wire.11tydata.json", message: 'has a field the build does not know, ignored: "weight"' },
    ]));
  });
});
