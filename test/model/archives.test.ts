import { describe, expect, it } from "vitest";
import { loadArticles } from "../../src/articles/load-articles.ts";
import { buildArchives, yearPageHeadlinesPerMonth } from "../../src/model/archives.ts";
import { tempContent } from "../helpers/temp-content.ts";

describe("year archives", () => {
  it("list the year's headlines by month, newest first, a busy month cut short for its own page", () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 20; i++) files[`june-${i}.md`] = `---\ntitle: Brisk ferry report ${i}\ndate: 2031-06-${String(i).padStart(2, "0")}\n---\nThe Brisk ferry ran ${i} times.\n`;
    files["april.md"] = `---\ntitle: Brisk ferry starts its season\ndate: 2031-04-02\n---\nThe Brisk ferry started.\n`;
    files["old.md"] = `---\ntitle: Brisk ferry ends its season\ndate: 2030-11-30\n---\nThe Brisk ferry stopped.\n`;
    const { articles } = loadArticles(tempContent(files), { zone: "Asia/Almaty", includeDrafts: false });
    const { years } = buildArchives(articles);
    expect(years.map((y) => [y.year, y.count])).toEqual([[2031, 21], [2030, 1]]);
    const [june, april] = years[0]!.months;
    expect(june!.count).toBe(20);
    expect(june!.articles).toHaveLength(yearPageHeadlinesPerMonth);
    expect(june!.articles[0]!.headline).toBe("Brisk ferry report 20");
    expect(april!.articles.map((a) => a.headline)).toEqual(["Brisk ferry starts its season"]);
  });
});
