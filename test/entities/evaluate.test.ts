import { describe, expect, it } from "vitest";
import { evaluate, scoreArticle } from "../../src/entities/evaluate.ts";
import type { GoldLabels } from "../../src/entities/evaluate.ts";

const gold: GoldLabels = {
  people: [{ name: "Dariga Omarbekova-Lind" }, { name: "Prince Casimir", aliases: ["Crown Prince Casimir"] }],
  organisations: [{ name: "KelNews" }, { name: "Varnossa Development Fund" }],
  optional: [{ name: "Halvik Castle", type: "organisation" }],
  not_entities: ["Korvany"],
};

describe("scoreArticle", () => {
  it("matches by type and name or alias, ignoring case and quote style", () => {
    const score = scoreArticle({
      article: "a.txt", gold,
      predicted: [
        { type: "person", name: "Dariga Omarbekova‑Lind" }, { type: "person", name: "Crown Prince Casimir" },
        { type: "organisation", name: "Kelnews" }, { type: "person", name: "Varnossa Development Fund" },
        { type: "organisation", name: "Halvik Castle" }, { type: "organisation", name: "Korvany" },
      ],
    });
    expect(score.truePositives).toHaveLength(3);
    expect(score.falsePositives).toEqual([{ type: "person", name: "Varnossa Development Fund" }, { type: "organisation", name: "Korvany" }]);
    expect(score.forbidden).toEqual([{ type: "organisation", name: "Korvany" }]);
    expect(score.falseNegatives).toEqual([{ type: "organisation", name: "Varnossa Development Fund" }]);
  });

  it("counts a second page for one entity as a false positive", () => {
    const score = scoreArticle({ article: "a.txt", gold, predicted: [{ type: "person", name: "Prince Casimir" }, { type: "person", name: "Crown Prince Casimir" }] });
    expect(score.truePositives).toHaveLength(1);
    expect(score.falsePositives).toHaveLength(1);
  });
});

describe("evaluate", () => {
  it("micro-averages per type and overall", () => {
    const result = evaluate([
      { article: "a", gold, predicted: [{ type: "person", name: "Dariga Omarbekova-Lind" }, { type: "organisation", name: "KelNews" }, { type: "organisation", name: "Bogus Bank" }] },
      { article: "b", gold: { people: [], organisations: [] }, predicted: [] },
    ]);
    expect(result.person).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 1, precision: 1, recall: 0.5 });
    expect(result.organisation).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(result.overall.truePositives).toBe(2);
    expect(result.overall.f1).toBeCloseTo(0.571, 3);
  });
});
