/**
 * Which article page goes into which search shard. Pagefind's memory grows with the pages of one
 * run, so the index is split into shards of at most `size` pages, each indexed by its own run.
 * Membership is kept stable between builds so that an incremental build re-indexes only the
 * shards whose pages changed: pure planning here, the Pagefind runs in search-index.ts.
 */
import { createHash } from "node:crypto";

/**
 * Pages per shard unless told otherwise. Measured on 10,000 articles: Pagefind peaks at about
 * 250 MB a run with 1,000 pages, 450 MB with 2,000, 870 MB with 4,000 (one run of all 10,000:
 * 1.9 GB), for the same total CPU time. 2,000 leaves most of a 1 GiB build for the rest of it,
 * and keeps the bundles a search fetches (one set per shard) half as many as 1,000 would.
 */
export const defaultShardSize = 2000;

/**
 * Pages of the newest shard of a full build; each older shard holds twice the next newer one's,
 * up to the shard size (25, 50, 100, 200, 400, 800, 1,600, then 2,000s). News is edited and added
 * at its recent end, and re-indexing costs in proportion to the shard: Pagefind's bundle can be
 * written only once the edited page is in, and writing it takes about 1.3 ms a page, after a
 * fixed 8–10 ms (measured on the bench site, load 6: adding 50 pages 51–93 ms and writing them
 * 66–85 ms, 25 pages 24–41 and 36–53 ms). So a one-edit build waits, after its render, for a
 * bundle of the newest shard's size: 50 rather than 100 halved that wait in session 6, 25 rather
 * than 50 cut it again (README, "One edit, rebuilt"). A reader pays per shard, not per page:
 * merged into the first bundle (whose wasm it reuses), each shard costs its entry and meta files
 * (under 20 KB; under 1 KB for a shard of 50) when search opens, its filter files when the filters
 * show, and one index chunk per word searched (about 22 KB for a full shard, less for a small
 * one). At 10,000 articles this gives 11 shards, one more than a newest shard of 50 gave, and each of the
 * newest 3,000 articles sits in a shard no larger than it did then; new articles add a shard per 25 until the
 * next full build.
 */
export const defaultRecentSize = 25;

export interface Shard {
  /** Stable for the shard's life: its bundle is pagefind/<id>/. Never reused within one plan's history. */
  readonly id: number;
  /** Output paths (news/YYYY/MM/DD/<slug>/index.html), sorted, so the same members give the same bundle. */
  readonly pages: readonly string[];
}

export interface ShardPlan {
  readonly size: number;
  /**
   * Most pages of the newest shard: new pages join the last shard while it holds fewer, then
   * open a new one. Absent in plans written before shards were tiered: the size.
   */
  readonly recent?: number;
  /** In bundle order: the search page merges them in this order. */
  readonly shards: readonly Shard[];
}

export interface ShardUpdate {
  readonly plan: ShardPlan;
  /** Shards whose bundle must be written again (new ones included), by id. */
  readonly dirty: readonly number[];
  /** Shards left without pages: their bundle goes. */
  readonly dropped: readonly number[];
}

export interface PageChange {
  /** Article pages written (edited or new). */
  readonly changed: readonly string[];
  /** Article pages deleted. */
  readonly removed: readonly string[];
}

/** Article pages and nothing else: the pages that carry data-pagefind-body. */
const articlePage = /^news\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/;

export function isArticlePage(outputPath: string): boolean {
  return articlePage.test(outputPath);
}

/**
 * A full build: pages in path order (which is date order). The newest are cut from the newest
 * end into shards of `recent`, twice that, four times, … while smaller than `size`; the rest,
 * from the oldest, into shards of `size`, the last of them holding what is left. So the newest
 * shard is the smallest, and the first shard (the one the search page loads first, which the
 * others are merged into) is a full one whenever the site has more than the small shards hold.
 * Numbered from 0, oldest first. With `recent` equal to `size`, plain shards of `size`.
 */
export function planShards(pages: readonly string[], size: number, recent: number = Math.min(defaultRecentSize, size)): ShardPlan {
  checkSize(size);
  checkSize(recent);
  const newest = Math.min(recent, size);
  const sorted = [...new Set(pages)].sort();
  const small: string[][] = [];
  let end = sorted.length;
  for (let capacity = newest; capacity < size && end > 0; capacity *= 2) {
    const start = Math.max(0, end - capacity);
    small.unshift(sorted.slice(start, end));
    end = start;
  }
  const full: string[][] = [];
  for (let start = 0; start < end; start += size) full.push(sorted.slice(start, Math.min(start + size, end)));
  return { size, recent: newest, shards: [...full, ...small].map((members, id) => ({ id, pages: members })) };
}

/**
 * An incremental build: a removed page leaves its shard, an edited page keeps its shard, a new
 * page joins the last shard while it holds fewer than `recent` pages and opens a new shard after
 * that, so that adding an article re-indexes a small shard. Only the shards so touched are
 * dirty; the others keep their bundles byte for byte.
 *
 * In time with the edit, not the site: a page's shard is found by a binary search of each
 * shard's sorted pages, and only the shards that gain or lose a page are copied; the others are
 * the previous plan's own objects (a map of the 10,000 pages and a sort of every shard cost a
 * one-edit build 5.2–7.4 ms of CPU on the bench site's plan, once in a fresh process as a build
 * runs it; this way 0.3–0.4 ms).
 */
export function updateShards(previous: ShardPlan, change: PageChange): ShardUpdate {
  const { size } = previous;
  const recent = previous.recent ?? size;
  checkSize(size);
  checkSize(recent);
  const changed = new Set(change.changed);
  // A page both written and removed exists after the build: it counts as written.
  const removed = new Set(change.removed.filter((page) => !changed.has(page)));
  const shardById = new Map(previous.shards.map((shard) => [shard.id, shard] as const));
  // The members of the shards that gain or lose a page, copied when first touched.
  const members = new Map<number, Set<string>>();
  const membersOf = (id: number): Set<string> => {
    let pages = members.get(id);
    if (!pages) members.set(id, (pages = new Set(shardById.get(id)?.pages)));
    return pages;
  };
  const dirty = new Set<number>();
  for (const page of removed) {
    const id = shardHolding(previous.shards, page);
    if (id === undefined) continue;
    membersOf(id).delete(page);
    dirty.add(id);
  }
  const order = previous.shards.map((shard) => shard.id);
  // Ids only grow, so that a new shard never takes the folder of one dropped in the same update.
  let nextId = order.reduce((max, id) => Math.max(max, id + 1), 0);
  for (const page of [...changed].sort()) {
    const id = shardHolding(previous.shards, page);
    if (id !== undefined) {
      dirty.add(id);
      continue;
    }
    let last = order.at(-1);
    if (last === undefined || (members.get(last)?.size ?? shardById.get(last)!.pages.length) >= recent) {
      last = nextId++;
      order.push(last);
      members.set(last, new Set());
    }
    membersOf(last).add(page);
    dirty.add(last);
  }
  const shards: Shard[] = [];
  const dropped: number[] = [];
  for (const id of order) {
    const pages = members.get(id);
    if (!pages) {
      shards.push(shardById.get(id)!);
      continue;
    }
    // Only a shard of the previous plan can be empty: a new one opens with a page.
    if (pages.size === 0) {
      dropped.push(id);
      dirty.delete(id);
    } else shards.push({ id, pages: [...pages].sort() });
  }
  return { plan: { ...previous, shards }, dirty: [...dirty].sort((a, b) => a - b), dropped };
}

/** The id of the shard of `shards` that holds `page`, if any. */
function shardHolding(shards: readonly Shard[], page: string): number | undefined {
  for (const shard of shards) if (holdsSorted(shard.pages, page)) return shard.id;
  // Shards' pages are stored sorted; a plan that broke that is searched whole rather than trusted.
  return shards.find((shard) => shard.pages.includes(page))?.id;
}

/** Whether `sorted` (in the order of Array.prototype.sort: UTF-16 code units) holds `page`. */
function holdsSorted(sorted: readonly string[], page: string): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = sorted[middle]!;
    if (at === page) return true;
    if (at < page) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/**
 * A short digest of who is in which shard. The published bundle list carries it and so does the
 * stored plan: when they differ the stored plan does not describe the output (a build failed
 * between the two, or the output was replaced), and the index is rebuilt whole.
 */
export function planDigest(plan: ShardPlan): string {
  return createHash("sha256").update(JSON.stringify(plan)).digest("hex").slice(0, 16);
}

function checkSize(size: number): void {
  if (!Number.isInteger(size) || size < 1) throw new Error(`search shard size must be a positive whole number, not ${size}`);
}
