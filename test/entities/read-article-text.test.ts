import { describe, expect, it } from "vitest";
import { markdownBlocks, readArticleText, readWireText } from "../../src/entities/read-article-text.ts";

describe("readWireText", () => {
  it("reads the date line, paragraphs, and drops the photo credit", () => {
    const article = readWireText("date 2026-03-02\n\nFirst paragraph\ngoes on.\n\nPhoto credit: gov.kz\n\nSecond.\n");
    expect(article.date).toBe("2026-03-02");
    expect(article.blocks).toEqual(["First paragraph goes on.", "Second."]);
  });

  it("accepts body text on the date line, as in the seed", () => {
    expect(readWireText(" date 2026-02-26 During the meeting.\n\nNext.").blocks).toEqual(["During the meeting.", "Next."]);
  });

  it("takes a title from front matter as the headline, and overrides", () => {
    const text = "---\ntitle: \"Hallvik visits Korvany\"\nentities:\n  add:\n    - mfa-kazakhstan\n    - {name: Korvany Holding, type: organisation}\n  remove: [Vensk University]\n---\ndate 2026-04-03\n\nBody.\n";
    const article = readWireText(text);
    expect(article.blocks).toEqual(["Hallvik visits Korvany", "Body."]);
    expect(article.overrides).toEqual({ add: [{ name: "mfa-kazakhstan" }, { name: "Korvany Holding", type: "organisation" }], remove: ["Vensk University"] });
  });

  it("rejects malformed overrides", () => {
    expect(() => readWireText("---\nentities:\n  add: {name: X}\n---\nBody")).toThrow(/entities.add must be a list/u);
    expect(() => readWireText("---\nentities:\n  add: [{name: X, type: persn}]\n---\nBody")).toThrow(/expected person or organisation/u);
  });
});

describe("markdown", () => {
  it("reduces Markdown to plain-text blocks", () => {
    expect(markdownBlocks("# Title\n\nA **bold** [link](https://x.example) and `code`.\n\n- item one\n- item two\n\n![alt](i.png)\n")).toEqual([
      "Title", "A bold link and code.", "item one", "item two",
    ]);
  });

  it("dispatches on the file extension", () => {
    expect(readArticleText("---\ntitle: T\n---\nSome *text*.", "a.md").blocks).toEqual(["T", "Some text."]);
    expect(() => readArticleText("x", "a.html")).toThrow(/expected a .txt or .md file/u);
  });
});
