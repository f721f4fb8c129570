/**
 * The one-edit build begins its search update before the edit renders: Pagefind's thread
 * (src/cli/pagefind-thread.ts) reads the shard's unchanged pages from disk and takes the edited
 * ones as they are handed over (src/cli/search-index.ts, beginSearchUpdate). Its bundles must be
 * the bytes updateSearchIndex writes once the pages are on disk, whatever order the pages are
 * handed over in; an abandoned update leaves the published index as it was. Fictional places
 * and people only.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { beginSearchUpdate, startSearchService, stopSearchService, updateSearchIndex, writeSearchIndex } from "../../src/cli/search-index.ts";
import { hashTree } from "../helpers/output.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

/** A fictional article on 2031-05-<day>. */
function article(day: number): string {
  return `---\ntitle: Ferry of Ostrava Nolk report number ${day}\ndate: 2031-05-${String(day).padStart(2, "0")}T09:00:00+05:00\n---\nFerry captain Ilse Varro of Ostrava Nolk said on day ${day} that the Brenmark Salt Guild would carry ${day * 10} crates of salt.\n`;
}

const content = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`a${i + 1}.md`, article(i + 1)]));

/** A built site, indexed in shards of 3, copied twice: one copy per way of updating it. */
async function twoCopies(): Promise<{ a: string; b: string; pages: string[] }> {
  const input = tempContent(content);
  const output = path.join(tempDir(), "site");
  await buildSite({ input, output, searchShardSize: 3 });
  const a = path.join(tempDir(), "a");
  const b = path.join(tempDir(), "b");
  cpSync(output, a, { recursive: true, dereference: true });
  cpSync(output, b, { recursive: true, dereference: true });
  const pages: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(a, relative), { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${relative}/${entry.name}`);
      else if (entry.name === "index.html" && relative.split("/").length === 5) pages.push(`${relative}/index.html`);
    }
  };
  walk("news");
  return { a, b, pages: pages.sort() };
}

const edited = (site: string, page: string): string => readFileSync(path.join(site, page), "utf8").replace(/crates of salt/g, "barrels of pitch");

describe("a search update begun before the edit renders", () => {
  it("writes the bundles updateSearchIndex writes, byte for byte, with pages handed over in any order", async () => {
    const { a, b, pages } = await twoCopies();
    const plan = (await writeSearchIndex(a, { shardSize: 3, previous: undefined })).plan;
    await writeSearchIndex(b, { shardSize: 3 });
    // Two pages of one shard and one of another, handed over newest first.
    const changed = [pages[0]!, pages[1]!, pages[7]!];

    for (const page of changed) writeFileSync(path.join(a, page), edited(a, page));
    const updated = await updateSearchIndex(a, { changed, removed: [] }, { previous: plan });

    const service = startSearchService();
    try {
      const update = beginSearchUpdate(service, b, { changed, removed: [] }, { previous: plan });
      expect([...update.waitsFor].sort()).toEqual([...changed].sort());
      for (const page of [...changed].reverse()) {
        const text = edited(b, page);
        update.rendered(page, text);
        writeFileSync(path.join(b, page), text);
      }
      const begun = await update.finish();
      await begun.retiredRemoved;
      expect(begun.indexed).toBe(2);
      expect(begun.plan).toEqual(updated.plan);
    } finally {
      await stopSearchService(service);
    }
    expect(hashTree(path.join(b, "pagefind"))).toEqual(hashTree(path.join(a, "pagefind")));
  });

  /**
   * An update of one page of a site indexed in shards of 3, whose edited page never comes: `fail`
   * lets it go as a failed build does. The index's hash before, and the index folder.
   */
  async function failedUpdate(fail: (update: ReturnType<typeof beginSearchUpdate>) => Promise<void>): Promise<{ before: Record<string, string>; index: string }> {
    const { b, pages } = await twoCopies();
    const plan = (await writeSearchIndex(b, { shardSize: 3 })).plan;
    const index = path.join(b, "pagefind");
    const before = hashTree(index);
    const service = startSearchService();
    try {
      await fail(beginSearchUpdate(service, b, { changed: [pages[4]!], removed: [] }, { previous: plan }));
    } finally {
      await stopSearchService(service);
    }
    return { before, index };
  }

  it("leaves the published index as it was when abandoned", async () => {
    // The edited page never comes: the render failed.
    const { before, index } = await failedUpdate((update) => update.abandon());
    expect(hashTree(index)).toEqual(before);
  });

  it("leaves the published index as it was, and no bundle list of its own, when a shard fails while finish() waits", async () => {
    const { before, index } = await failedUpdate(async (update) => {
      // finish() writes the new bundle list beside the old one while it waits; the edited page never comes.
      const finished = update.finish();
      finished.catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await update.abandon();
      await expect(finished).rejects.toThrow();
    });
    expect(hashTree(index)).toEqual(before);
    expect(readdirSync(index).filter((name) => name.startsWith("."))).toEqual([]);
  });
});
