/**
 * The build command's last line tells editors what the site has and what is new since the
 * last build into the same output folder: articles, people, organisations, files, time.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareWithLastBuild, formatSummary } from "../../src/cli/build-summary.ts";
import { markdownArticle } from "../helpers/fixtures.ts";
import { projectRoot, seedFiles } from "../helpers/seed.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

describe("comparing with the last build", () => {
  it("counts what is new since the last build into the same output, and nothing on the first", () => {
    const cache = tempDir();
    const first = compareWithLastBuild("out", { articles: ["/a/", "/b/"], people: ["p1"], organisations: [] }, cache, 1);
    expect(first).toEqual({ articles: { total: 2 }, people: { total: 1 }, organisations: { total: 0 } });
    const second = compareWithLastBuild("out", { articles: ["/a/", "/c/", "/d/"], people: ["p1"], organisations: ["o1"] }, cache, 2);
    expect(second).toEqual({ articles: { total: 3, added: 2 }, people: { total: 1, added: 0 }, organisations: { total: 1, added: 1 } });
    // Another output folder has its own history.
    expect(compareWithLastBuild("elsewhere", { articles: ["/a/"], people: [], organisations: [] }, cache, 3).articles.added).toBeUndefined();
  });

  it("forgets output folders not built into for sixty days", () => {
    const cache = tempDir();
    const empty = { articles: [], people: [], organisations: [] };
    compareWithLastBuild("old", empty, cache);
    compareWithLastBuild("recent", empty, cache);
    // Two months later, a build into a third folder clears out the other two.
    compareWithLastBuild("later", empty, cache, Date.now() + 61 * 24 * 3600 * 1000);
    expect(compareWithLastBuild("old", empty, cache).articles.added).toBeUndefined();
    expect(compareWithLastBuild("later", empty, cache).articles.added).toBe(0);
  });

  it("reads as one line", () => {
    const counts = { articles: { total: 27, added: 2 }, people: { total: 1, added: 0 }, organisations: { total: 20, added: 1 } };
    expect(formatSummary("content", "dist", 4.214, counts, 312)).toBe(
      "wireroom: built content into dist in 4.21 s: 27 articles (2 new), 1 person (none new), 20 organisations (1 new); 312 files written",
    );
    expect(formatSummary("content", "dist", 1, { articles: { total: 1 }, people: { total: 2 }, organisations: { total: 0 } }, 1)).toBe(
      "wireroom: built content into dist in 1.00 s: 1 article, 2 people, 0 organisations (first build into dist); 1 file written",
    );
    expect(formatSummary("content", "dist", 1, { articles: { total: 3 }, people: { total: 2 }, organisations: { total: 4 } }, 9, 2)).toBe(
      "wireroom: built content into dist in 1.00 s: 3 articles, 2 people, 4 organisations, 2 names merged (first build into dist); 9 files written",
    );
  });
});

describe("the build command", () => {
  it("ends with the summary, and counts an added article and its people as new", () => {
    const env = { ...process.env, WIREROOM_CACHE_DIR: tempDir() };
    const input = tempContent(seedFiles);
    const output = path.join(tempDir(), "dist");
    const run = (): string => {
      const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/build.ts", `--input=${input}`, `--output=${output}`], { cwd: projectRoot, env, encoding: "utf8" });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      return result.stdout.trim().split("\n").at(-1)!;
    };
    expect(run()).toMatch(/^wireroom: built .+ into .+ in \d+\.\d\d s: 1 article, 2 people, 6 organisations, 0 names merged \(first build into .+\); \d+ files written$/);
    writeFileSync(path.join(input, "port.md"), markdownArticle);
    expect(run()).toMatch(/: 2 articles \(1 new\), 3 people \(1 new\), \d+ organisations \(\d+ new\), \d+ names? merged; \d+ files written$/);
  });
});
