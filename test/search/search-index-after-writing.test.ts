/**
 * The full build plans the search index before the site renders and indexes it once the site is
 * written (src/cli/search-index.ts, writeSiteThenSearchIndex). Its bundles must be the bytes
 * an index of the finished site gives (what an incremental build's re-indexing compares
 * against): the same site indexed afterwards by writeSearchIndex, shard sizes and render runs
 * chosen so that runs cut across shards. A failed render publishes nothing. Pages go to Pagefind
 * by path; one whose path Pagefind's glob would not take literally goes as text. Fictional
 * places and people only.
 */
import { cpSync, existsSync, readdirSync, readFileSync, renameSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { writeSearchIndex, writeSiteThenSearchIndex } from "../../src/cli/search-index.ts";
import { hashTree } from "../helpers/output.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

/** A fictional article on 2031-04-<day>. */
function article(day: number): string {
  return `---\ntitle: Harbour of Velsk report number ${day}\ndate: 2031-04-${String(day).padStart(2, "0")}T09:00:00+05:00\n---\nHarbour master Tomas Rekk of Velsk said on day ${day} that the Keldor Grain Board would ship ${day * 100} tonnes of wheat.\n`;
}

const content = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`a${i + 1}.md`, article(i + 1)]));

describe("a search index written while the site renders", () => {
  it("has the bundles of an index of the finished site, byte for byte", async () => {
    const input = tempContent(content);
    const output = path.join(tempDir(), "site");
    // Shards of 4 (four of them for 13 pages); runs of 3 pages end inside shards.
    await buildSite({ input, output, pagesPerRun: 3, searchShardSize: 4 });
    const copy = path.join(tempDir(), "copy");
    cpSync(output, copy, { recursive: true, dereference: true });
    const after = await writeSearchIndex(copy, { shardSize: 4 });
    expect(after.shards).toBeGreaterThan(3);
    expect(after.pages).toBe(13);
    expect(hashTree(path.join(output, "pagefind"))).toEqual(hashTree(path.join(copy, "pagefind")));
  });

  it("writes no index when the site's writing fails", async () => {
    const input = tempContent(content);
    const site = tempDir();
    const pages = ["news/2031/04/01/one/index.html", "news/2031/04/02/two/index.html"];
    const failed = writeSiteThenSearchIndex(site, { shardSize: 1 }, async (feed) => {
      feed.planned(pages);
      cpSync(path.join(input, "a1.md"), path.join(site, pages[0]!), { recursive: true });
      feed.written([pages[0]!]);
      throw new Error("the renderer broke");
    });
    await expect(failed).rejects.toThrow("the renderer broke");
    expect(existsSync(path.join(site, "pagefind"))).toBe(false);
  });

  it("fails when a planned article page was never written", async () => {
    const site = tempDir();
    const failed = writeSiteThenSearchIndex(site, {}, async (feed) => {
      feed.planned(["news/2031/04/01/one/index.html", "about/index.html"]);
    });
    await expect(failed).rejects.toThrow("1 article pages were planned but never written");
  });

  it("fails, naming the page, when a page said to be written is not on disk", async () => {
    const site = tempDir();
    const page = "news/2031/04/01/velsk-harbour/index.html";
    const failed = writeSiteThenSearchIndex(site, {}, async (feed) => {
      feed.planned([page]);
      feed.written([page]);
    });
    await expect(failed).rejects.toThrow(`Pagefind could not index ${page}`);
    expect(existsSync(path.join(site, "pagefind"))).toBe(false);
  });

  it("indexes a page whose path is not a literal glob, under its own URL", async () => {
    const input = tempContent({ "a1.md": article(1), "a2.md": article(2) });
    const output = path.join(tempDir(), "site");
    await buildSite({ input, output, searchIndex: false });
    const copy = path.join(tempDir(), "copy");
    cpSync(output, copy, { recursive: true, dereference: true });
    const day = path.join(copy, "news", "2031", "04", "02");
    const [slug] = readdirSync(day);
    renameSync(path.join(day, slug!), path.join(day, `${slug}-{draft}[1]`));
    const index = await writeSearchIndex(copy);
    expect(index.pages).toBe(2);
    const urls = readdirSync(path.join(copy, "pagefind", "0", "fragment")).map((file) => {
      // A fragment is gzip of "pagefind_dcd" followed by its JSON.
      const text = gunzipSync(readFileSync(path.join(copy, "pagefind", "0", "fragment", file))).toString("utf8");
      return (JSON.parse(text.slice("pagefind_dcd".length)) as { url: string }).url;
    });
    expect(urls).toContain(`/news/2031/04/02/${slug}-{draft}[1]/`);
  });
});

