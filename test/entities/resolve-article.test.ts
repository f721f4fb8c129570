import { describe, expect, it } from "vitest";
import { OverrideError, resolveArticleEntities } from "../../src/entities/resolve-article.ts";
import { projectRegistry } from "./helpers.ts";

const blocks = ["Keldorian Foreign Minister Tomas Hallvik met Kazakh Foreign Minister Yermek Kosherbayev at Vensk University."];

function resolve(add: { name: string; type?: "person" | "organisation" }[], remove: string[] = []) {
  return resolveArticleEntities(blocks, projectRegistry(), { add, remove }).map((e) => `${e.source} ${e.type}: ${e.name}`);
}

describe("resolveArticleEntities", () => {
  it("returns detected entities in order of first mention", () => {
    expect(resolve([])).toEqual(["detection person: Tomas Hallvik", "registry person: Yermek Kosherbayev", "detection organisation: Vensk University"]);
  });

  it("adds entities the text does not name, by registry id, name or alias", () => {
    expect(resolve([{ name: "mfa-kazakhstan" }, { name: "Tokaev" }]).slice(3)).toEqual([
      "editor organisation: Ministry of Foreign Affairs of Kazakhstan", "editor person: Kassym-Jomart Tokayev",
    ]);
    const [added] = resolveArticleEntities(blocks, projectRegistry(), { add: [{ name: "Tokaev" }], remove: [] }).slice(3);
    expect(added?.mentions).toEqual([]);
    expect(added?.id).toBe("kassym-jomart-tokayev");
  });

  it("adds an unknown name only with its type, and does not duplicate a detected entity", () => {
    expect(resolve([{ name: "Korvany Holding", type: "organisation" }]).at(-1)).toBe("editor organisation: Korvany Holding");
    expect(() => resolve([{ name: "Korvany Holding" }])).toThrow(OverrideError);
    expect(() => resolve([{ name: "Tokayev", type: "organisation" }])).toThrow(/registry has it as a person/u);
    expect(resolve([{ name: "Kosherbayev" }])).toHaveLength(3);
  });

  it("removes entities by id, name, alias or surface form", () => {
    expect(resolve([], ["yermek-kosherbayev"])).not.toContain("registry person: Yermek Kosherbayev");
    expect(resolve([], ["Kosherbaev"])).not.toContain("registry person: Yermek Kosherbayev");
    expect(resolve([], ["Tomas Hallvik", "vensk university"])).toEqual(["registry person: Yermek Kosherbayev"]);
  });
});
