import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { loadArticles } from "../../src/articles/load-articles.ts";
import { newArticleFiles } from "../../src/articles/new-article.ts";
import { tempContent } from "../helpers/temp-content.ts";

const today = DateTime.fromISO("2031-03-04T23:30:00", { zone: "Asia/Almaty" });

describe("newArticleFiles", () => {
  it("starts a Markdown draft dated today that the build accepts", () => {
    const md = newArticleFiles('Velsk port: "grain" & timber', today, "md");
    expect(md.file).toBe("2031-03-04-velsk-port-grain-and-timber.md");
    const dir = tempContent({ [md.file]: md.text });
    const loaded = loadArticles(dir, { zone: "Asia/Almaty", includeDrafts: true });
    expect(loaded.articles[0]!.headline).toBe('Velsk port: "grain" & timber');
    expect(loaded.articles[0]!.draft).toBe(true);
    expect(loaded.articles[0]!.published.toISODate()).toBe("2031-03-04");
  });

  it("starts a wire text with its headline in a data file, as a draft too", () => {
    const txt = newArticleFiles("Velsk port opens", today, "txt");
    const dir = tempContent({ [txt.file]: txt.text, [txt.dataFile!.file]: txt.dataFile!.text });
    const [article] = loadArticles(dir, { zone: "Asia/Almaty", includeDrafts: true }).articles;
    expect(article!.headline).toBe("Velsk port opens");
    expect(article!.url).toBe("/news/2031/03/04/velsk-port-opens/");
    expect(article!.draft).toBe(true);
  });

  it("never publishes the placeholder text of either format", () => {
    for (const format of ["md", "txt"] as const) {
      const files = newArticleFiles("Velsk port opens", today, format);
      const dir = tempContent({ [files.file]: files.text, ...(files.dataFile ? { [files.dataFile.file]: files.dataFile.text } : {}) });
      const loaded = loadArticles(dir, { zone: "Asia/Almaty", includeDrafts: false });
      expect(loaded.articles, format).toEqual([]);
      expect(loaded.draftsLeftOut, format).toBe(1);
    }
  });
});
