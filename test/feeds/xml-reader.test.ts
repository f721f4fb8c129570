import { describe, expect, it } from "vitest";
import { attributeValue, childElements, firstChild, parseXml, textContent, XmlSyntaxError, type XmlElement } from "../helpers/xml-reader.ts";
import { renderRss } from "../../src/feeds/rss.ts";
import { channel } from "./helpers/fixtures.ts";
import { xmllint } from "./helpers/xmllint.ts";

describe("parseXml", () => {
  it("resolves default and prefixed namespaces, scoped to their element", () => {
    const doc = parseXml(`<?xml version="1.0"?><a xmlns="urn:a" xmlns:p="urn:p"><p:b p:x="1" y="2"><c xmlns="urn:c"/></p:b><d/></a>`);
    const a = doc.root;
    expect(a.namespace).toBe("urn:a");
    const b = firstChild(a, "urn:p", "b") as XmlElement;
    expect(b.prefix).toBe("p");
    expect(attributeValue(b, "x", "urn:p")).toBe("1");
    expect(attributeValue(b, "y")).toBe("2");
    expect((b.children[0] as XmlElement).namespace).toBe("urn:c");
    expect(childElements(a, "urn:a", "d")).toHaveLength(1);
    expect(doc.declaration).toEqual({ version: "1.0", encoding: undefined });
  });

  it("decodes predefined entities, character references and CDATA; normalises line ends and attributes", () => {
    const doc = parseXml(`<r a="x&#10;y\tz &amp; &quot;q&quot;">&lt;&gt;&amp;&apos;&quot; &#x1F642; &#1178;<![CDATA[<raw> & ]]>\r\nend&#13;</r>`);
    expect(attributeValue(doc.root, "a")).toBe('x\ny z & "q"');
    expect(textContent(doc.root)).toBe(`<>&'" 🙂 Қ<raw> & \nend\r`);
  });

  it("records undeclared prefixes, invalid characters and leading whitespace instead of stopping", () => {
    const doc = parseXml(` \n<?xml version="1.0"?>\n<r>\n<x:y>a\u0001b</x:y></r>`);
    expect(doc.problems.map((p) => [p.kind, p.line])).toEqual([
      ["invalid-character", 4],
      ["leading-whitespace", 1],
      ["undeclared-prefix", 4],
    ]);
  });

  it("throws XmlSyntaxError with a line and column", () => {
    try {
      parseXml("<r>\n  <a></b>\n</r>");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(XmlSyntaxError);
      expect((error as XmlSyntaxError).line).toBe(2);
      expect((error as XmlSyntaxError).column).toBe(6);
    }
  });

  it("rejects what XML forbids", () => {
    const bad = [
      "",
      "text only",
      "<r>",
      "<r></r><r/>",
      "<r a=1/>",
      '<r a="1" a="2"/>',
      '<r a="<"/>',
      "<r>&nbsp;</r>",
      "<r>&#0;</r>",
      "<r>&#xD800;</r>",
      "<r>a & b</r>",
      "<r>]]></r>",
      "<r><!-- a -- b --></r>",
      '<r/><?xml version="1.0"?>',
      '<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>',
      "<r:>x</r:>",
      '<r xmlns:p=""/>',
    ];
    for (const xml of bad) expect(() => parseXml(xml), xml).toThrow(XmlSyntaxError);
  });

  it("accepts a DOCTYPE without an internal subset, comments, PIs and a BOM", () => {
    const doc = parseXml('\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE r SYSTEM "r.dtd">\n<?xml-stylesheet href="a.xsl"?>\n<!-- c --><r/>\n');
    expect(doc.root.name).toBe("r");
    expect(doc.processingInstructions).toEqual([{ target: "xml-stylesheet", data: 'href="a.xsl"' }]);
  });

  it("handles deep nesting without recursion limits in parsing", () => {
    const depth = 50_000;
    const xml = "<a>".repeat(depth) + "</a>".repeat(depth);
    expect(parseXml(xml).root.name).toBe("a");
  });

  it("agrees with libxml2 on 200 random corruptions of a real feed", () => {
    const base = renderRss(channel());
    // Deterministic pseudo-random mutations (no Math.random: the test must be reproducible).
    let seed = 12345;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const inserts = ["<", ">", "&", '"', "'", "/", "=", " ", "<!--", "]]>", "&amp;", "\u0002", "x:"];
    const disagreements: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      const at = next(base.length);
      const kind = next(3);
      const doc =
        kind === 0
          ? base.slice(0, at) + base.slice(at + 1)
          : kind === 1
            ? base.slice(0, at) + (inserts[next(inserts.length)] ?? "<") + base.slice(at)
            : base.slice(0, at) + base.slice(at + 1 + next(40));
      let ours: boolean;
      try {
        ours = parseXml(doc).problems.length === 0;
      } catch (error) {
        if (!(error instanceof XmlSyntaxError)) throw error;
        ours = false;
      }
      if (ours !== xmllint(doc).ok) disagreements.push(`${ours ? "we accept" : "we reject"} at ${at}: ${JSON.stringify(doc.slice(Math.max(0, at - 30), at + 30))}`);
    }
    expect(disagreements).toEqual([]);
  });
});
