import { describe, expect, it } from "vitest";
import { nameKey } from "../../src/entities/normalise.ts";
import { splitSentences } from "../../src/entities/sentences.ts";
import { tokenize } from "../../src/entities/tokens.ts";

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe("splitSentences", () => {
  it("splits at full stops, question and exclamation marks before a capital", () => {
    expect(sentences("Talks ended. Both sides agreed! Why now? Nobody said.")).toEqual(["Talks ended.", "Both sides agreed!", "Why now?", "Nobody said."]);
  });

  it("survives abbreviations, initials and initialisms", () => {
    const text = "Dr. Leyla Mammadzade-Berg met Mr. Arman Tolegenov on Jan. 5 in St. Aurel. Gen. Askar Dauletov and A. B. Serikbayev of the U.S. side attended. They left.";
    expect(sentences(text)).toEqual([
      "Dr. Leyla Mammadzade-Berg met Mr. Arman Tolegenov on Jan. 5 in St. Aurel.",
      "Gen. Askar Dauletov and A. B. Serikbayev of the U.S. side attended.",
      "They left.",
    ]);
  });

  it("keeps closing quotes with their sentence", () => {
    const text = "“We are ready. The rest is up to them,” Tomas Hallvik said. “It is a start.” He left.";
    expect(sentences(text)).toEqual(["“We are ready.", "The rest is up to them,” Tomas Hallvik said.", "“It is a start.”", "He left."]);
  });

  it("does not split a decimal number or a lower-case continuation", () => {
    expect(sentences("It lent $2.1 billion. Brastel Medical Systems Ltd. under contract")).toEqual(["It lent $2.1 billion.", "Brastel Medical Systems Ltd. under contract"]);
  });
});

describe("tokenize", () => {
  it("keeps hyphens, apostrophes and pluses inside words and splits off possessives", () => {
    const tokens = tokenize("Kazakhstan’s Kassym-Jomart, d'Ivoire, OPEC+ and CA5+UK; the Farmers’ Union");
    expect(tokens.filter((t) => t.kind === "word").map((t) => t.text)).toEqual(["Kazakhstan", "Kassym-Jomart", "d'Ivoire", "OPEC+", "and", "CA5+UK", "the", "Farmers", "Union"]);
    expect(tokens[0]?.possessive).toBe(true);
    expect(tokens.find((t) => t.text === "Farmers")?.possessive).toBe(true);
  });

  it("joins names across a dash without spaces", () => {
    expect(tokenize("Estmark–Central Steppe").map((t) => t.text)).toEqual(["Estmark–Central", "Steppe"]);
    expect(tokenize("Korvany – Brastel").map((t) => t.text)).toEqual(["Korvany", "–", "Brastel"]);
  });
});

describe("nameKey", () => {
  it("folds case, quotes, dashes, diacritics, a leading The and a possessive", () => {
    expect(nameKey("The People’s Party")).toBe(nameKey("people's party"));
    expect(nameKey("Erdoğan’s")).toBe("erdogan");
    expect(nameKey("Keldoria–Varnossa")).toBe("keldoria-varnossa");
  });
});
