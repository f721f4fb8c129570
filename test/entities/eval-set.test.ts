/**
 * A floor under detection quality on the labelled evaluation set (test/entities/eval), a
 * little below what the detector reaches, so that a change that makes detection worse fails.
 * Measured when the floors were set: person P 1.000 R 1.000; organisation P 1.000 R 0.976.
 */
import { describe, expect, it } from "vitest";
import { loadEvalSet } from "../../src/entities/eval-set.ts";
import { evaluate } from "../../src/entities/evaluate.ts";
import { EVAL_DIR, projectRegistry } from "./helpers.ts";

const result = evaluate(loadEvalSet(EVAL_DIR, projectRegistry()));

describe("the evaluation set", () => {
  it("has the seed and at least 30 fictional articles", () => {
    expect(result.articles.length).toBeGreaterThanOrEqual(31);
  });

  it("keeps people precise", () => {
    expect(result.person.precision).toBeGreaterThanOrEqual(0.97);
    expect(result.person.f1).toBeGreaterThanOrEqual(0.97);
  });

  it("keeps organisations above their floor", () => {
    expect(result.organisation.precision).toBeGreaterThanOrEqual(0.96);
    expect(result.organisation.f1).toBeGreaterThanOrEqual(0.955);
  });

  it("keeps the overall score above its floor", () => {
    expect(result.overall.f1).toBeGreaterThanOrEqual(0.96);
  });

  it("never tags a labelled non-entity", () => {
    expect(result.articles.flatMap((a) => a.forbidden.map((p) => `${a.article}: ${p.name}`))).toEqual([]);
  });
});
