/**
 * What readers notice, in Debian's chromium on the fixture site (fictional people, places and
 * organisations) served as a host would serve it: the front page's hierarchy at every width it
 * is designed for, year pages that list headlines, an entity's chart and co-mentions, and feeds
 * a person can follow without a browser showing XML. Screenshots go to test-results/screenshots/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtSite, serveStatic, siteOrigin, type StaticServer } from "../helpers/built-site.ts";
import { chromiumPath, hasChromium, launchChromium } from "../helpers/chromium.ts";
import { projectRoot } from "../helpers/seed.ts";

/** The browser globals the evaluate callbacks use (the project's tsconfig has no DOM library). */
declare const document: { readonly scrollingElement: { readonly scrollWidth: number } | null };
declare const window: { readonly innerWidth: number; getSelection(): { toString(): string } | null };

if (!hasChromium) console.warn(`test/browser/readers.test.ts: skipped, ${chromiumPath} is not installed (apt-get install chromium)`);
const screenshots = path.join(projectRoot, "test-results", "screenshots");
const widths = [320, 390, 768, 1280, 1920] as const;

describe.skipIf(!hasChromium)("what readers see, in chromium", () => {
  let output: string;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    ({ output } = await builtSite());
    mkdirSync(screenshots, { recursive: true });
    server = await serveStatic(output);
    browser = await launchChromium();
    context = await browser.newContext({ reducedMotion: "reduce" });
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  async function open(page: Page, sitePath: string, width: number): Promise<void> {
    await page.setViewportSize({ width, height: 900 });
    const response = await page.goto(`${server.url}${sitePath}`, { waitUntil: "load" });
    expect(response?.status(), sitePath).toBe(200);
  }

  const box = async (page: Page, selector: string) => {
    const found = await page.locator(selector).first().boundingBox();
    expect(found, selector).not.toBeNull();
    return found!;
  };

  for (const width of widths) {
    it(`lays out the front page at ${width} px: a lead, three secondary stories, the river, kickers, "In the news", nothing sideways`, async () => {
      const page = await context.newPage();
      try {
        for (const sitePath of ["/", "/page/2/"]) {
          await open(page, sitePath, width);
          expect(await page.locator(".front-lead .lead-story").count(), sitePath).toBe(1);
          expect(await page.locator(".front-secondary > li").count(), sitePath).toBe(3);
          expect(await page.locator(".river .teaser").count(), sitePath).toBeGreaterThan(0);
          // A card has a kicker when its article names someone: all but a story or two of the fixture do.
          const cards = await page.locator("article.card").count();
          expect(await page.locator("article.card .kicker").count(), sitePath).toBeGreaterThanOrEqual(cards - 2);
          expect(await page.locator(".in-the-news .chip").count(), sitePath).toBeGreaterThan(0);
          const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
          expect(scrollWidth, `${sitePath} at ${width} px scrolls sideways`).toBeLessThanOrEqual(innerWidth);
          const lead = await box(page, ".front-lead");
          const strip = await box(page, ".in-the-news");
          const secondary = (await page.locator(".front-secondary > li").all()).map((li) => li.boundingBox());
          const rows = await Promise.all(secondary);
          if (width >= 1024) {
            // The strip stands beside the lead, not under it: no empty third of the screen.
            expect(strip.x).toBeGreaterThan(lead.x + lead.width - 1);
            expect(strip.y).toBeLessThan(lead.y + lead.height);
          } else {
            expect(strip.y).toBeGreaterThan(lead.y + lead.height - 1);
          }
          if (width >= 768) {
            // The secondary stories stand in one row under the lead.
            expect(new Set(rows.map((r) => Math.round(r!.y))).size).toBe(1);
            expect(rows[0]!.y).toBeGreaterThan(lead.y + lead.height - 1);
          } else {
            expect(rows[1]!.y).toBeGreaterThan(rows[0]!.y);
          }
          await page.screenshot({ path: path.join(screenshots, `front${sitePath === "/" ? "" : "-page-2"}-${width}.png`), fullPage: true });
        }
      } finally {
        await page.close();
      }
    });
  }

  it("names who was in the news in the week up to the newest article", async () => {
    const page = await context.newPage();
    try {
      await open(page, "/", 1280);
      // The newest fixture article is from 18 June 2031.
      expect(await page.locator(".in-the-news-window").textContent()).toBe("Most named from 12 June 2031 to 18 June 2031");
      const first = page.locator(".in-the-news .chip").first();
      expect(await first.getAttribute("href")).toMatch(/^\/(people|organisations)\/[a-z0-9-]+\/$/);
    } finally {
      await page.close();
    }
  });

  it("lists a year's headlines by month, each month linked to its page", async () => {
    const page = await context.newPage();
    try {
      await open(page, "/news/2031/", 390);
      const months = await page.locator(".archive-month-title a").allTextContents();
      expect(months).toEqual(["June 2031", "May 2031", "April 2031", "March 2031"]);
      const headlines = page.locator(".archive-month").filter({ hasText: "May 2031" }).locator(".headline-list a");
      expect(await headlines.count()).toBeGreaterThan(1);
      const href = (await headlines.first().getAttribute("href"))!;
      expect(href).toMatch(/^\/news\/2031\/05\/\d\d\/[a-z0-9-]+\/$/);
      // One click from the year to an article.
      await headlines.first().click();
      expect(new URL(page.url()).pathname).toBe(href);
      await page.screenshot({ path: path.join(screenshots, "year-archive-click-390.png") });
    } finally {
      await page.close();
    }
  });

  it("charts an entity's articles per month and lists as co-mentioned only those sharing two articles", async () => {
    const page = await context.newPage();
    try {
      await open(page, "/organisations/orlen-valley-university/", 1280);
      const chart = page.locator("figure.month-chart svg[role=img]");
      expect(await chart.count()).toBe(1);
      expect(await chart.getAttribute("aria-label")).toMatch(/^Articles per month: (\w+ 2031, \d+; )+\w+ 2031, \d+\.$/);
      expect(await page.locator("figure.month-chart rect.bar").count()).toBeGreaterThanOrEqual(3);
      const shared = (await page.locator(".co-mentioned .count").allTextContents()).map((t) => Number(t.replace(/\D/g, "")));
      for (const count of shared) expect(count).toBeGreaterThanOrEqual(2);
    } finally {
      await page.close();
    }
  });

  it("gives feeds a page for people: what a feed is, addresses selected with one click and no script", async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, reducedMotion: "reduce" });
    await noScript.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
    const page = await noScript.newPage();
    try {
      await open(page, "/", 390);
      // The footer leads to the feeds page; the head keeps pointing feed readers at the XML.
      await page.locator(".site-footer a", { hasText: "Feeds" }).click();
      expect(new URL(page.url()).pathname).toBe("/feeds/");
      expect(await page.locator("main").textContent()).toContain("A feed lets you follow");
      const address = page.locator("code.feed-url").first();
      expect(await address.textContent()).toBe(`${siteOrigin}/feed.xml`);
      await address.click();
      expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(`${siteOrigin}/feed.xml`);
      expect(await page.locator('link[rel=alternate][type="application/rss+xml"]').first().getAttribute("href")).toBe(`${siteOrigin}/feed.xml`);
      expect(await page.locator(".back-link a").getAttribute("href")).toBe("/");
      await page.screenshot({ path: path.join(screenshots, "feeds-390.png"), fullPage: true });
      // An entity's "Follow" opens its feed's address, and links to the feeds page.
      await open(page, "/organisations/orlen-valley-university/", 390);
      const follow = page.locator("details.follow");
      expect(await follow.locator("code.feed-url").isVisible()).toBe(false);
      await follow.locator("summary").click();
      expect(await follow.locator("code.feed-url").textContent()).toBe(`${siteOrigin}/organisations/orlen-valley-university/feed.xml`);
      expect(await follow.locator("a").getAttribute("href")).toBe("/feeds/");
    } finally {
      await noScript.close();
    }
  });

  it("serves feeds without an XSL stylesheet, which browsers are removing", () => {
    for (const file of ["feed.xml", "organisations/orlen-valley-university/feed.xml"]) {
      const xml = readFileSync(path.join(output, file), "utf8");
      expect(xml).not.toContain("xml-stylesheet");
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<rss /);
    }
  });
});
