import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/articles/content-error.ts";
import { parseWireText } from "../../src/articles/parse-wire-text.ts";
import { wireText } from "../helpers/fixtures.ts";

const seedPath = path.resolve(import.meta.dirname, "../../content/000_bb15c65c48445c85.txt");

describe("parseWireText", () => {
  it("reads the seed as it is: date and first paragraph on one line, after a leading space", () => {
    const parsed = parseWireText(readFileSync(seedPath, "utf8"), "seed.txt");
    expect(parsed.date).toEqual({ raw: "2026-02-26", line: 1 });
    expect(parsed.textBlocks).toHaveLength(7);
    expect(parsed.textBlocks[0]).toMatch(/^During the meeting on Thursday, discussions focused/);
    expect(parsed.textBlocks.at(-1)).toMatch(/\(APPG\) for Cooperation with Central Asia\.$/);
    expect(parsed.photoCredits).toEqual(["gov.kz"]);
    expect(parsed.textBlocks.join(" ")).not.toContain("Photo credit");
  });

  it("splits paragraphs on blank lines and joins wrapped lines", () => {
    const parsed = parseWireText("date 2031-01-02\n\nFirst line\nwrapped here.\n\n  \nSecond one.\n", "a.txt");
    expect(parsed.textBlocks).toEqual(["First line wrapped here.", "Second one."]);
    expect(parsed.html).toBe("<p>First line wrapped here.</p>\n<p>Second one.</p>");
  });

  it("takes the photo credit out of the body", () => {
    const parsed = parseWireText(wireText, "a.txt");
    expect(parsed.photoCredits).toEqual(["varnossa.example"]);
    expect(parsed.textBlocks).toHaveLength(3);
  });

  it("escapes markup in the body instead of passing it through", () => {
    const parsed = parseWireText('date 2031-01-02\n<script>alert(1)</script> & <b onclick="x">bold</b>', "a.txt");
    expect(parsed.html).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b onclick=&quot;x&quot;&gt;bold&lt;/b&gt;</p>");
  });

  it("accepts YAML front matter above the date, and counts lines from the file's top", () => {
    const parsed = parseWireText("---\nheadline: Port opens\n---\n\ndate 2031-01-02\nBody.", "a.txt");
    expect(parsed.frontMatter).toEqual({ headline: "Port opens" });
    expect(parsed.date).toEqual({ raw: "2031-01-02", line: 5 });
  });

  it("fails with the file and line when the date line is missing", () => {
    expect(() => parseWireText("\n\nVelsk, Tuesday. No date here.", "news/a.txt")).toThrowError(
      new ContentError("news/a.txt", 'a wire text starts with a line "date YYYY-MM-DD"; found "Velsk, Tuesday. No date here."', 3),
    );
  });

  it("fails when there is a date but no body", () => {
    expect(() => parseWireText("date 2031-01-02\n\nPhoto credit: x\n", "a.txt")).toThrow(/a\.txt:1: has a date but no body text/);
  });

  it("names the line of broken front matter", () => {
    expect(() => parseWireText("---\nheadline: ok\nsummary: [unclosed\n---\ndate 2031-01-02\nBody.", "a.txt")).toThrow(/^a\.txt:\d+: front matter is not valid YAML/);
  });

  it("moves the dateline and credit into metadata and shows the place before the lead", () => {
    const parsed = parseWireText("date 2031-01-02\nVELSK. NORDPRESS – President Mira Feld received the ambassador.\n\nThey talked.\n", "a.txt");
    expect(parsed.credit).toMatchObject({ place: "Velsk", agency: "Nordpress" });
    expect(parsed.lead).toBe("President Mira Feld received the ambassador.");
    expect(parsed.html).toBe('<p><span class="dateline">Velsk</span> – President Mira Feld received the ambassador.</p>\n<p>They talked.</p>');
    // Detection still reads the text as sent: the agency is named there.
    expect(parsed.textBlocks[0]).toMatch(/^VELSK\. NORDPRESS – /);
  });

  it("takes a headline line, a credit line and a dateline line off the top", () => {
    const parsed = parseWireText("date 2031-01-02\nOrlandia opens a new port at Velsk\n\nBy Nordpress\n\nThe port of Velsk opened on Monday.\n\nMore.\n", "a.txt");
    expect(parsed.headline).toBe("Orlandia opens a new port at Velsk");
    expect(parsed.credit?.agency).toBe("Nordpress");
    expect(parsed.textBlocks).toEqual(["The port of Velsk opened on Monday.", "More."]);
    const dated = parseWireText("date 2031-01-02\nVELSK, Orlandia, March 15.\n\nThe port of Velsk opened on Monday.\n\nMore.\n", "a.txt");
    expect(dated.headline).toBeUndefined();
    expect(dated.credit?.place).toBe("Velsk, Orlandia");
    expect(dated.lead).toBe("The port of Velsk opened on Monday.");
  });

  it("does not take a lead that ends in a full stop, or a lone paragraph, as a headline", () => {
    expect(parseWireText("date 2031-01-02\nThe port of Velsk opened on Monday.\n\nMore.\n", "a.txt").headline).toBeUndefined();
    expect(parseWireText("date 2031-01-02\nThe port of Velsk opened on Monday\n", "a.txt").headline).toBeUndefined();
  });
});
