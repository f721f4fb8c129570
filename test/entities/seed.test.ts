/**
 * The seed article, exactly as its hand labels say: every person and organisation with that
 * canonical name and type and those surface forms, nothing listed as a non-entity, and nothing
 * else beyond the optional entries.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GoldLabels } from "../../src/entities/evaluate.ts";
import { nameKey } from "../../src/entities/normalise.ts";
import { loadArticle } from "../../src/articles/load-articles.ts";
import { resolveArticleEntities } from "../../src/entities/resolve-article.ts";
import { EVAL_DIR, projectRegistry } from "./helpers.ts";

const SEED = "000_bb15c65c48445c85";
const labels = JSON.parse(readFileSync(`${EVAL_DIR}${SEED}.json`, "utf8")) as GoldLabels;
const { article } = loadArticle(EVAL_DIR, `${SEED}.txt`, "Asia/Almaty");
const entities = resolveArticleEntities(article.textBlocks, projectRegistry(), { add: [], remove: [] });

function found(type: "person" | "organisation") {
  return entities.filter((e) => e.type === type).map((e) => ({ name: e.name, mentions: [...new Set(e.mentions.map((m) => m.surface))] }));
}

describe("the seed article", () => {
  it("finds exactly the labelled people", () => {
    expect(found("person")).toEqual(labels.people.map((p) => ({ name: p.name, mentions: p.mentions })));
  });

  it("finds exactly the labelled organisations, beyond the optional ones", () => {
    const optional = new Set((labels.optional ?? []).map((o) => nameKey(o.name)));
    const orgs = found("organisation").filter((o) => !optional.has(nameKey(o.name)));
    expect(orgs).toEqual(labels.organisations.map((o) => ({ name: o.name, mentions: o.mentions })));
  });

  it("tags none of the non-entities", () => {
    const never = new Set((labels.not_entities ?? []).map(nameKey));
    for (const e of entities) {
      expect(never.has(nameKey(e.name))).toBe(false);
      for (const m of e.mentions) expect(never.has(nameKey(m.surface))).toBe(false);
    }
  });

  it("uses the registry for every seed entity", () => {
    expect(entities.every((e) => e.source === "registry")).toBe(true);
  });
});
