/**
 * The head start for the stats of the sources (src/articles/early-source-stats.ts): the worker
 * stats every source and data file as the loader would, loadArticles takes its answers once and
 * stamps the same, and what the answers lack (a source added since, one reached by a link) the
 * loader stats itself. Its listing stands for the loader's own (listArticleSources) when the
 * folder holds no link; with one, the loader lists the folder itself. Real files, fictional articles.
 */
import { mkdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startSourceStats, takeSourceStats } from "../../src/articles/early-source-stats.ts";
import { listArticleSources, type ArticleCache } from "../../src/articles/load-articles.ts";
import { markdownArticle, wireText } from "../helpers/fixtures.ts";
import { loadAMinuteLater } from "../helpers/load-later.ts";
import { tempContent } from "../helpers/temp-content.ts";

const load = loadAMinuteLater;

describe("the stats of the sources, made ahead on a worker", () => {
  afterEach(() => vi.useRealTimers());

  it("are the loader's own stats of every source and data file, taken once", () => {
    const dir = tempContent({ "wire.txt": wireText, "wire.11tydata.json": JSON.stringify({ headline: "Velsk port opens" }), "desk/port.md": markdownArticle, "_drafts/plan.md": markdownArticle, "notes.csv": "a,b\n" });
    startSourceStats(dir);
    const { stats, listing } = takeSourceStats(dir)!;
    expect([...stats.keys()].sort()).toEqual(["desk/port.md", "wire.11tydata.json", "wire.txt"]);
    expect(listing).toEqual({ sources: ["desk/port.md", "wire.txt"], dataFiles: new Set(["wire.11tydata.json"]) });
    for (const [file, stat] of stats) {
      const own = statSync(path.join(dir, file));
      expect(stat).toEqual({ size: own.size, mtimeMs: own.mtimeMs, ctimeMs: own.ctimeMs, ino: own.ino, stamp: `${own.size}:${own.mtimeMs}:${own.ctimeMs}:${own.ino}` });
    }
    expect(takeSourceStats(dir)).toBeUndefined();
  });

  it("list what the loader lists, in its order, when the folder holds no link", () => {
    const dir = tempContent({ "b.md": markdownArticle, "A.MD": markdownArticle, "desk/z.txt": wireText, "desk/z.11tydata.json": "{}", "README.md": "# maintainers\n", "readme.md/in.md": markdownArticle, "Ärende.md": markdownArticle, "_drafts/x.md": markdownArticle, ".git/y.md": markdownArticle, "odd.11TYDATA.JSON": "{}" });
    startSourceStats(dir);
    const { listing } = takeSourceStats(dir)!;
    expect(listing?.sources).toEqual(listArticleSources(dir));
    expect(listing?.dataFiles).toEqual(new Set(["desk/z.11tydata.json"]));
    symlinkSync(path.join(dir, "b.md"), path.join(dir, "c.md"));
    startSourceStats(dir);
    expect(takeSourceStats(dir)!.listing).toBeUndefined();
  });

  it("stamp the stored articles as the loader's own stats do, and leave the rest to it", () => {
    const dir = tempContent({ "wire.txt": wireText, "wire.11tydata.json": JSON.stringify({ headline: "Velsk port opens" }), "port.md": markdownArticle });
    const plain: ArticleCache = new Map();
    load(dir, plain);
    const ahead: ArticleCache = new Map();
    // Reached through a link: not among the worker's answers, and with a link the loader lists the folder itself.
    const another = (slug: string): string => markdownArticle.replace("---\n", `---\nslug: ${slug}\n`);
    mkdirSync(path.join(dir, "_kept"));
    writeFileSync(path.join(dir, "_kept", "timber.md"), another("velsk-timber"));
    symlinkSync(path.join(dir, "_kept", "timber.md"), path.join(dir, "linked.md"));
    startSourceStats(dir);
    // Added after the worker started (perhaps after it looked): the loader's own listing finds it, and stats it itself.
    mkdirSync(path.join(dir, "shared"));
    writeFileSync(path.join(dir, "shared", "later.md"), another("velsk-salt"));
    load(dir, plain);
    const { articles } = load(dir, ahead);
    expect(articles.map((article) => article.sourcePath).sort()).toEqual(["linked.md", "port.md", "shared/later.md", "wire.txt"]);
    expect(new Map([...ahead].map(([file, entry]) => [file, entry.stamp]))).toEqual(new Map([...plain].map(([file, entry]) => [file, entry.stamp])));
    expect(ahead.get("wire.txt")!.article.headline).toBe("Velsk port opens");
  });
});
