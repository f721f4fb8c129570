/**
 * The sharded search index end to end: a small site indexed two articles to a shard (four
 * shards), searched in Debian's chromium as a host would serve it. A word finds articles of
 * every shard and a person's filter narrows them across shards; an incremental build that edits
 * one article re-indexes its shard alone (the other bundles keep every byte), a new article joins
 * the last shard, and a shard whose articles are all deleted is dropped. Fictional people only.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type Browser, type Page } from "playwright-core";
import { launchChromium, skipBrowserTests } from "../helpers/chromium.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { readStoredArticles } from "../../src/cli/build-state.ts";
import { buildIncremental } from "../../src/cli/incremental-build.ts";
import { createSiteLoader } from "../../src/model/load-site.ts";
import { serveStatic, type StaticServer } from "../helpers/built-site.ts";
import { hashTree } from "../helpers/output.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

/** A fictional article on 2031-03-<day>. */
function article(day: number, title: string, body: string): string {
  return `---\ntitle: ${title}\ndate: 2031-03-${String(day).padStart(2, "0")}T09:00:00+05:00\n---\n${body}\n`;
}

const headlines = {
  keepers: "Velsk lighthouse keepers return to the northern cape",
  grain: "Keldor grain board counts its winter stock",
  rail: "Orlen rail line closes for repairs",
  ferry: "Tavenna lighthouse gets a new lamp",
  timetable: "Marsk ferry changes its timetable",
  cape: "Brisk cape lighthouse opens to visitors",
  storms: "Ostrel lighthouse survives the spring storms",
} as const;

/** Two to a shard, in date order: [keepers, grain] [rail, ferry] [timetable, cape] [storms]. */
const content = {
  "a1.md": article(1, headlines.keepers, "Minister of Transport Orsola Denk said on Tuesday that the lighthouse keepers of Velsk would return to the northern cape."),
  "a2.md": article(2, headlines.grain, "The Keldor Grain Board counted 4,000 tonnes of wheat in storage, its chair Ardo Pellin said."),
  "a3.md": article(3, headlines.rail, "The Orlen rail line will close for two weeks of repairs, Varnossa State Railways Company said."),
  "a4.md": article(4, headlines.ferry, "The Tavenna lighthouse got a new lamp on Friday, harbour master Tomas Rekk said."),
  "a5.md": article(5, headlines.timetable, "The Marsk ferry will sail twice a day from June, its captain Selin Marwood said."),
  "a6.md": article(6, headlines.cape, "Minister of Transport Orsola Denk opened the Brisk cape lighthouse to visitors on Saturday."),
  "a7.md": article(7, headlines.storms, "The Ostrel lighthouse survived the spring storms with a cracked window, keeper Pell Harrow said."),
};


let input: string;
let output: string;

/** Bundle folders of the index, as bundles.json lists them. */
function bundles(): string[] {
  return (JSON.parse(readFileSync(path.join(output, "pagefind", "bundles.json"), "utf8")) as { bundles: string[] }).bundles;
}

/** Every file of each shard bundle with its hash, by bundle folder. */
function shardHashes(): Record<string, Record<string, string>> {
  return Object.fromEntries(bundles().map((bundle) => [bundle, hashTree(path.join(output, "pagefind", bundle))]));
}

function pageCount(bundle: string): number {
  const entry = JSON.parse(readFileSync(path.join(output, "pagefind", bundle, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/** An incremental build as the command line runs it: from the articles the last build stored. */
async function rebuild(): Promise<void> {
  const result = await buildIncremental({ input, output }, createSiteLoader(readStoredArticles(input)));
  expect(result.mode).toBe("incremental");
}

beforeAll(async () => {
  process.env["SITE_NOW"] = "2031-03-29T12:00:00+05:00";
  input = tempContent(content);
  output = path.join(tempDir(), "site");
  // Two articles a shard; incremental builds keep the size of the stored plan.
  await buildSite({ input, output, searchShardSize: 2 });
});

afterAll(() => {
  delete process.env["SITE_NOW"];
});

describe("the sharded index on disk", () => {
  it("lists one bundle a shard, with the UI once beside them", () => {
    expect(bundles()).toEqual(["0/", "1/", "2/", "3/"]);
    expect(bundles().map(pageCount)).toEqual([2, 2, 2, 1]);
    for (const file of ["pagefind-ui.js", "pagefind-ui.css"]) {
      expect(existsSync(path.join(output, "pagefind", file)), file).toBe(true);
      expect(existsSync(path.join(output, "pagefind", "0", file)), `0/${file}`).toBe(false);
    }
  });
});

describe.skipIf(skipBrowserTests)("searching every shard in chromium", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(output);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens /search/?q=… in a fresh context; console errors and page errors are collected. */
  async function search(query: string, holdBack?: RegExp): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
    // A slow line, for the files that match: each arrives 1.5 s late.
    if (holdBack) {
      await context.route(holdBack, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
    }
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    const response = await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    return { page, problems, close: () => context.close() };
  }

  const resultTitles = async (page: Page): Promise<string[]> => (await page.locator(".pagefind-ui__result-title").allTextContents()).map((t) => t.trim()).sort();

  async function expectResults(page: Page, titles: readonly string[]): Promise<void> {
    await expect.poll(() => resultTitles(page), { timeout: 30_000 }).toEqual([...titles].sort());
  }

  /** Opens a (collapsed) filter group and shows all its values. */
  async function openFilterGroup(page: Page, group: string): Promise<void> {
    const block = page.locator("details.pagefind-ui__filter-block", { has: page.locator("summary", { hasText: new RegExp(`^${group}$`, "i") }) });
    await block.locator("summary").click();
    const more = block.locator("button.filter-more[aria-expanded=false]");
    if (await more.count()) await more.click();
  }

  it.each([
    ["as they come", undefined],
    // The first search then runs before the merged shards' filter lists are in, and counts
    // Orsola Denk once: the page must count her again once they are (sessions 8, 9 and 11 saw
    // that first count stay, with the whole suite running).
    ["with the merged shards' filter lists arriving late", /\/pagefind\/[1-9]\/filter\/[^/]+\.pf_filter$/],
  ])("finds a word in articles of every shard, and narrows them to a person named in two shards (files %s)", async (_, holdBack) => {
    const { page, problems, close } = await search("lighthouse", holdBack);
    try {
      await expectResults(page, [headlines.keepers, headlines.ferry, headlines.cape, headlines.storms]);
      const person = page.locator("label.pagefind-ui__filter-label", { hasText: "Orsola Denk" });
      // The filter counts come from both shards that name her.
      await expect.poll(() => person.textContent(), { timeout: 30_000 }).toMatch(/\(2\)/);
      await openFilterGroup(page, "person");
      await person.click();
      await expectResults(page, [headlines.keepers, headlines.cape]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("re-indexes only the shard of an edited article", async () => {
    const before = shardHashes();
    writeFileSync(path.join(input, "a3.md"), article(3, headlines.rail, "The Orlen rail line will close for two weeks of repairs to the lighthouse siding, Varnossa State Railways Company said."));
    await rebuild();
    const after = shardHashes();
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after["1/"]).not.toEqual(before["1/"]);
    for (const bundle of ["0/", "2/", "3/"]) expect(after[bundle], bundle).toEqual(before[bundle]);
    const { page, problems, close } = await search("lighthouse");
    try {
      await expectResults(page, [headlines.keepers, headlines.rail, headlines.ferry, headlines.cape, headlines.storms]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("puts a new article in the last shard, then opens a new one when that is full", async () => {
    const before = shardHashes();
    writeFileSync(path.join(input, "a8.md"), article(8, "Velsk lighthouse museum opens", "The Velsk lighthouse museum opened on Sunday, its director Ilse Varnholt said."));
    await rebuild();
    expect(bundles().map(pageCount)).toEqual([2, 2, 2, 2]);
    for (const bundle of ["0/", "1/", "2/"]) expect(shardHashes()[bundle], bundle).toEqual(before[bundle]);
    writeFileSync(path.join(input, "a9.md"), article(9, "Keldor lighthouse gets solar panels", "The Keldor lighthouse got solar panels on Monday, keeper Pell Harrow said."));
    await rebuild();
    expect(bundles()).toEqual(["0/", "1/", "2/", "3/", "4/"]);
    expect(pageCount("4/")).toBe(1);
    const { page, problems, close } = await search("lighthouse");
    try {
      await expect.poll(() => resultTitles(page), { timeout: 30_000 }).toContain("Keldor lighthouse gets solar panels");
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("drops the bundle of a shard whose articles were all deleted", async () => {
    rmSync(path.join(input, "a1.md"));
    rmSync(path.join(input, "a2.md"));
    await rebuild();
    expect(bundles()).toEqual(["1/", "2/", "3/", "4/"]);
    expect(existsSync(path.join(output, "pagefind", "0"))).toBe(false);
    const { page, problems, close } = await search("lighthouse");
    try {
      await expect.poll(() => resultTitles(page), { timeout: 30_000 }).toContain(headlines.cape);
      expect(await resultTitles(page)).not.toContain(headlines.keepers);
      // The first bundle is gone; the search page starts from whichever comes first now.
      await openFilterGroup(page, "person");
      await page.locator("label.pagefind-ui__filter-label", { hasText: "Orsola Denk" }).click();
      await expectResults(page, [headlines.cape]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
