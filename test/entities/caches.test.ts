/**
 * Detection remembers what it learns about words (token-classes.ts, intern.ts) and names
 * (normalise.ts, slug.ts, assemble.ts, back-references.ts) across articles and registries.
 * What depends on the registry or on the article must still be decided per call: these tests
 * run the same words through different contexts, in both orders.
 */
import { describe, expect, it } from "vitest";
import { createContext, findEntities } from "../../src/entities/detect.ts";
import { settle } from "../../src/entities/context.ts";
import { WordTable } from "../../src/entities/intern.ts";
import { compileRegistry } from "../../src/entities/registry.ts";
import { Cursor } from "../../src/entities/rules/cursor.ts";
import { classifyToken } from "../../src/entities/token-classes.ts";
import { tokenize } from "../../src/entities/tokens.ts";
import { names } from "./helpers.ts";

const EMPTY = compileRegistry({ entities: [], neverEntities: [] });
const BRASTEL_NEVER = compileRegistry({ entities: [], neverEntities: ["Brastel"] });

function word(text: string) {
  const token = tokenize(text)[0];
  if (!token) throw new Error(`no token in "${text}"`);
  return token;
}

describe("a word remembered once is still classified per registry", () => {
  it("gives the same word its never class only under the registry that lists it", () => {
    const brastel = word("Brastel");
    expect(classifyToken(brastel, BRASTEL_NEVER.neverWords)).toBe("never");
    expect(classifyToken(brastel, EMPTY.neverWords)).toBe("name");
    expect(classifyToken(brastel, BRASTEL_NEVER.neverWords)).toBe("never");
    expect(classifyToken(word("BRASTEL"), BRASTEL_NEVER.neverWords)).toBe("never");
    expect(classifyToken(word("BRASTEL"), EMPTY.neverWords)).toBe("acronym");
  });

  it("detects with each registry as if the other had never run", () => {
    const text = ["Tomas Hallvik said the Brastel talks went well.", "Brastel Hallvik said the plan works."];
    const withNever = ["person: Tomas Hallvik"];
    const without = ["person: Tomas Hallvik", "person: Brastel Hallvik"];
    expect(names(text, EMPTY)).toEqual(without);
    expect(names(text, BRASTEL_NEVER)).toEqual(withNever);
    expect(names(text, EMPTY)).toEqual(without);
  });

  it("keeps classes that depend on the exact case apart", () => {
    // "AS" is a company form, "As" opens a sentence, "as" is a function word.
    expect(classifyToken(word("AS"), EMPTY.neverWords)).toBe("head");
    expect(classifyToken(word("As"), EMPTY.neverWords)).toBe("function");
    expect(classifyToken(word("as"), EMPTY.neverWords)).toBe("lower");
  });
});

describe("what an article says about its own words stays with that article", () => {
  it("reads a capitalised first word as common only when the same article uses it in lower case", () => {
    const withLowerCase = ["Vensk officials met. Officials Aliya Nurmagambetova said the plan works."];
    const withoutLowerCase = ["Officials Aliya Nurmagambetova said the plan works."];
    for (let round = 0; round < 2; round += 1) {
      expect(names(withLowerCase, EMPTY)).toEqual(["person: Aliya Nurmagambetova"]);
      expect(names(withoutLowerCase, EMPTY)).toEqual(["person: Officials Aliya Nurmagambetova"]);
    }
    expect(createContext(withoutLowerCase, EMPTY).lowerCaseWords.has("officials")).toBe(false);
  });

  it("records a word's lower-case use in every article that has it, however often it repeats", () => {
    const contexts = [0, 1, 2].map(() => createContext(["The officials met officials.", "Officials said so."], EMPTY));
    for (const context of contexts) expect([...context.lowerCaseWords].sort()).toEqual(["met", "officials", "said", "so"]);
  });

  it("gives every occurrence of a word the same shared text but its own offsets", () => {
    const [a, b] = createContext(["Astana hosted it. Then Astana left."], EMPTY).sentences;
    const first = a?.tokens[0];
    const second = b?.tokens[1];
    expect(first?.text).toBe("Astana");
    expect(second?.text).toBe(first?.text);
    expect([first?.start, second?.start]).toEqual([0, 23]);
  });
});

describe("WordTable", () => {
  it("describes each distinct word once and finds it again inside any text", () => {
    let described = 0;
    const table = new WordTable((text) => {
      described += 1;
      return { text, length: text.length };
    });
    const first = table.at("the Astana Times", 4, 10);
    expect(first).toEqual({ text: "Astana", length: 6 });
    expect(table.at("Astana", 0, 6)).toBe(first);
    expect(table.at("in Astana.", 3, 9)).toBe(first);
    expect(table.at("Astanas", 0, 7)).not.toBe(first);
    expect(described).toBe(2);
  });

  it("stays correct when it has grown and when it starts again after too many words", () => {
    const table = new WordTable((text) => ({ text }));
    const words = Array.from({ length: 140_000 }, (_, n) => `w${n.toString(36)}`);
    for (const w of words) table.at(` ${w} `, 1, w.length + 1);
    for (const w of [words[0], words[70_000], words[139_999]]) {
      if (w === undefined) continue;
      expect(table.at(`(${w})`, 1, w.length + 1).text).toBe(w);
    }
  });
});

describe("Cursor", () => {
  it("sees tokens settled after it first looked", () => {
    const context = createContext(["Vensk and Olvar met."], EMPTY);
    const sentence = context.sentences[0];
    if (!sentence) throw new Error("no sentence");
    const c = new Cursor(context, sentence);
    expect(c.settled(0)).toBe(false); // the sentence has no settled tokens yet
    settle(context, sentence, 0, 1);
    expect(c.settled(0)).toBe(true);
    expect(c.settled(2)).toBe(false);
    settle(context, sentence, 2, 3);
    expect(c.settled(2)).toBe(true);
  });
});

describe("findEntities", () => {
  it("gives the same result when an article is read again", () => {
    const article = ["ALMATY (Reuters) - Aliya Nurmagambetova, head of the Steppe Development Bank (SDB), said the SDB would lend more.", "Nurmagambetova said Altynsay Mining JSC would build. Altynsay Mining declined."];
    const first = JSON.stringify(findEntities(article, EMPTY));
    findEntities(["Something else: Brastel Hallvik said so."], BRASTEL_NEVER);
    expect(JSON.stringify(findEntities(article, EMPTY))).toBe(first);
  });
});
