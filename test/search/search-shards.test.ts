/**
 * Search shard planning: a full build cuts the newest article pages, in path (date) order, into
 * shards of `recent`, twice that, … below `size`, the rest into shards of `size`; an incremental build keeps
 * every page where it was, puts new pages in the last shard until it holds `recent`, and marks
 * dirty only the shards it touched.
 */
import { describe, expect, it } from "vitest";
import { isArticlePage, planDigest, planShards, updateShards, type ShardPlan } from "../../src/search/search-shards.ts";

const page = (day: number, slug = "velsk-port"): string => `news/2031/05/${String(day).padStart(2, "0")}/${slug}/index.html`;

describe("planShards (full build)", () => {
  it("sorts the pages and cuts them into shards of the size from the oldest, numbered from 0, when recent is the size", () => {
    const pages = [page(5), page(1), page(3), page(2), page(4)];
    expect(planShards(pages, 2)).toEqual({
      size: 2,
      recent: 2,
      shards: [
        { id: 0, pages: [page(1), page(2)] },
        { id: 1, pages: [page(3), page(4)] },
        { id: 2, pages: [page(5)] },
      ],
    });
  });

  it("makes the newest shard the smallest: recent, twice that, … below the size; the rest in shards of the size from the oldest", () => {
    const pages = Array.from({ length: 28 }, (_, i) => page(i + 1));
    const plan = planShards(pages, 8, 2);
    expect(plan.recent).toBe(2);
    expect(plan.shards.map((s) => s.pages.length)).toEqual([8, 8, 6, 4, 2]);
    expect(plan.shards.flatMap((s) => s.pages)).toEqual(pages);
    expect(plan.shards.at(-1)!.pages).toEqual([page(27), page(28)]);
  });

  it("takes 25 pages for the newest shard unless the size is smaller", () => {
    const pages = Array.from({ length: 3000 }, (_, i) => `news/2031/${String(1 + (i % 12)).padStart(2, "0")}/01/a${String(i).padStart(4, "0")}/index.html`);
    expect(planShards(pages, 2000).shards.map((s) => s.pages.length)).toEqual([1425, 800, 400, 200, 100, 50, 25]);
    expect(planShards(pages, 25).shards.every((s) => s.pages.length === 25)).toBe(true);
    // 10,000 articles (the bench site): 11 shards, and none of the newest 3,000 (where edits happen) in a larger shard than with a newest shard of 50.
    const site = Array.from({ length: 10000 }, (_, i) => `news/2031/01/01/a${String(i).padStart(5, "0")}/index.html`);
    const sizes = (plan: ReturnType<typeof planShards>): Map<string, number> => new Map(plan.shards.flatMap((s) => s.pages.map((p) => [p, s.pages.length] as const)));
    const now = sizes(planShards(site, 2000));
    const before = sizes(planShards(site, 2000, 50));
    expect(planShards(site, 2000).shards.length).toBe(11);
    expect(site.slice(-3000).every((p) => now.get(p)! <= before.get(p)!)).toBe(true);
  });

  it("gives one shard when the site fits, none when it has no articles, and ignores repeats", () => {
    expect(planShards([page(2), page(1), page(2)], 2000).shards).toEqual([{ id: 0, pages: [page(1), page(2)] }]);
    expect(planShards([], 2000).shards).toEqual([]);
  });

  it("refuses a size that is not a positive whole number", () => {
    for (const size of [0, -1, 1.5, Number.NaN]) {
      expect(() => planShards([page(1)], size)).toThrow(/shard size/);
      expect(() => planShards([page(1)], 2000, size)).toThrow(/shard size/);
    }
  });
});

describe("updateShards (incremental build)", () => {
  // A plan as builds stored it before shards were tiered (no `recent`): new pages fill the last shard up to the size.
  const base: ShardPlan = {
    size: 2,
    shards: [
      { id: 0, pages: [page(1), page(2)] },
      { id: 1, pages: [page(3), page(4)] },
      { id: 2, pages: [page(5)] },
    ],
  };

  it("puts new pages in the newest shard only while it holds fewer than recent, with the plan's size and recent kept", () => {
    const tiered = planShards([1, 2, 3, 4, 5, 6, 7].map((d) => page(d)), 4, 2);
    expect(tiered.shards.map((s) => s.pages.length)).toEqual([4, 1, 2]);
    const { plan, dirty } = updateShards(tiered, { changed: [page(9), page(8), page(10)], removed: [] });
    expect(plan).toMatchObject({ size: 4, recent: 2 });
    expect(plan.shards.slice(0, 3)).toEqual(tiered.shards);
    expect(plan.shards.slice(3)).toEqual([{ id: 3, pages: [page(8), page(9)] }, { id: 4, pages: [page(10)] }]);
    expect(dirty).toEqual([3, 4]);
    // An edit of the newest article touches the smallest shard.
    expect(updateShards(tiered, { changed: [page(7)], removed: [] }).dirty).toEqual([2]);
  });

  it("re-indexes only the shard of an edited page", () => {
    expect(updateShards(base, { changed: [page(3)], removed: [] })).toEqual({ plan: base, dirty: [1], dropped: [] });
  });

  it("puts new pages in the last shard until it is full, then opens a new shard with the next id", () => {
    const { plan, dirty, dropped } = updateShards(base, { changed: [page(7), page(6), page(8)], removed: [] });
    expect(plan.shards).toEqual([...base.shards.slice(0, 2), { id: 2, pages: [page(5), page(6)] }, { id: 3, pages: [page(7), page(8)] }]);
    expect(dirty).toEqual([2, 3]);
    expect(dropped).toEqual([]);
  });

  it("takes a removed page out of its shard and re-indexes that shard only", () => {
    const { plan, dirty, dropped } = updateShards(base, { changed: [], removed: [page(2)] });
    expect(plan.shards).toEqual([{ id: 0, pages: [page(1)] }, ...base.shards.slice(1)]);
    expect(dirty).toEqual([0]);
    expect(dropped).toEqual([]);
  });

  it("drops a shard left empty, and never gives its id to a new shard", () => {
    const emptied = updateShards(base, { changed: [], removed: [page(3), page(4)] });
    expect(emptied.plan.shards.map((s) => s.id)).toEqual([0, 2]);
    expect(emptied).toMatchObject({ dirty: [], dropped: [1] });
    // An emptied shard's id stays unused: a shard opened in the same update takes the next one.
    const opened = updateShards(base, { changed: [page(7), page(6)], removed: [page(3), page(4)] });
    expect(opened.plan.shards).toEqual([base.shards[0], { id: 2, pages: [page(5), page(6)] }, { id: 3, pages: [page(7)] }]);
    expect(opened).toMatchObject({ dirty: [2, 3], dropped: [1] });
  });

  it("fills the last shard again when its pages were removed and new ones arrive", () => {
    const refilled = updateShards(base, { changed: [page(9), page(8), page(7)], removed: [page(5)] });
    expect(refilled.plan.shards).toEqual([...base.shards.slice(0, 2), { id: 2, pages: [page(7), page(8)] }, { id: 3, pages: [page(9)] }]);
    expect(refilled).toMatchObject({ dirty: [2, 3], dropped: [] });
  });

  it("follows a renamed article: the old page leaves its shard, the new one joins the last", () => {
    const { plan, dirty } = updateShards(base, { changed: [page(1, "velsk-port-renamed")], removed: [page(1)] });
    expect(plan.shards[0]).toEqual({ id: 0, pages: [page(2)] });
    expect(plan.shards.at(-1)).toEqual({ id: 2, pages: [page(1, "velsk-port-renamed"), page(5)] });
    expect(dirty).toEqual([0, 2]);
  });

  it("counts a page both written and removed as written, and ignores removed pages it never had", () => {
    expect(updateShards(base, { changed: [page(3)], removed: [page(3), page(28)] })).toEqual({ plan: base, dirty: [1], dropped: [] });
  });

  it("starts a first shard when the previous plan had none", () => {
    const none = planShards([], 2);
    expect(updateShards(none, { changed: [page(1)], removed: [] })).toEqual({ plan: { size: 2, recent: 2, shards: [{ id: 0, pages: [page(1)] }] }, dirty: [0], dropped: [] });
  });

  it("keeps the shards it does not touch as they were, the same objects, and copies only those it changes", () => {
    const { plan } = updateShards(base, { changed: [page(3), page(6)], removed: [page(1)] });
    expect(plan.shards[1]).toBe(base.shards[1]);
    expect(plan.shards[0]).toEqual({ id: 0, pages: [page(2)] });
    expect(plan.shards[2]).toEqual({ id: 2, pages: [page(5), page(6)] });
    expect(base.shards.map((s) => s.pages.length)).toEqual([2, 2, 1]);
  });

  it("finds an edited or removed page even in a shard whose pages are not in order", () => {
    const unsorted: ShardPlan = { size: 3, shards: [{ id: 0, pages: [page(3), page(1), page(2)] }, { id: 1, pages: [page(4)] }] };
    expect(updateShards(unsorted, { changed: [page(1)], removed: [] })).toMatchObject({ dirty: [0], dropped: [] });
    expect(updateShards(unsorted, { changed: [], removed: [page(1)] }).plan.shards[0]).toEqual({ id: 0, pages: [page(2), page(3)] });
  });

  it("changes nothing when no article page changed", () => {
    expect(updateShards(base, { changed: [], removed: [] })).toEqual({ plan: base, dirty: [], dropped: [] });
  });
});

describe("isArticlePage and planDigest", () => {
  it("knows article pages from archives and other pages", () => {
    expect(isArticlePage(page(1))).toBe(true);
    for (const other of ["news/2031/05/index.html", "news/2031/index.html", "people/tomas-rekk/index.html", "news/2031/05/01/velsk/feed.xml", "index.html"]) {
      expect(isArticlePage(other), other).toBe(false);
    }
  });

  it("gives the same digest for the same membership and another for any move", () => {
    expect(planDigest(planShards([page(2), page(1)], 2))).toBe(planDigest(planShards([page(1), page(2)], 2)));
    expect(planDigest(planShards([page(1), page(2)], 1))).not.toBe(planDigest(planShards([page(1), page(2)], 2)));
  });
});
