/**
 * Markup in a name never reaches Pagefind's filter panel as markup: Pagefind decodes character
 * references in filter values and its UI shows them as HTML, so the value must hold nothing that
 * decodes to markup. Checked on the value and in the filter files of a real search index built
 * from an article that adds a person named with a link (fictional names only).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { pagefindFilterValue } from "../../src/html/pagefind-filter.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

const phishing = `<a href="https://evil.example/login">Log in again</a> Kay`;

describe("pagefindFilterValue", () => {
  it("leaves real names alone and takes the markup out of the others", () => {
    expect(pagefindFilterValue("Procter & Gamble")).toBe("Procter & Gamble");
    expect(pagefindFilterValue("Dariga Omarbekova-Lind")).toBe("Dariga Omarbekova-Lind");
    expect(pagefindFilterValue(phishing)).toBe(`‹a href="https://evil.example/login"›Log in again‹/a› Kay`);
    expect(pagefindFilterValue("AT&lt;img src=x onerror=alert(1)&gt;")).not.toMatch(/[<>]|&[#a-z0-9]/i);
  });
});

describe("the search index of a site that names a person with markup", () => {
  it("holds the name as plain text in its filter values", async () => {
    const article = `---\ntitle: Velsk port opens\ndate: 2031-05-20T09:30:00+02:00\nentities:\n  add:\n    - { name: ${JSON.stringify(phishing)}, type: person }\n    - { name: "Marta &lt;img src=x onerror=alert(1)&gt; Oslund", type: person }\n---\nThe port of Velsk opened on Monday, said Tomas Rekk, head of the Kessel Port Authority.\n`;
    const output = path.join(tempDir(), "site");
    await buildSite({ input: tempContent({ "port.md": article }), output });
    const folder = path.join(output, "pagefind", "0", "filter");
    const values = readdirSync(folder).map((file) => gunzipSync(readFileSync(path.join(folder, file))).toString("utf8")).join("\n");
    expect(values).toContain("Log in again");
    expect(values).not.toMatch(/<|&[#a-z0-9]+;/i);
  });
});
