import { describe, expect, it } from "vitest";
import { scoreSite, withSiteForms } from "../../src/entities/evaluate-site.ts";
import type { GoldLabels } from "../../src/entities/evaluate.ts";

const site = {
  people: [{ name: "Marat Sadykov", forms: ["Marat Sadykov", "Sadykov"] }, { name: "Timur Sadykov", forms: ["Timur Sadykov", "Sadykov"] }],
  organisations: [{ name: "Kenestau", forms: ["Kenestau", "Kenestaw"] }],
};

describe("withSiteForms", () => {
  it("accepts a form of one entity anywhere, never one shared by two", () => {
    const gold: GoldLabels = { people: [{ name: "Marat Sadykov" }], organisations: [{ name: "Kenestau" }] };
    const extended = withSiteForms(gold, site);
    expect(extended.organisations[0]?.aliases).toEqual(["Kenestau", "Kenestaw"]);
    expect(extended.people[0]?.aliases).toEqual(["Marat Sadykov"]);
  });
});

describe("scoreSite", () => {
  it("counts an entity on two pages, and a page of the wrong type", () => {
    const gold: GoldLabels = { people: [{ name: "Marat Sadykov" }], organisations: [{ name: "Kenestau", aliases: ["Kenestaw"] }, { name: "Hartwell Pryce" }] };
    const score = scoreSite([
      { article: "a", gold, predicted: [{ type: "organisation", name: "Kenestau", page: "o:1" }, { type: "person", name: "Hartwell Pryce", page: "p:hp" }] },
      { article: "b", gold, predicted: [{ type: "organisation", name: "Kenestaw", page: "o:2" }, { type: "person", name: "Marat Sadykov", page: "p:ms" }] },
    ]);
    expect(score.duplicatePages).toBe(1);
    expect(score.duplicates).toEqual([{ type: "organisation", name: "Kenestau", pages: ["o:1", "o:2"] }]);
    expect(score.wrongTypes.map((w) => w.prediction.name)).toEqual(["Hartwell Pryce"]);
    expect(score.pages).toBe(4);
  });
});
