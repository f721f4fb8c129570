import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadArticles } from "../../src/articles/load-articles.ts";
import { markdownArticle, wireText } from "../helpers/fixtures.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

const options = { zone: "Asia/Almaty", includeDrafts: false };

describe("links in the content folder", () => {
  it("follows links that stay inside the content folder, and reads each folder once", () => {
    const dir = tempContent({ "_wires/wire.txt": wireText, "_drafts/port.md": markdownArticle });
    // A folder and a file kept where the build does not look, linked from where it does.
    symlinkSync("_wires", path.join(dir, "desk"));
    symlinkSync("_drafts/port.md", path.join(dir, "port.md"));
    // A link back up does not make the build read the folder again.
    mkdirSync(path.join(dir, "desk-archive"));
    symlinkSync("..", path.join(dir, "desk-archive", "up"));
    const { articles } = loadArticles(dir, options);
    expect(articles.map((a) => a.sourcePath).sort()).toEqual(["desk/wire.txt", "port.md"]);
  });

  it("refuses a link to an article outside it, naming the link", () => {
    const outside = tempContent({ "secret.md": markdownArticle });
    const dir = tempContent({ "wire.txt": wireText });
    symlinkSync(path.join(outside, "secret.md"), path.join(dir, "borrowed.md"));
    expect(() => loadArticles(dir, options)).toThrow(/borrowed\.md: is a link to .*secret\.md, outside the content folder/);
  });

  it("refuses a folder of photos linked from outside, naming the link", () => {
    const photos = tempDir();
    writeFileSync(path.join(photos, "cranes.png"), "not really a photo");
    const withImage = markdownArticle.replace("author:", "image:\n  file: images/cranes.png\n  alt: Two cranes.\n  credit: Varnossa News Agency\nauthor:");
    const dir = tempContent({ "port.md": withImage });
    symlinkSync(photos, path.join(dir, "images"));
    expect(() => loadArticles(dir, options)).toThrow(/^images: is a link to .*, outside the content folder/);
  });
});
