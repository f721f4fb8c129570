/**
 * Search with Pagefind. The build indexes article pages only (lists and entity pages carry no
 * data-pagefind-body), with each article's people and organisations as filters. In Debian's
 * chromium, served as a host would serve the site, the search page finds a word in the seed and
 * in fictional articles, and narrows the results to one of the seed's people, to one of its
 * organisations and to a fictional organisation; a search in the address runs on arrival; no
 * Content-Security-Policy violation occurs; axe finds no WCAG 2.2 AA violation; without
 * JavaScript the page explains how to browse instead. Screenshots go to test-results/screenshots/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { type Browser, type Page } from "playwright-core";
import { chromiumPath, launchChromium, skipBrowserTests } from "../helpers/chromium.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlePageFiles, buildFixture, scanTags, serveStatic, type StaticServer } from "../helpers/built-site.ts";
import { projectRoot, seedFiles, seedHeadline } from "../helpers/seed.ts";

/** Fictional articles (invented people, organisations and places) that share a word with the seed: "education". */
const fictional = {
  "2031/orlen-education.md": `---
title: Orlen Valley University widens education for rail engineers
date: 2031-05-14T10:00:00+05:00
author: Mira Feldhaus
---
Minister of Trade Dariga Omarbekova-Lind said on Tuesday that Orlen Valley University would widen education for rail engineers with support from the Republic of Varnossa.

The Varnossa State Railways Company will fund forty places.
`,
  "2031/keldor-education.txt": `date 2031-06-02
KELDOR. Keldor Polytechnic will offer evening education in shipbuilding from September, its rector Ilse Varnholt said on Monday.
`,
  "2031/keldor-education.11tydata.json": JSON.stringify({ headline: "Keldor Polytechnic offers evening classes in shipbuilding" }),
  "2031/velsk-harbour.md": `---
title: Velsk harbour reopens after the winter storms
date: 2031-06-05
---
The harbour of Velsk reopened on Thursday after three months of storms, harbour master Tomas Rekk said.
`,
};
/** A reception that names many people (more than the ten filter values shown at first) and two organisations whose names sort differently by code point. */
const reception = {
  "2031/marsk-reception.md": `---
title: Marsk hosts the spring reception of the consuls
date: 2031-04-20
entities:
  add:
${["Aurel Brisk", "Benedek Ostrel", "Camilla Varn", "Dorin Kessel", "Edda Marsk", "Fenna Ravel", "Gorun Tavi", "Hedda Lunn", "Ivo Sandor", "Jarmila Pesk", "Keldor Arts Trust", "KELDOR Ferry Guild"].map((name) => `    - { name: ${name}, type: ${/Trust|Guild/.test(name) ? "organisation" : "person"} }`).join("\n")}
---
The consuls of eleven fictional countries met in Marsk on Friday for the spring reception.
`,
};
const orlenHeadline = "Orlen Valley University widens education for rail engineers";
const keldorHeadline = "Keldor Polytechnic offers evening classes in shipbuilding";

/** The browser globals the evaluate callbacks use (the project's tsconfig has no DOM library). */
declare const document: {
  addEventListener(type: string, listener: (event: { violatedDirective: string; blockedURI: string }) => void): void;
};
declare const window: Record<string, unknown>;

if (skipBrowserTests) console.warn(`test/browser/search.test.ts: browser checks skipped, ${chromiumPath} is not installed (apt-get install chromium)`);
const screenshots = path.join(projectRoot, "test-results", "screenshots");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Fragment {
  readonly url: string;
  readonly filters: Record<string, string[]>;
  readonly meta: Record<string, string>;
}

/** The shard bundles the build lists for the search page, as folders of the site. */
function bundleFolders(site: string): string[] {
  const list = JSON.parse(readFileSync(path.join(site, "pagefind", "bundles.json"), "utf8")) as { bundles: string[] };
  return list.bundles.map((bundle) => path.join(site, "pagefind", bundle));
}

/** Pagefind's page fragments of every shard: gzip, a "pagefind_dcd" signature, then JSON. */
function readFragments(site: string): Fragment[] {
  return bundleFolders(site).flatMap((bundle) => {
    const dir = path.join(bundle, "fragment");
    return readdirSync(dir).map((name) => {
      const text = gunzipSync(readFileSync(path.join(dir, name))).toString("utf8");
      return JSON.parse(text.slice(text.indexOf("{"))) as Fragment;
    });
  });
}

let output: string;

beforeAll(async () => {
  ({ output } = await buildFixture({ ...seedFiles, ...fictional, ...reception }));
});

describe("the search index the build writes", () => {
  it("holds every article page and nothing else, with title, date and the entity filters", () => {
    const fragments = readFragments(output);
    const articleUrls = articlePageFiles(output).map((file) => `/${file.replace(/index\.html$/, "")}`).sort();
    expect(articleUrls).toHaveLength(5);
    expect(fragments.map((f) => f.url).sort()).toEqual(articleUrls);
    const seed = fragments.find((f) => f.meta["title"] === seedHeadline)!;
    expect(seed.meta["date"]).toBe("2026-02-26T17:00:00+05:00");
    expect(seed.filters["person"]).toEqual(expect.arrayContaining(["Yermek Kosherbayev"]));
    expect(seed.filters["organisation"]).toEqual(expect.arrayContaining(["Cardiff University"]));
    // Five articles are one shard at the default size.
    const bundles = bundleFolders(output);
    expect(bundles.map((bundle) => path.relative(output, bundle))).toEqual(["pagefind/0"]);
    const entry = JSON.parse(readFileSync(path.join(bundles[0]!, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(5);
  });

  it("gives the search page, alone, a policy that lets Pagefind's WebAssembly run", () => {
    const policyOf = (file: string): string => {
      const tags = scanTags(readFileSync(path.join(output, file), "utf8"));
      return tags.find((t) => t.name === "meta" && t.attributes.get("http-equiv") === "Content-Security-Policy")!.attributes.get("content")!;
    };
    expect(policyOf("search/index.html")).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policyOf("index.html")).toContain("script-src 'self';");
    const scripts = scanTags(readFileSync(path.join(output, "search/index.html"), "utf8")).filter((t) => t.name === "script" && t.attributes.has("src"));
    expect(scripts.map((t) => t.attributes.get("src"))).toEqual(["/pagefind/pagefind-ui.js", "/assets/search.js"]);
    for (const file of ["pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css", "assets/search.js"]) expect(existsSync(path.join(output, file)), file).toBe(true);
  });
});

describe.skipIf(skipBrowserTests)("the search page in chromium", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await serveStatic(output);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page that records CSP violations and console errors. */
  async function openSearch(url: string, javaScriptEnabled = true): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled, reducedMotion: "reduce" });
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    await page.exposeFunction("reportViolation", (text: string) => problems.push(`CSP: ${text}`));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window["reportViolation"] as (text: string) => void)(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const response = await page.goto(`${server.url}${url}`, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    return { page, problems, close: () => context.close() };
  }

  const resultTitles = async (page: Page): Promise<string[]> => (await page.locator(".pagefind-ui__result-title").allTextContents()).map((t) => t.trim()).sort();

  /** Waits until the results list shows exactly `titles`. */
  async function expectResults(page: Page, titles: readonly string[]): Promise<void> {
    await expect.poll(() => resultTitles(page), { timeout: 30_000 }).toEqual([...titles].sort());
  }

  /** Ticks or unticks a filter value, opening its (collapsed) group and showing all its values first. */
  async function toggleFilter(page: Page, value: string): Promise<void> {
    const label = page.locator("label.pagefind-ui__filter-label", { hasText: value });
    if (!(await label.isVisible())) {
      const block = page.locator("details.pagefind-ui__filter-block", { has: label });
      if (!(await block.evaluate((details) => (details as unknown as { open: boolean }).open))) await block.locator("summary").click();
      const more = block.locator("button.filter-more[aria-expanded=false]");
      if (await more.count()) await more.click();
    }
    await label.click();
  }

  /** The filter values a reader sees in one group, in the order shown: name and count. */
  async function shownFilterValues(page: Page, group: string): Promise<[string, number][]> {
    const block = page.locator("details.pagefind-ui__filter-block", { has: page.locator("summary", { hasText: new RegExp(`^${group}$`, "i") }) });
    const rows = await block.locator(".pagefind-ui__filter-value").evaluateAll((elements) =>
      elements.map((element) => {
        const row = element as unknown as { hidden: boolean; getBoundingClientRect(): { top: number; height: number }; querySelector(s: string): { value?: string; textContent: string | null } | null };
        const box = row.getBoundingClientRect();
        return { hidden: row.hidden || box.height === 0, top: box.top, name: row.querySelector("input")?.value ?? "", label: row.querySelector("label")?.textContent ?? "" };
      }),
    );
    return rows
      .filter((row) => !row.hidden)
      .sort((a, b) => a.top - b.top)
      .map((row) => [row.name, Number(/\((\d+)\)\s*$/.exec(row.label)?.[1] ?? -1)]);
  }

  it("finds a word, and narrows the results by a person and by an organisation", async () => {
    const { page, problems, close } = await openSearch("/search/");
    try {
      const input = page.getByRole("textbox", { name: "Search the news" });
      await input.fill("education");
      await expectResults(page, [seedHeadline, orlenHeadline, keldorHeadline]);
      await expect.poll(() => page.locator(".pagefind-ui__message").textContent(), { timeout: 30_000 }).toContain("3 results");
      // One of the seed's people: only the seed names him.
      await toggleFilter(page, "Yermek Kosherbayev");
      await expectResults(page, [seedHeadline]);
      await page.screenshot({ path: path.join(screenshots, "search-filtered-1280.png"), fullPage: true });
      await toggleFilter(page, "Yermek Kosherbayev");
      await expectResults(page, [seedHeadline, orlenHeadline, keldorHeadline]);
      // One of the seed's organisations.
      await toggleFilter(page, "Cardiff University");
      await expectResults(page, [seedHeadline]);
      await toggleFilter(page, "Cardiff University");
      // A fictional organisation, named by one of the fictional articles only.
      await toggleFilter(page, "Orlen Valley University");
      await expectResults(page, [orlenHeadline]);
      // Results link to the article pages.
      const href = await page.locator(".pagefind-ui__result-link").first().getAttribute("href");
      expect(href).toMatch(/^\/news\/2031\/05\/14\/orlen-valley-university-widens-education-for-rail-engineers\/$/);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("keeps the filters collapsed and short at 390 px: most frequent first, then by name ignoring case, the top 10 with a button for the rest", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, reducedMotion: "reduce" });
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/search/?q=education`, { waitUntil: "load" });
      await expectResults(page, [seedHeadline, orlenHeadline, keldorHeadline]);
      const blocks = page.locator("details.pagefind-ui__filter-block");
      await expect.poll(() => blocks.count(), { timeout: 30_000 }).toBe(2);
      expect(await blocks.evaluateAll((all) => all.map((d) => (d as unknown as { open: boolean }).open))).toEqual([false, false]);
      // Collapsed, the filters take a few lines: the first result is in sight on a phone.
      const firstResult = await page.locator(".pagefind-ui__result").first().boundingBox();
      expect(firstResult!.y).toBeLessThan(800);
      await page.locator("summary", { hasText: /^person$/i }).click();
      // The counts follow the search a moment after the results.
      await expect.poll(async () => (await shownFilterValues(page, "person")).find(([name]) => name === "Yermek Kosherbayev"), { timeout: 30_000 }).toEqual(["Yermek Kosherbayev", 1]);
      const top = await shownFilterValues(page, "person");
      expect(top.length).toBe(10);
      const byCountThenName = (a: [string, number], b: [string, number]): number => b[1] - a[1] || a[0].localeCompare(b[0], "en", { sensitivity: "base", numeric: true });
      expect(top).toEqual([...top].sort(byCountThenName));
      // Named in a result beats first in the alphabet: Yermek Kosherbayev (in the seed) before Aurel Brisk (in no result).
      const names = top.map(([name]) => name);
      expect(names.indexOf("Yermek Kosherbayev")).toBeGreaterThanOrEqual(0);
      expect(names.indexOf("Yermek Kosherbayev")).toBeLessThan(names.indexOf("Aurel Brisk"));
      const more = page.locator("details.pagefind-ui__filter-block", { has: page.locator("summary", { hasText: /^person$/i }) }).locator("button.filter-more");
      const total = Number(/\d+/.exec((await more.textContent()) ?? "")![0]);
      expect(total).toBeGreaterThan(10);
      await more.click();
      expect(await more.getAttribute("aria-expanded")).toBe("true");
      const all = await shownFilterValues(page, "person");
      expect(all).toHaveLength(total);
      expect(all).toEqual([...all].sort(byCountThenName));
      // Organisations: equal counts by name as a reader sorts it, not capitals first.
      await page.locator("summary", { hasText: /^organisation$/i }).click();
      const moreOrganisations = page.locator("details.pagefind-ui__filter-block", { has: page.locator("summary", { hasText: /^organisation$/i }) }).locator("button.filter-more");
      if (await moreOrganisations.count()) await moreOrganisations.click();
      const organisations = (await shownFilterValues(page, "organisation")).map(([name]) => name);
      expect(organisations.indexOf("Keldor Arts Trust")).toBeLessThan(organisations.indexOf("KELDOR Ferry Guild"));
      // Nothing scrolls sideways.
      expect(await page.evaluate(() => (globalThis as unknown as { document: { scrollingElement: { scrollWidth: number } } }).document.scrollingElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: path.join(screenshots, "search-filters-390.png"), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it("counts the filter values in the results even when the filter lists arrive after them", async () => {
    // On a slow line Pagefind's filter lists can arrive after the first search has run, which
    // then counts only the lists it has; its UI kept those counts (or the whole index's) until
    // the reader searched again. Here every filter list is held back for 1.5 s.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
    let heldBack = 0;
    await context.route(/\/filter\/[^/]+\.pf_filter$/, async (route) => {
      heldBack += 1;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/search/?q=education`, { waitUntil: "load" });
      await expectResults(page, [seedHeadline, orlenHeadline, keldorHeadline]);
      await page.locator("summary", { hasText: /^person$/i }).click();
      const counted = async (): Promise<[string, number][]> => (await shownFilterValues(page, "person")).filter(([, count]) => count > 0).sort();
      await expect.poll(counted, { timeout: 30_000 }).toEqual([["Dariga Omarbekova-Lind", 1], ["Ilse Varnholt", 1], ["Prince Edward", 1], ["Yermek Kosherbayev", 1]]);
      expect(heldBack).toBeGreaterThan(0);
      // Counted, the values named in the results lead the group.
      expect((await shownFilterValues(page, "person")).slice(0, 4).map(([name]) => name)).toEqual(["Dariga Omarbekova-Lind", "Ilse Varnholt", "Prince Edward", "Yermek Kosherbayev"]);
    } finally {
      await context.close();
    }
  });

  it("runs the search given in the address and shows dates as the site does", async () => {
    const { page, problems, close } = await openSearch("/search/?q=shipbuilding");
    try {
      await expectResults(page, [keldorHeadline]);
      expect(await page.getByRole("textbox", { name: "Search the news" }).inputValue()).toBe("shipbuilding");
      expect((await page.locator(".pagefind-ui__result-tag").allTextContents()).map((t) => t.trim())).toContain("Date: 2 June 2031");
      await page.screenshot({ path: path.join(screenshots, "search-1280.png"), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("has no axe violations (WCAG 2.2 AA) with results and filters shown", async () => {
    // axe is injected as an inline script, which the page's policy refuses: this context bypasses it.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, reducedMotion: "reduce" });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/search/?q=education`, { waitUntil: "load" });
      await expectResults(page, [seedHeadline, orlenHeadline, keldorHeadline]);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        type Result = { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
        const runner = window["axe"] as { run(context: unknown, options: object): Promise<Result> };
        const result = await runner.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
        return result.violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      });
      expect(violations, violations.join("\n")).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("says how to browse instead when JavaScript is off", async () => {
    const { page, close } = await openSearch("/search/", false);
    try {
      await expect.poll(() => page.locator(".search-fallback").isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await page.locator(".search-fallback").textContent()).toMatch(/needs JavaScript/);
      const links = await page.locator(".browse a").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
      expect(links).toEqual(["/", "/people/", "/organisations/", "/news/"]);
      expect(await page.locator(".pagefind-ui").count()).toBe(0);
      await page.screenshot({ path: path.join(screenshots, "search-no-javascript-1280.png"), fullPage: true });
    } finally {
      await close();
    }
  });
});
