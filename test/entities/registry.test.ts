import { describe, expect, it } from "vitest";
import { RegistryError, compileRegistry, parseRegistry } from "../../src/entities/registry.ts";
import { projectRegistry } from "./helpers.ts";

const FILE = "content/entities.yaml";

function errorOf(text: string): RegistryError {
  try {
    parseRegistry(text, FILE);
  } catch (error) {
    if (error instanceof RegistryError) return error;
    throw error;
  }
  throw new Error("expected a RegistryError");
}

const valid = `entities:
  - id: dariga-omarbekova-lind
    type: person
    name: Dariga Omarbekova-Lind
    aliases: [Omarbekova-Lind]
  - id: varnossa-development-fund
    type: organisation
    name: Varnossa Development Fund
    aliases: [VDF]
    sameAs: ["https://vdf.example.org"]
never:
  - Varnossa
`;

describe("parseRegistry", () => {
  it("reads entities and never entries, deriving slugs", () => {
    const registry = parseRegistry(valid, FILE);
    expect(registry.entities.map((e) => e.slug)).toEqual(["dariga-omarbekova-lind", "varnossa-development-fund"]);
    expect(registry.entities[1]?.sameAs).toEqual(["https://vdf.example.org"]);
    expect(registry.neverEntities).toEqual(["Varnossa"]);
  });

  it("names the file and line of a bad type", () => {
    const error = errorOf(`entities:\n  - id: x\n    type: persn\n    name: X\n`);
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(3);
    expect(error.message).toBe(`${FILE}:3: entity "x" has type "persn"; expected person or organisation`);
  });

  it("requires id, type and name", () => {
    expect(errorOf(`entities:\n  - type: person\n    name: X\n`).message).toMatch(/^content\/entities\.yaml:2: entity has no id$/u);
    expect(errorOf(`entities:\n  - id: x\n    name: X\n`).message).toContain(`entity "x" has no type`);
    expect(errorOf(`entities:\n  - id: x\n    type: person\n`).message).toContain(`entity "x" has no name`);
  });

  it("rejects duplicate ids, duplicate slugs within a type and shared aliases", () => {
    const twice = `entities:\n  - {id: a, type: person, name: A One}\n  - {id: a, type: person, name: A Two}\n`;
    expect(errorOf(twice).message).toBe(`${FILE}:3: entity id "a" is used twice (first on line 2)`);
    const slugs = `entities:\n  - {id: a, type: person, name: Same Name}\n  - {id: b, type: person, name: Same-Name}\n`;
    expect(errorOf(slugs).message).toContain(`slug "same-name", already used by person "a"`);
    const otherType = `entities:\n  - {id: a, type: person, name: Korvany Holding}\n  - {id: b, type: organisation, name: Korvany Holding Group, slug: korvany-holding}\n`;
    expect(() => parseRegistry(otherType, FILE)).not.toThrow();
    const alias = `entities:\n  - {id: a, type: person, name: Aliya One, aliases: [Aliya]}\n  - {id: b, type: person, name: Aliya Two, aliases: [aliya]}\n`;
    const shared = errorOf(alias);
    expect(shared.line).toBe(3);
    expect(shared.message).toContain(`alias "aliya" is claimed by both "a" and "b"`);
  });

  it("accepts only absolute https URLs in sameAs", () => {
    const http = `entities:\n  - id: a\n    type: organisation\n    name: A Bank\n    sameAs:\n      - http://a.example.org\n`;
    const error = errorOf(http);
    expect(error.line).toBe(6);
    expect(error.message).toContain(`sameAs "http://a.example.org"; expected an absolute https URL`);
    expect(errorOf(http.replace("http://a.example.org", "/relative")).message).toContain("expected an absolute https URL");
  });

  it("rejects unknown fields, bad slugs, bad lists and YAML syntax errors with their line", () => {
    expect(errorOf(`entities:\n  - id: a\n    type: person\n    name: A\n    alias: [B]\n`).message).toBe(`${FILE}:5: unknown field "alias"; expected one of id, type, name, slug, aliases, description, sameAs`);
    expect(errorOf(`entities:\n  - id: a\n    type: person\n    name: A\n    slug: Not A Slug\n`).line).toBe(5);
    expect(errorOf(`entities:\n  - id: a\n    type: person\n    name: A\n    aliases: B\n`).message).toContain("aliases must be a list");
    const syntax = errorOf(`entities:\n  - id: a\n    name: [unclosed\n`);
    expect(syntax.message).toMatch(/^content\/entities\.yaml:\d+: invalid YAML/u);
    expect(errorOf(`people: []\n`).message).toContain(`unknown top-level key "people"`);
  });

  it("rejects a never entry that is an entity's alias", () => {
    const text = `entities:\n  - {id: a, type: organisation, name: Varnopress}\nnever:\n  - Kazakhstan\n  - VARNOPRESS\n`;
    expect(errorOf(text).message).toBe(`${FILE}:5: never entry "VARNOPRESS" is a name or alias of entity "a"`);
  });
});

describe("compileRegistry", () => {
  const compiled = compileRegistry(parseRegistry(valid, FILE));

  it("looks names up ignoring case, quotes, diacritics and possessives", () => {
    expect(compiled.lookup("omarbekova-lind")?.id).toBe("dariga-omarbekova-lind");
    expect(compiled.lookup("Omarbekova‑Lind’s")?.id).toBe("dariga-omarbekova-lind");
    expect(compiled.lookup("The Varnossa Development Fund")?.id).toBe("varnossa-development-fund");
    expect(compiled.lookup("Varnossa")).toBeUndefined();
    expect(compiled.byId("varnossa-development-fund")?.name).toBe("Varnossa Development Fund");
    expect(compiled.isNever("VARNOSSA")).toBe(true);
  });

  it("loads the project registry, with the seed's entities", () => {
    const project = projectRegistry();
    expect(project.lookup("Kazinform")?.name).toBe("Qazinform");
    expect(project.lookup("Тоқаев")?.name).toBe("Kassym-Jomart Tokayev");
    expect(project.lookup("Mirziyoev")?.name).toBe("Shavkat Mirziyoyev");
    expect(project.lookup("Kazakh Foreign Ministry")?.id).toBe("mfa-kazakhstan");
    expect(project.lookup("Duke of Edinburgh")?.name).toBe("Prince Edward");
    expect(project.isNever("CA5+UK")).toBe(true);
    expect(project.isNever("Kazakh Foreign Minister")).toBe(true);
  });
});

describe("control characters in the registry", () => {
  it("written as a YAML escape are refused like raw ones, naming the line", () => {
    const registry = `entities:\n  - id: velskor\n    type: organisation\n    name: Velskor Grain\n    description: "Grain traders\\0 of Velsk"\n`;
    expect(() => parseRegistry(registry, FILE)).toThrow(/entities\.yaml:5.*description contains the control character U\+0000/s);
  });
});

describe("distinct", () => {
  it("lists groups of names or ids that site-level resolution must never join", () => {
    const registry = parseRegistry(`${valid}distinct:\n  - [Birlik, Birlik Party]\n  - [dariga-omarbekova-lind, Dariga Omarbekova]\n`, FILE);
    expect(registry.distinct).toEqual([["Birlik", "Birlik Party"], ["dariga-omarbekova-lind", "Dariga Omarbekova"]]);
    expect(parseRegistry(valid, FILE).distinct).toBeUndefined();
  });

  it("rejects a group of fewer than two names, with its line", () => {
    expect(errorOf(`${valid}distinct:\n  - [Birlik]\n`).message).toBe(`${FILE}:14: every distinct entry must list two or more names or ids`);
    expect(errorOf(`${valid}distinct: Birlik\n`).message).toMatch(/distinct must be a list of groups of names/u);
  });
});

