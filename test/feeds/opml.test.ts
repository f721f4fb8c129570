import { parseOpml } from "feedsmith";
import { describe, expect, it } from "vitest";
import { renderOpml } from "../../src/feeds/opml.ts";
import { attributeValue, childElements, firstChild, parseXml, textContent } from "../helpers/xml-reader.ts";
import { DARIGA, SITE, TRICKY_TITLE, VARNOSSA } from "./helpers/fixtures.ts";
import { xmllint } from "./helpers/xmllint.ts";

const outlines = [
  { title: "Wireroom: latest news", xmlUrl: `${SITE}/feed.xml`, htmlUrl: `${SITE}/` },
  { title: `${VARNOSSA.name} — Wireroom`, xmlUrl: `${VARNOSSA.url}feed.xml`, htmlUrl: VARNOSSA.url },
  { title: TRICKY_TITLE, xmlUrl: `${DARIGA.url}feed.xml?a=1&b=2`, htmlUrl: DARIGA.url },
];
const opml = renderOpml({ title: "Wireroom: all feeds", ownerName: "Wireroom Desk", outlines });

describe("renderOpml", () => {
  it("is well-formed (xmllint)", () => {
    expect(xmllint(opml)).toEqual({ ok: true, stderr: "" });
  });

  it("has the OPML 2.0 structure with one rss outline per feed", () => {
    const doc = parseXml(opml);
    expect(doc.root.name).toBe("opml");
    expect(attributeValue(doc.root, "version")).toBe("2.0");
    const head = firstChild(doc.root, undefined, "head");
    const body = firstChild(doc.root, undefined, "body");
    expect(head && textContent(firstChild(head, undefined, "title") ?? head)).toBe("Wireroom: all feeds");
    expect(head && textContent(firstChild(head, undefined, "ownerName") ?? head)).toBe("Wireroom Desk");
    const parsed = body === undefined ? [] : childElements(body, undefined, "outline");
    expect(
      parsed.map((o) => ({
        type: attributeValue(o, "type"),
        text: attributeValue(o, "text"),
        title: attributeValue(o, "title"),
        xmlUrl: attributeValue(o, "xmlUrl"),
        htmlUrl: attributeValue(o, "htmlUrl"),
      })),
    ).toEqual(outlines.map((o) => ({ type: "rss", text: o.title, ...o })));
  });

  it("reads the same in feedsmith's OPML parser", () => {
    const parsed = parseOpml(opml);
    expect(parsed.head?.title).toBe("Wireroom: all feeds");
    expect(parsed.body?.outlines?.map((o) => [o.text, o.xmlUrl, o.htmlUrl])).toEqual(outlines.map((o) => [o.title, o.xmlUrl, o.htmlUrl]));
  });

  it("omits dateCreated unless given (deterministic), and writes it as RFC 822 when given", () => {
    expect(opml).not.toContain("dateCreated");
    const dated = renderOpml({ title: "t", dateCreated: "2026-02-26T00:30:00+05:00", outlines: [] });
    expect(dated).toContain("<dateCreated>Wed, 25 Feb 2026 19:30:00 +0000</dateCreated>");
    expect(xmllint(dated).ok).toBe(true);
    expect(renderOpml({ title: "Wireroom: all feeds", ownerName: "Wireroom Desk", outlines })).toBe(opml);
  });

  it("refuses relative feed URLs", () => {
    expect(() => renderOpml({ title: "t", outlines: [{ title: "x", xmlUrl: "/feed.xml", htmlUrl: `${SITE}/` }] })).toThrow(/xmlUrl/);
  });
});
