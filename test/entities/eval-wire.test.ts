/**
 * The goals on the realistic set (test/entities/eval-wire): fictional items in the shapes of
 * real agency copy, scored after site-level resolution across the whole set. The goal
 * is per-type precision ≥ 0.95 and recall ≥ 0.90, no duplicate page and no wrong type.
 * Measured when set: person P 1.000 R 0.986; organisation P 1.000 R 0.980; 0 and 0.
 */
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadEvalSet } from "../../src/entities/eval-set.ts";
import { evaluate } from "../../src/entities/evaluate.ts";
import { scoreSite } from "../../src/entities/evaluate-site.ts";
import { projectRegistry } from "./helpers.ts";

const WIRE_DIR = fileURLToPath(new URL("./eval-wire/", import.meta.url));
const inputs = loadEvalSet(WIRE_DIR, projectRegistry());
const result = evaluate(inputs);
const site = scoreSite(inputs);

describe("the realistic evaluation set", () => {
  it("has at least 40 items", () => {
    expect(result.articles.length).toBeGreaterThanOrEqual(40);
  });

  it("meets the goals for people and organisations", () => {
    for (const score of [result.person, result.organisation]) {
      expect(score.precision).toBeGreaterThanOrEqual(0.95);
      expect(score.recall).toBeGreaterThanOrEqual(0.9);
    }
  });

  it("gives every entity one page of the right type", () => {
    expect(site.duplicates).toEqual([]);
    expect(site.wrongTypes).toEqual([]);
  });

  it("never tags a labelled non-entity", () => {
    expect(result.articles.flatMap((a) => a.forbidden.map((p) => `${a.article}: ${p.name}`))).toEqual([]);
  });
});
