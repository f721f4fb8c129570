/**
 * The head start for the stats of the sources (src/articles/early-source-stats.ts): the worker
 * stats every source and data file as the loader would, loadArticles takes its answers once and
 * stamps the same, and what the answers lack (a source added since, one reached by a link) the
 * loader stats itself. Real files, fictional articles.
 */
import { mkdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startSourceStats, takeSourceStats } from "../../src/articles/early-source-stats.ts";
import type { ArticleCache } from "../../src/articles/load-articles.ts";
import { markdownArticle, wireText } from "../helpers/fixtures.ts";
import { loadAMinuteLater } from "../helpers/load-later.ts";
import { tempContent } from "../helpers/temp-content.ts";

const load = loadAMinuteLater;

describe("the stats of the sources, made ahead on a worker", () => {
  afterEach(() => vi.useRealTimers());

  it("are the loader's own stats of every source and data file, taken once", () => {
    const dir = tempContent({ "wire.txt": wireText, "wire.11tydata.json": JSON.stringify({ headline: "Velsk port opens" }), "desk/port.md": markdownArticle, "_drafts/plan.md": markdownArticle, "notes.csv": "a,b\n" });
    startSourceStats(dir);
    const stats = takeSourceStats(dir)!;
    expect([...stats.keys()].sort()).toEqual(["desk/port.md", "wire.11tydata.json", "wire.txt"]);
    for (const [file, stat] of stats) {
      const own = statSync(path.join(dir, file));
      expect(stat).toEqual({ size: own.size, mtimeMs: own.mtimeMs, ctimeMs: own.ctimeMs, ino: own.ino });
    }
    expect(takeSourceStats(dir)).toBeUndefined();
  });

  it("stamp the stored articles as the loader's own stats do, and leave the rest to it", () => {
    const dir = tempContent({ "wire.txt": wireText, "wire.11tydata.json": JSON.stringify({ headline: "Velsk port opens" }), "port.md": markdownArticle });
    const plain: ArticleCache = new Map();
    load(dir, plain);
    const ahead: ArticleCache = new Map();
    startSourceStats(dir);
    // Added after the worker looked, and reached through a link: neither is among its answers.
    const another = (slug: string): string => markdownArticle.replace("---\n", `---\nslug: ${slug}\n`);
    mkdirSync(path.join(dir, "shared"));
    writeFileSync(path.join(dir, "shared", "later.md"), another("velsk-salt"));
    mkdirSync(path.join(dir, "_kept"));
    writeFileSync(path.join(dir, "_kept", "timber.md"), another("velsk-timber"));
    symlinkSync(path.join(dir, "_kept", "timber.md"), path.join(dir, "linked.md"));
    load(dir, plain);
    const { articles } = load(dir, ahead);
    expect(articles.map((article) => article.sourcePath).sort()).toEqual(["linked.md", "port.md", "shared/later.md", "wire.txt"]);
    expect(new Map([...ahead].map(([file, entry]) => [file, entry.stamp]))).toEqual(new Map([...plain].map(([file, entry]) => [file, entry.stamp])));
    expect(ahead.get("wire.txt")!.article.headline).toBe("Velsk port opens");
  });
});
