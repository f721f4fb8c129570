/** Fixes for what the hostile-input build test found (test/output/hostile-input.test.ts). */
import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/articles/content-error.ts";
import { decodeSource } from "../../src/articles/decode-source.ts";
import { readEditorialFields } from "../../src/articles/editorial-fields.ts";
import { parseYamlMapping } from "../../src/articles/front-matter.ts";
import { deriveHeadline } from "../../src/articles/derive-headline.ts";
import { renderMarkdown } from "../../src/articles/markdown.ts";
import { parseWireText } from "../../src/articles/parse-wire-text.ts";
import { parsePublicationDate } from "../../src/articles/publication-date.ts";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("control characters and noncharacters", () => {
  it.each([
    ["\u0007", "the control character U+0007"],
    ["\u000b", "the control character U+000B"],
    ["\u001b", "the control character U+001B"],
    ["\u007f", "the control character U+007F"],
    ["\u0085", "the control character U+0085"],
    ["\ufffe", "the noncharacter U+FFFE"],
    ["\ufdd0", "the noncharacter U+FDD0"],
  ])("rejects %j in a source, naming the file and line", (character, name) => {
    expect(() => decodeSource(utf8(`date 2031-04-29\r\nVELSK. The port${character} opened.`), "port.txt")).toThrow(
      new ContentError("port.txt", `contains ${name}; remove it`, 2),
    );
  });

  it("keeps tab, form feed, line endings and the replacement character", () => {
    expect(decodeSource(utf8("date 2031-04-29\r\nA\tB\fC \ufffd\rD"), "ok.txt")).toBe("date 2031-04-29\nA\tB\fC \ufffd\nD");
  });

  it("rejects one that a YAML or JSON escape brings into a field", () => {
    expect(() => readEditorialFields({ title: "Velsk\u0007 port" }, "port.md")).toThrow(/^port\.md: "title" contains the control character U\+0007; remove it$/);
    expect(() => readEditorialFields({ headline: "Velsk \u001b[2J" }, "port.11tydata.json")).toThrow(/"headline" contains the control character U\+001B/);
  });
});

describe("YAML aliases", () => {
  it("names the file for an alias to an anchor that does not exist", () => {
    expect(() => parseYamlMapping("title: *nowhere\ndate: 2031-04-26", "bad.md", 2)).toThrow(/^bad\.md:2: front matter is not valid YAML: Unresolved alias/);
  });

  it("names the file for an alias bomb (billion laughs)", () => {
    const laughs = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let level = 1; level < 9; level++) {
      laughs.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${String.fromCharCode(96 + level)}`).join(", ")}]`);
    }
    expect(() => parseYamlMapping(laughs.join("\n"), "bomb.md", 2)).toThrow(/^bomb\.md:2: front matter is not valid YAML: Excessive alias count/);
  });
});

describe("empty Markdown headings", () => {
  it("are dropped, since a heading without a name helps no one", () => {
    expect(renderMarkdown("Text\n\n#\n\nMore\n\n##    ##\n\n### ![](https://velsk.example/x.png)\n").html).toBe("<p>Text</p>\n<p>More</p>\n");
  });

  it("are kept when they have text, code or an image with alt text", () => {
    const { html } = renderMarkdown("# Port\n\n## `code`\n\n### ![Map of Velsk](https://velsk.example/map.png)\n");
    expect(html).toContain("<h1>Port</h1>");
    expect(html).toContain("<h2><code>code</code></h2>");
    expect(html).toContain('<h3><img src="https://velsk.example/map.png" alt="Map of Velsk"></h3>');
  });
});

describe("Markdown table alignment", () => {
  it("uses classes, not style attributes, which the CSP would refuse", () => {
    const { html } = renderMarkdown("| a | b | c | d |\n| :-- | :-: | --: | --- |\n| 1 | 2 | 3 | 4 |\n");
    expect(html).not.toContain("style=");
    expect(html).toContain('<th class="align-left">a</th>');
    expect(html).toContain('<th class="align-center">b</th>');
    expect(html).toContain('<td class="align-right">3</td>');
    expect(html).toContain("<td>4</td>");
  });
});

describe("text that shows nothing", () => {
  it("is no title", () => {
    expect(readEditorialFields({ title: "\u200b\u200c\u200d" }, "a.md").headline).toBeUndefined();
    expect(readEditorialFields({ title: "\u200b Velsk" }, "a.md").headline).toBe("\u200b Velsk");
  });

  it("is no body text, in a wire text and in Markdown", () => {
    expect(() => parseWireText("date 2031-04-22\n\u200b\u200b\n\n\u2060\n", "a.txt")).toThrow(/^a\.txt:1: has a date but no body text$/);
    expect(renderMarkdown("\u200b\n\n\u202e\n").textBlocks).toEqual([]);
  });
});

describe("a derived headline cut inside a long run of emoji", () => {
  it("does not split a surrogate pair", () => {
    const headline = deriveHeadline(`V${"😀".repeat(200)}`).text;
    // Never an ellipsis: a cut at the limit, on a whole character.
    expect(headline).toMatch(/^V(😀)+$/u);
    expect(headline).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe("date-time offsets", () => {
  it.each(["2031-04-19T12:00:00-25:00", "2031-04-19T12:00:00+15:00", "2031-04-19T12:00:00+05:60", "2031-04-19T12:00+1400x"])("rejects %s", (raw) => {
    const result = parsePublicationDate(raw, "Asia/Almaty");
    expect(result.ok).toBe(false);
  });

  it.each(["2031-04-19T12:00:00+14:00", "2031-04-19T12:00:00-12:00", "2031-04-19T12:00:00+0545", "2031-04-19T12:00:00Z"])("accepts %s", (raw) => {
    expect(parsePublicationDate(raw, "Asia/Almaty").ok).toBe(true);
  });
});
