import { renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadArticles, type ArticleCache } from "../../src/articles/load-articles.ts";
import { markdownArticle, wireText } from "../helpers/fixtures.ts";
import { loadAMinuteLater } from "../helpers/load-later.ts";
import { tempContent } from "../helpers/temp-content.ts";

const zone = "Asia/Almaty";

const load = loadAMinuteLater;

describe("loading with a cache: which sources are read again", () => {
  afterEach(() => vi.useRealTimers());

  it("does not parse again a source whose file stamp is unchanged", () => {
    const dir = tempContent({ "wire.txt": wireText, "port.md": markdownArticle });
    const cache: ArticleCache = new Map();
    const first = load(dir, cache);
    expect(cache.get("port.md")?.stamp).toBeDefined();
    const second = load(dir, cache);
    expect(second.articles[0]).toBe(first.articles[0]);
    expect(second.articles[1]).toBe(first.articles[1]);
  });

  it("lets go of the sources that are gone, renamed or not, and keeps no other", () => {
    const dir = tempContent({ "wire.txt": wireText, "port.md": markdownArticle, "desk/timber.md": markdownArticle.replace("---\n", "---\nslug: velsk-timber\n") });
    const cache: ArticleCache = new Map();
    load(dir, cache);
    expect([...cache.keys()].sort()).toEqual(["desk/timber.md", "port.md", "wire.txt"]);
    rmSync(path.join(dir, "wire.txt"));
    expect(load(dir, cache).articles.map((article) => article.sourcePath).sort()).toEqual(["desk/timber.md", "port.md"]);
    expect([...cache.keys()].sort()).toEqual(["desk/timber.md", "port.md"]);
    // As many sources as before, under other names: the cache holds the new names only.
    renameSync(path.join(dir, "port.md"), path.join(dir, "quay.md"));
    load(dir, cache);
    expect([...cache.keys()].sort()).toEqual(["desk/timber.md", "quay.md"]);
  });

  it("sees an edit that keeps the size and puts the modification time back", () => {
    const dir = tempContent({ "port.md": markdownArticle });
    const cache: ArticleCache = new Map();
    load(dir, cache);
    const file = path.join(dir, "port.md");
    const before = statSync(file);
    const edited = markdownArticle.replace("grain and timber", "grain and copper");
    expect(edited.length).toBe(markdownArticle.length);
    writeFileSync(file, edited);
    utimesSync(file, before.atime, before.mtime);
    expect(load(dir, cache).articles[0]!.summary).toContain("grain and copper");
  });

  it("keeps the parse of a touched but unchanged source, with a new stamp", () => {
    const dir = tempContent({ "port.md": markdownArticle });
    const cache: ArticleCache = new Map();
    const first = load(dir, cache).articles[0];
    const stamp = cache.get("port.md")!.stamp;
    const later = new Date(Date.now() - 30_000);
    utimesSync(path.join(dir, "port.md"), later, later);
    expect(load(dir, cache).articles[0]).toBe(first);
    expect(cache.get("port.md")!.stamp).not.toBe(stamp);
  });

  it("sees a changed data file beside an unchanged source", () => {
    const dir = tempContent({ "wire.txt": wireText, "wire.11tydata.json": JSON.stringify({ headline: "Velsk port opens" }) });
    const cache: ArticleCache = new Map();
    expect(load(dir, cache).articles[0]!.headline).toBe("Velsk port opens");
    writeFileSync(path.join(dir, "wire.11tydata.json"), JSON.stringify({ headline: "Velsk port opens early" }));
    expect(load(dir, cache).articles[0]!.headline).toBe("Velsk port opens early");
  });

  it("does not trust the stamp of a file changed moments ago (a coarse clock could hide a second edit)", () => {
    const dir = tempContent({ "port.md": markdownArticle });
    const cache: ArticleCache = new Map();
    loadArticles(dir, { zone, includeDrafts: false, cache });
    expect(cache.get("port.md")!.stamp).toBeUndefined();
  });
});
