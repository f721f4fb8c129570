import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadArticles } from "../../src/articles/load-articles.ts";
import {
  buildPools,
  corpusFolders,
  generateArticles,
  mentionsRealName,
  plainMarkdown,
  realNameDenylist,
  wireroomFiles,
  writeCorpus,
} from "../../bench/corpus.ts";
import { tempDir } from "../helpers/temp-content.ts";

const n = 120;

/** Every file below a folder, as relative path -> bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), readFileSync(file));
  }
  return files;
}

function frontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error("no front matter");
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

describe("bench corpus", () => {
  const dir = tempDir();
  const manifest = writeCorpus(dir, { articles: n, seed: 6 });
  const files = snapshot(dir);

  it("is byte-identical for the same seed and differs for another", () => {
    const again = tempDir();
    writeCorpus(again, { articles: n, seed: 6 });
    const second = snapshot(again);
    expect([...second.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [name, bytes] of files) expect(second.get(name)!.equals(bytes), name).toBe(true);

    const other = tempDir();
    writeCorpus(other, { articles: n, seed: 7 });
    const third = snapshot(other);
    const same = [...third].filter(([name, bytes]) => files.get(name)?.equals(bytes)).length;
    // Only manifest-like files could coincide; the articles must not.
    expect(same).toBeLessThan(3);
  });

  it("writes N articles with unique slugs in each rendering, mixing Markdown and wire text", () => {
    const names = (folder: string): string[] => [...files.keys()].filter((f) => path.dirname(f) === folder).map((f) => path.basename(f));
    const wireroom = names(corpusFolders.wireroom);
    const sources = wireroom.filter((f) => /\.(md|txt)$/.test(f));
    const dataFiles = wireroom.filter((f) => f.endsWith(".11tydata.json"));
    expect(sources).toHaveLength(n);
    expect(dataFiles).toHaveLength(sources.filter((f) => f.endsWith(".txt")).length);
    const slugs = new Set(sources.map((f) => f.replace(/\.(md|txt)$/, "")));
    expect(slugs.size).toBe(n);
    for (const folder of [corpusFolders.eleventy, corpusFolders.hugo]) {
      expect(new Set(names(folder).map((f) => f.replace(/\.md$/, "")))).toEqual(slugs);
    }
    expect(manifest.markdown + manifest.wire).toBe(n);
    expect(manifest.markdown / n).toBeGreaterThan(0.55);
    expect(manifest.markdown / n).toBeLessThan(0.85);
    const wordsPerArticle = manifest.words / n;
    expect(wordsPerArticle).toBeGreaterThan(550);
    expect(wordsPerArticle).toBeLessThan(700);
  });

  it("lists in front matter only names that occur in the body, all drawn from the pools", () => {
    const pools = buildPools();
    const known = new Set([...pools.people.map((p) => p.name), ...pools.organisations.map((o) => o.name)]);
    let checked = 0;
    for (const [name, bytes] of files) {
      if (!name.endsWith(".md")) continue;
      const { data, body } = frontMatter(bytes.toString("utf8"));
      const tags = data["tags"] as string[];
      expect(tags.length, name).toBeGreaterThanOrEqual(3);
      for (const tag of tags) {
        expect(body, `${name}: ${tag}`).toContain(tag);
        expect(known.has(tag), tag).toBe(true);
      }
      checked++;
    }
    expect(checked).toBe(manifest.markdown + 2 * n);
    // Wire texts carry no tags; their names occur in the body all the same.
    for (const article of generateArticles({ articles: n, seed: 6 })) {
      if (article.format !== "wire") continue;
      const text = Object.entries(wireroomFiles(article)).find(([f]) => f.endsWith(".txt"))![1];
      for (const name of [...article.people, ...article.organisations]) expect(text, name).toContain(name);
      expect(plainMarkdown(article)).toContain(article.headline);
    }
  });

  it("names people in news style: title and full name first, surname later", () => {
    const pools = buildPools();
    const byName = new Map(pools.people.map((p) => [p.name, p]));
    for (const article of generateArticles({ articles: 30, seed: 6 })) {
      const body = article.paragraphs.join("\n\n");
      for (const name of article.people) {
        expect(body, name).toContain(byName.get(name)!.surname);
        const first = body.indexOf(name);
        expect(first, name).toBeGreaterThanOrEqual(0);
        // The full name is written once; every later mention is the surname alone.
        expect(body.indexOf(name, first + 1), name).toBe(-1);
      }
      const first = article.people[0]!;
      const person = byName.get(first)!;
      expect(article.paragraphs[0]).toContain(`${person.title} ${first} said.`);
    }
  });

  it("draws every name from fictional pools that contain no real name", () => {
    const pools = buildPools();
    expect(pools.people.length).toBe(2000);
    expect(pools.organisations.length).toBe(800);
    expect(new Set(pools.people.map((p) => p.name)).size).toBe(2000);
    expect(new Set(pools.people.map((p) => p.surname)).size).toBe(2000);
    expect(new Set(pools.organisations.map((o) => o.name)).size).toBe(800);
    // The checker itself catches real names, alone and inside longer ones.
    for (const real of ["Tokayev", "Putin", "Nazarbayev University", "Ministry of Finance of Kazakhstan", "Kaspi"]) {
      expect(mentionsRealName(real), real).toBe(true);
    }
    const everything = [
      ...pools.people.flatMap((p) => [p.name, p.given, p.surname]),
      ...pools.organisations.flatMap((o) => (o.acronym ? [o.name, o.acronym] : [o.name])),
      ...pools.places,
      ...pools.countries,
    ];
    const lower = new Set(everything.map((e) => e.toLowerCase()));
    for (const real of realNameDenylist) expect(lower.has(real.toLowerCase()), real).toBe(false);
    expect(everything.filter(mentionsRealName)).toEqual([]);
  });

  it("is read by Wireroom's own loader: valid dates, known fields, unique URLs", () => {
    const loaded = loadArticles(path.join(dir, corpusFolders.wireroom), { zone: "Asia/Almaty", includeDrafts: false });
    expect(loaded.articles).toHaveLength(n);
    expect(loaded.notices).toEqual([]);
    expect(new Set(loaded.articles.map((a) => a.url)).size).toBe(n);
    const years = new Set(loaded.articles.map((a) => a.published.year));
    expect([...years].sort()).toEqual([2023, 2024, 2025]);
  });
});
