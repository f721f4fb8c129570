import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadArticles, type ArticleCache } from "../../src/articles/load-articles.ts";
import { markdownArticle, wireText } from "../helpers/fixtures.ts";
import { tempContent } from "../helpers/temp-content.ts";

const zone = "Asia/Almaty";

function load(dir: string, cache: ArticleCache, changed?: readonly string[]) {
  return loadArticles(dir, { zone, includeDrafts: false, cache, ...(changed ? { changedFiles: new Set(changed) } : {}) });
}

const headlines = (loaded: ReturnType<typeof load>) => loaded.articles.map((a) => a.headline).sort();

// The dev server's watcher says which files changed; a rebuild then looks at those alone.
describe("loading with the files a watcher saw change", () => {
  const other = markdownArticle.replace(/title: .*/, "title: Marsk ferry timetable changes").replace("2031-05-14", "2031-05-15");

  it("reads the changed source, and does not ask the disk about the others", () => {
    const dir = tempContent({ "port.md": markdownArticle, "ferry.md": other, "wire.txt": wireText, "wire.11tydata.json": JSON.stringify({ headline: "Velsk port opens" }) });
    const cache: ArticleCache = new Map();
    load(dir, cache);
    writeFileSync(path.join(dir, "ferry.md"), other.replace("Marsk ferry timetable changes", "Marsk ferry timetable changes again"));
    // Changed on disk but not reported: proof that the unreported files were taken on trust.
    writeFileSync(path.join(dir, "port.md"), markdownArticle.replace(/title: .*/, "title: Not reported"));
    const loaded = load(dir, cache, ["ferry.md"]);
    expect(headlines(loaded)).toContain("Marsk ferry timetable changes again");
    expect(headlines(loaded)).not.toContain("Not reported");
  });

  it("adds a new source and drops a deleted one without listing the folder", () => {
    const dir = tempContent({ "port.md": markdownArticle, "ferry.md": other });
    const cache: ArticleCache = new Map();
    load(dir, cache);
    rmSync(path.join(dir, "port.md"));
    writeFileSync(path.join(dir, "late.md"), other.replace("Marsk ferry timetable changes", "Velsk lighthouse relit"));
    expect(headlines(load(dir, cache, ["port.md", "late.md"]))).toEqual(["Marsk ferry timetable changes", "Velsk lighthouse relit"]);
    // The same as a load that looks at everything.
    expect(headlines(load(dir, new Map()))).toEqual(["Marsk ferry timetable changes", "Velsk lighthouse relit"]);
  });

  it("reads a source again when only its data file changed, or appeared", () => {
    const dir = tempContent({ "wire.txt": wireText, "wire.11tydata.json": JSON.stringify({ headline: "Velsk port opens" }) });
    const cache: ArticleCache = new Map();
    load(dir, cache);
    writeFileSync(path.join(dir, "wire.11tydata.json"), JSON.stringify({ headline: "Velsk port opens early" }));
    expect(headlines(load(dir, cache, ["wire.11tydata.json"]))).toEqual(["Velsk port opens early"]);
  });

  it("looks at every source when something else changed (a photo, the registry) or a folder went", () => {
    const dir = tempContent({ "port.md": markdownArticle, "desk/ferry.md": other });
    const cache: ArticleCache = new Map();
    load(dir, cache);
    writeFileSync(path.join(dir, "port.md"), markdownArticle.replace(/title: .*/, "title: Seen after all"));
    expect(headlines(load(dir, cache, ["entities.yaml"]))).toContain("Seen after all");
    rmSync(path.join(dir, "desk"), { recursive: true });
    expect(headlines(load(dir, cache, ["desk"]))).toEqual(["Seen after all"]);
  });
});
