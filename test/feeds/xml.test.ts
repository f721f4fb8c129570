import { describe, expect, it } from "vitest";
import { escapeXmlAttr, escapeXmlText, hasInvalidXmlChars, stripInvalidXmlChars, textElement } from "../../src/feeds/xml.ts";
import { xmllint } from "./helpers/xmllint.ts";

describe("stripInvalidXmlChars", () => {
  it("keeps tab, LF, CR, BMP text, emoji and Cyrillic", () => {
    const ok = "a\tb\nc\rd Қоңыр 🙂 \u00A0\uFFFD";
    expect(stripInvalidXmlChars(ok)).toBe(ok);
    expect(hasInvalidXmlChars(ok)).toBe(false);
  });

  it("drops C0 controls, DEL and C1 controls", () => {
    expect(stripInvalidXmlChars("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\u007Fh\u0085i\u009Fj")).toBe("abcdefghij");
  });

  it("drops lone surrogates but keeps surrogate pairs", () => {
    expect(stripInvalidXmlChars("x\uD800y\uDC00z")).toBe("xyz");
    expect(stripInvalidXmlChars("\uDC00\uD83D\uDE42\uD83D")).toBe("🙂");
  });

  it("drops U+FFFE and U+FFFF", () => {
    expect(stripInvalidXmlChars("a\uFFFEb\uFFFFc")).toBe("abc");
  });

  it("returns the same string when clean (no allocation on the hot path)", () => {
    const s = "plain text";
    expect(stripInvalidXmlChars(s)).toBe(s);
  });
});

describe("escaping", () => {
  it("escapes &, <, > in text and leaves quotes", () => {
    expect(escapeXmlText(`a & b < c > d "e" 'f' ]]>`)).toBe(`a &amp; b &lt; c &gt; d "e" 'f' ]]&gt;`);
  });

  it("escapes quotes and whitespace controls in attributes", () => {
    expect(escapeXmlAttr(`a&b"c<d>e\tf\ng\rh'`)).toBe(`a&amp;b&quot;c&lt;d&gt;e&#9;f&#10;g&#13;h'`);
  });

  it("keeps CR as a reference in text so it survives line-end normalisation", () => {
    expect(escapeXmlText("a\r\nb")).toBe("a&#13;\nb");
  });

  it("strips invalid characters while escaping", () => {
    expect(escapeXmlText("a\u0000&")).toBe("a&amp;");
    expect(escapeXmlAttr("\uD800x")).toBe("x");
  });

  it("produces well-formed XML for hostile input (xmllint)", () => {
    const hostile = `<]]>&amp;"'\u0000\u0001\uD800\uFFFE🙂 Тест\r\n`;
    const xml = `<?xml version="1.0" encoding="utf-8"?>\n<r a="${escapeXmlAttr(hostile)}">${textElement("t", hostile)}</r>\n`;
    const result = xmllint(xml);
    expect(result.stderr).toBe("");
    expect(result.ok).toBe(true);
  });
});
