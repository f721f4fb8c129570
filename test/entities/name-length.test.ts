/**
 * Names have a length limit: detection never makes a name longer than a real one (a run of
 * capitalised words in a lead used to become a 318-character slug and a build that died with
 * ENAMETOOLONG), and a too-long name given by hand is an error naming where it was given.
 * Fictional names only.
 */
import { describe, expect, it } from "vitest";
import { RegistryError, parseRegistry } from "../../src/entities/registry.ts";
import { OverrideError, resolveArticleEntities } from "../../src/entities/resolve-article.ts";
import { longestName } from "../../src/slug.ts";
import { projectRegistry } from "./helpers.ts";

const longName = Array.from({ length: 40 }, (_, i) => `Velskor${String.fromCharCode(97 + (i % 26))}`).join(" ");

describe("the length of names", () => {
  it("detection makes no entity from a 40-word run of capitalised words", () => {
    const lead = `VELSK. The ${longName} Company said on Tuesday that Minister of Trade Dariga Omarbekova-Lind would visit.`;
    const entities = resolveArticleEntities([lead], projectRegistry(), { add: [], remove: [] });
    expect(entities.every((e) => e.name.length <= longestName && e.slug.length <= longestName)).toBe(true);
  });

  it("a too-long name in entities.add is an error", () => {
    expect(() => resolveArticleEntities(["Text."], projectRegistry(), { add: [{ name: longName, type: "organisation" }], remove: [] })).toThrow(OverrideError);
  });

  it("a too-long name or slug in the registry is an error naming its line", () => {
    const registry = (name: string, slug?: string) => `entities:\n  - id: velskor\n    type: organisation\n    name: ${name}\n${slug ? `    slug: ${slug}\n` : ""}`;
    expect(() => parseRegistry(registry(longName), "content/entities.yaml")).toThrow(RegistryError);
    expect(() => parseRegistry(registry(longName), "content/entities.yaml")).toThrow(/entities\.yaml:4.*name of \d+ characters; at most 120/s);
    expect(() => parseRegistry(registry("Velskor", "v".repeat(300)), "content/entities.yaml")).toThrow(/entities\.yaml:5.*slug of 300 characters/s);
  });
});
