import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ContentError } from "../../src/articles/content-error.ts";
import type { Article } from "../../src/articles/article.ts";
import { createSiteLoader } from "../../src/model/load-site.ts";
import { keepAsRevived, reviveArticle, type StoredState } from "../../src/model/stored-articles.ts";
import { orderAsStored } from "../../src/model/stored-order.ts";
import type { CachedArticle } from "../../src/articles/load-articles.ts";
import { defaultSettings } from "../../src/site.ts";
import { tempContent } from "../helpers/temp-content.ts";

/** Fictional reports of the Brannick harbour board, written so that their order by path is not their order by date. */
function report(n: number, date: string, body = "The Brannick harbour board met on Tuesday.", title = `Brannick harbour report ${n}`): string {
  return `---\ntitle: ${title}\ndate: ${date}\n---\n${body}\n`;
}

const files = {
  "a.md": report(1, "2031-03-02T09:00:00+05:00"),
  "b.md": report(2, "2031-03-05T09:00:00+05:00"),
  "c.md": report(3, "2031-03-03T09:00:00+05:00"),
  "d.md": report(4, "2031-03-04T09:00:00+05:00"),
  "e.md": report(5, "2031-03-04T09:00:00+05:00"),
};

const settings = { ...defaultSettings, pageSize: 10 };

/** A build a minute after the files were written: their stamps are trusted, and unchanged ones kept as revived. */
function aMinuteLater<T>(run: () => T): T {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() + 60_000);
  try {
    return run();
  } finally {
    vi.useRealTimers();
  }
}

/** Loads `input` fresh and from the store the loader leaves, after `edit`: both orders, and the second loader's store. */
function freshAndFromStore(input: string, edit: () => void): { fresh: string[]; revived: string[]; store: StoredState } {
  const first = createSiteLoader();
  aMinuteLater(() => first.load(input, settings));
  const stored = JSON.parse(JSON.stringify(first.store())) as StoredState;
  edit();
  const again = createSiteLoader(stored);
  const revived = aMinuteLater(() => again.load(input, settings)).model.articles.map((a) => a.sourcePath);
  const fresh = createSiteLoader().load(input, settings).model.articles.map((a) => a.sourcePath);
  return { fresh, revived, store: again.store() };
}

afterEach(() => vi.useRealTimers());

describe("the store's order of articles", () => {
  it("is newest first, as the model has them", () => {
    const input = tempContent(files);
    const loader = createSiteLoader();
    const model = loader.load(input, settings).model;
    expect(loader.store().articles.map((a) => a.meta.sourcePath)).toEqual(model.articles.map((a) => a.sourcePath));
    expect(model.articles.map((a) => a.sourcePath)).toEqual(["b.md", "d.md", "e.md", "c.md", "a.md"]);
  });

  it("stands after a body edit, and the next store keeps it", () => {
    const input = tempContent(files);
    const { fresh, revived, store } = freshAndFromStore(input, () => writeFileSync(path.join(input, "d.md"), report(4, "2031-03-04T09:00:00+05:00", "The board met again on Wednesday.")));
    expect(revived).toEqual(fresh);
    expect(store.articles.map((a) => a.meta.sourcePath)).toEqual(fresh);
  });

  it("gives way when an edit moves an article past its neighbours", () => {
    const input = tempContent(files);
    const { fresh, revived, store } = freshAndFromStore(input, () => writeFileSync(path.join(input, "a.md"), report(1, "2031-03-06T09:00:00+05:00")));
    expect(fresh[0]).toBe("a.md");
    expect(revived).toEqual(fresh);
    expect(store.articles.map((a) => a.meta.sourcePath)).toEqual(fresh);
  });

  it("gives way when an edit changes the headline that breaks a tie of times", () => {
    const input = tempContent(files);
    // d and e share their time: a headline that sorts first puts e before d.
    const { fresh, revived } = freshAndFromStore(input, () => writeFileSync(path.join(input, "e.md"), report(5, "2031-03-04T09:00:00+05:00", undefined, "Brannick harbour report 0")));
    expect(fresh.slice(1, 3)).toEqual(["e.md", "d.md"]);
    expect(revived).toEqual(fresh);
  });

  it("does not hide a URL that an edit makes the same as another's", () => {
    const input = tempContent(files);
    const first = createSiteLoader();
    aMinuteLater(() => first.load(input, settings));
    const stored = JSON.parse(JSON.stringify(first.store())) as StoredState;
    // Same headline and day as report 4: the same URL.
    writeFileSync(path.join(input, "e.md"), report(5, "2031-03-04T09:00:00+05:00", undefined, "Brannick harbour report 4"));
    const load = (): unknown => aMinuteLater(() => createSiteLoader(stored).load(input, settings));
    expect(load).toThrow(ContentError);
    expect(load).toThrow(/has the same URL .* as d\.md/);
  });
});

describe("orderAsStored", () => {
  /** The articles revived from a store and kept as revived, as the loader's cache has them after loading. */
  function revivedFromStore(input: string): { stored: StoredState; cache: Map<string, CachedArticle>; listed: Article[] } {
    const loader = createSiteLoader();
    loader.load(input, settings);
    const stored = JSON.parse(JSON.stringify(loader.store())) as StoredState;
    const cache = new Map<string, CachedArticle>();
    for (const entry of stored.articles) {
      const { cached } = reviveArticle(entry, stored.entities, input, settings.timeZone, () => []);
      keepAsRevived(cached);
      cache.set(entry.meta.sourcePath, cached);
    }
    // As listed: by path, not by date.
    const listed = [...cache.values()].map((c) => c.article).sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : 1));
    return { stored, cache, listed };
  }

  it("gives the stored order for articles all kept as revived, without comparing them", () => {
    const { stored, cache, listed } = revivedFromStore(tempContent(files));
    const order = orderAsStored(listed, stored.articles, (p) => cache.get(p));
    expect(order?.map((a) => a.sourcePath)).toEqual(["b.md", "d.md", "e.md", "c.md", "a.md"]);
  });

  it("gives nothing when the articles are not the stored ones", () => {
    const { stored, cache, listed } = revivedFromStore(tempContent(files));
    expect(orderAsStored(listed.slice(1), stored.articles, (p) => cache.get(p))).toBeUndefined();
    const withoutOne = new Map(cache);
    withoutOne.delete("c.md");
    expect(orderAsStored(listed, stored.articles, (p) => withoutOne.get(p))).toBeUndefined();
  });

  it("gives nothing for an edited article out of place or with another's URL", () => {
    const { stored, cache, listed } = revivedFromStore(tempContent(files));
    const edited = (sourcePath: string, change: Partial<Article>): Map<string, CachedArticle> => {
      const was = cache.get(sourcePath)!;
      // A plain object of what ordering reads: not kept as revived, as an article parsed again is not.
      const { sourcePath: p, headline, url, draft, publishedIso, publishedMillis } = was.article as Article & { publishedIso: string; publishedMillis: number };
      const article = { sourcePath: p, headline, url, draft, publishedIso, publishedMillis, ...change } as unknown as Article;
      return new Map(cache).set(sourcePath, { ...was, article });
    };
    const same = edited("d.md", {});
    expect(orderAsStored(listed, stored.articles, (p) => same.get(p))?.map((a) => a.sourcePath)).toEqual(["b.md", "d.md", "e.md", "c.md", "a.md"]);
    const later = edited("a.md", { publishedMillis: Date.parse("2031-03-10T00:00:00Z") } as Partial<Article>);
    const tieBroken = edited("e.md", { headline: "Brannick harbour report 0" });
    expect(orderAsStored(listed, stored.articles, (p) => later.get(p))).toBeUndefined();
    expect(orderAsStored(listed, stored.articles, (p) => tieBroken.get(p))).toBeUndefined();
    const clash = edited("a.md", { url: cache.get("c.md")!.article.url });
    expect(orderAsStored(listed, stored.articles, (p) => clash.get(p))).toBeUndefined();
  });
});
