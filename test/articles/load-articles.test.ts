import { describe, expect, it } from "vitest";
import { listArticleSources, loadArticles } from "../../src/articles/load-articles.ts";
import { markdownArticle, wireText } from "../helpers/fixtures.ts";
import { seedFiles, seedHeadline } from "../helpers/seed.ts";
import { tempContent } from "../helpers/temp-content.ts";

const options = { zone: "Asia/Almaty", includeDrafts: false };

describe("loadArticles", () => {
  it("gives both formats the same model", () => {
    const dir = tempContent({ "wire.txt": wireText, "port.md": markdownArticle });
    const { articles } = loadArticles(dir, options);
    const md = articles.find((a) => a.format === "markdown")!;
    expect(md.headline).toBe("Varnossa opens a port on the Kessel Sea");
    expect(md.url).toBe("/news/2031/06/02/varnossa-opens-a-port-on-the-kessel-sea/");
    expect(md.published.toISO()).toBe("2031-06-02T12:30:00.000+05:00");
    expect(md.summary).toBe("The new port of Velsk will handle grain and timber.");
    expect(md.byline).toBe("Mira Feldhaus");
    expect(md.source).toBe("Varnossa News Agency");
    expect(md.leadHtml).toBe("<p>The port of <strong>Velsk</strong> opened on Monday, said <em>Tomas Rekk</em>, head of the Kessel Port Authority.</p>");
    expect(md.restHtml).toContain("<h2>What it handles</h2>");
    const wire = articles.find((a) => a.format === "wire")!;
    expect(wire.photoCredit).toBe("varnossa.example");
    // The dateline is metadata, not summary: the summary starts after it.
    expect(wire.summary).toMatch(/^Dariga Omarbekova-Lind/);
    expect(wire.headlineDerived).toBe(true);
    expect(wire.headline.length).toBeLessThanOrEqual(91);
  });

  it("takes editorial fields from the data file beside a wire text, and names the file in a notice otherwise", () => {
    const dir = tempContent({ ...seedFiles, "wire.txt": wireText });
    const { articles, notices } = loadArticles(dir, options);
    const seed = articles.find((a) => a.sourcePath.startsWith("000_"))!;
    expect(seed.headline).toBe(seedHeadline);
    expect(seed.headlineDerived).toBe(false);
    expect(notices).toEqual([{ file: "wire.txt", message: expect.stringMatching(/^has no headline; using ".+" made from its lead/) }]);
  });

  it("lets front matter win over the data file", () => {
    const dir = tempContent({ "a.txt": "---\nheadline: From the source\n---\ndate 2031-01-01\nBody.", "a.11tydata.json": '{"headline": "From the data file", "summary": "Kept"}' });
    const [article] = loadArticles(dir, options).articles;
    expect(article!.headline).toBe("From the source");
    expect(article!.summary).toBe("Kept");
  });

  it("leaves drafts out unless asked", () => {
    const dir = tempContent({ "a.md": markdownArticle.replace("author:", "draft: true\nauthor:") });
    expect(loadArticles(dir, options)).toMatchObject({ articles: [], draftsLeftOut: 1 });
    expect(loadArticles(dir, { ...options, includeDrafts: true }).articles).toHaveLength(1);
  });

  it("skips the maintainer's files and reads folders in a fixed order", () => {
    const dir = tempContent({ "b/z.md": markdownArticle, "a.txt": wireText, "_drafts/x.md": "junk", ".hidden.txt": "junk", "README.md": "# notes", "entities.yaml": "x" });
    expect(listArticleSources(dir)).toEqual(["a.txt", "b/z.md"]);
  });

  it("reads a source with a BOM and CRLF line endings", () => {
    const dir = tempContent({ "a.txt": "\uFEFFdate 2031-01-01\r\nFirst.\r\n\r\nSecond." });
    expect(loadArticles(dir, options).articles[0]!.textBlocks).toEqual(["First.", "Second."]);
  });
});
