/**
 * The fixture site in a real browser (Debian's chromium through playwright-core), served by a
 * static server as a host would serve it: axe-core finds no WCAG 2.2 A/AA violation at a phone
 * and a desktop width, nothing scrolls sideways at 320 px, the skip link is the first stop of
 * the keyboard, shows itself and moves focus to main, and links show a visible focus ring.
 * Screenshots of every page at both widths go to test-results/screenshots/ (not committed).
 */
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { chromiumPath, launchChromium, skipBrowserTests } from "../helpers/chromium.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtSite, entityPageFiles, serveStatic, sitePathOf, type StaticServer } from "../helpers/built-site.ts";
import { projectRoot, seedPagePath } from "../helpers/seed.ts";

/** The browser globals the page.evaluate callbacks use (the project's tsconfig has no DOM library). */
interface BrowserElement {
  readonly tagName: string;
  readonly id: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { top: number; left: number; bottom: number; right: number; width: number; height: number };
  matches(selector: string): boolean;
}
declare const window: { readonly innerWidth: number; readonly innerHeight: number };
declare const document: { readonly activeElement: BrowserElement | null; readonly scrollingElement: { readonly scrollWidth: number } | null };
declare function getComputedStyle(element: BrowserElement): { readonly outlineStyle: string; readonly outlineWidth: string };

if (skipBrowserTests) console.warn(`test/browser/accessibility.test.ts: skipped, ${chromiumPath} is not installed (apt-get install chromium)`);

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const widths = [360, 1280] as const;
const screenshots = path.join(projectRoot, "test-results", "screenshots");

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary?: string }[];
}

interface PageToCheck {
  readonly name: string;
  readonly path: string;
  readonly status: number;
}

describe.skipIf(skipBrowserTests)("the fixture site in chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const pages: PageToCheck[] = [
    { name: "home", path: "/", status: 200 },
    { name: "home-page-2", path: "/page/2/", status: 200 },
    { name: "article-seed", path: sitePathOf(seedPagePath), status: 200 },
    // The rich Markdown article: headings, lists, a quote, a code block, an (unloaded) image.
    { name: "article-markdown", path: "/news/2031/05/20/varnossa-and-keldoria-sign-a-grain-for-rail-deal/", status: 200 },
    { name: "people", path: "/people/", status: 200 },
    { name: "organisations", path: "/organisations/", status: 200 },
    { name: "month-archive", path: "/news/2031/05/", status: 200 },
    { name: "year-archive", path: "/news/2031/", status: 200 },
    { name: "feeds", path: "/feeds/", status: 200 },
    // An entity named in three months or more: its page has the chart of articles per month.
    { name: "entity-with-chart", path: "/organisations/orlen-valley-university/", status: 200 },
    { name: "not-found", path: "/no-such-page/", status: 404 },
  ];
  const results: string[] = [];

  beforeAll(async () => {
    const { output } = await builtSite();
    // An entity page of each type, picked from what the build found (detection decides which).
    const entities = entityPageFiles(output);
    for (const section of ["people", "organisations"]) {
      const file = entities.find((f) => f.startsWith(`${section}/`));
      if (file) pages.push({ name: `entity-${section}`, path: sitePathOf(file), status: 200 });
      else console.warn(`accessibility: the fixture site has no /${section}/<slug>/ page yet; checking the other pages only`);
    }
    mkdirSync(screenshots, { recursive: true });
    server = await serveStatic(output);
    browser = await launchChromium();
    // The pages forbid inline scripts (CSP); axe is injected as one, so the context bypasses CSP.
    context = await browser.newContext({ bypassCSP: true, reducedMotion: "reduce" });
    // Nothing leaves the machine: external images and links are not the site's to test.
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (results.length) console.info(`axe (${wcagTags.join(", ")}):\n${results.join("\n")}`);
  });

  async function open(page: Page, target: PageToCheck): Promise<void> {
    const response = await page.goto(`${server.url}${target.path}`, { waitUntil: "load" });
    expect(response?.status(), `${target.path} status`).toBe(target.status);
  }

  /** Runs axe on the page; fails when axe checked nothing (a check that cannot fail is no check). */
  async function axe(page: Page): Promise<AxeViolation[]> {
    await page.addScriptTag({ content: axeSource });
    const { violations, passes } = await page.evaluate(async (tags) => {
      type Result = { violations: AxeViolation[]; passes: unknown[] };
      const runner = (window as unknown as { axe: { run(context: unknown, options: object): Promise<Result> } }).axe;
      const result = await runner.run(document, { runOnly: { type: "tag", values: tags } });
      return {
        violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })),
        passes: result.passes.length,
      };
    }, wcagTags);
    expect(passes + violations.length, "rules axe applied").toBeGreaterThan(5);
    return violations;
  }

  function describeViolations(violations: readonly AxeViolation[]): string {
    return violations
      .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, " ") ?? ""}`).join("\n")}`)
      .join("\n");
  }

  it("axe finds the faults of a broken page (the check can fail)", async () => {
    const page = await context.newPage();
    try {
      await page.setContent('<!doctype html><html><head><title>x</title></head><body><img src="/favicon.svg"><a href="/"></a><p style="color:#ccc;background:#fff">faint</p></body></html>');
      const ids = (await axe(page)).map((v) => v.id).sort();
      expect(ids).toEqual(expect.arrayContaining(["color-contrast", "html-has-lang", "image-alt", "link-name"]));
    } finally {
      await page.close();
    }
  });

  for (const width of widths) {
    // Colours do not change with the width: the dark scheme is checked at the phone width only.
    const schemes = width === 360 ? (["light", "dark"] as const) : (["light"] as const);
    it(`has no axe violations on any page at ${width} px, ${schemes.join(" and ")} (screenshots taken)`, async () => {
      const failures: string[] = [];
      for (const scheme of schemes) {
        const page = await context.newPage();
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme: scheme });
        try {
          for (const target of pages) {
            await open(page, target);
            if (scheme === "light") await page.screenshot({ path: path.join(screenshots, `${target.name}-${width}.png`), fullPage: true });
            const violations = await axe(page);
            results.push(`  ${target.path} at ${width} px, ${scheme}: ${violations.length} violations`);
            if (violations.length) failures.push(`${target.path} at ${width} px (${scheme}):\n${describeViolations(violations)}`);
          }
        } finally {
          await page.close();
        }
      }
      expect(failures, failures.join("\n\n")).toEqual([]);
    });
  }

  it("never scrolls sideways at 320 px", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    const overflowing: string[] = [];
    try {
      for (const target of pages) {
        await open(page, target);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
        if (scrollWidth > innerWidth) overflowing.push(`${target.path}: ${scrollWidth} px wide in a ${innerWidth} px window`);
      }
    } finally {
      await page.close();
    }
    expect(overflowing, overflowing.join("\n")).toEqual([]);
  });

  it("has a skip link that is the first stop of the keyboard, shows on focus and moves focus to main", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    try {
      for (const target of pages) {
        await open(page, target);
        const hidden = await page.locator("a.skip-link").boundingBox();
        expect(hidden, `${target.path}: a skip link`).not.toBeNull();
        expect(hidden!.y + hidden!.height, `${target.path}: the skip link is out of sight before focus`).toBeLessThanOrEqual(0);
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const element = document.activeElement;
          const box = element?.getBoundingClientRect();
          return {
            tag: element?.tagName.toLowerCase(),
            href: element?.getAttribute("href"),
            text: element?.textContent?.trim(),
            visible: !!box && box.width > 1 && box.height > 1 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth,
          };
        });
        expect(focused, `${target.path}: the first Tab stop`).toEqual({ tag: "a", href: "#main", text: "Skip to content", visible: true });
        await page.keyboard.press("Enter");
        expect(await page.evaluate(() => document.activeElement?.id), `${target.path}: focus after the skip link`).toBe("main");
      }
    } finally {
      await page.close();
    }
  });

  it("shows a visible focus indicator on links reached with the keyboard", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    try {
      for (const target of pages) {
        await open(page, target);
        // Tab past the skip link: the site name, then the section links, all ordinary links.
        for (let stop = 1; stop <= 3; stop++) {
          await page.keyboard.press("Tab");
          const ring = await page.evaluate(() => {
            const element = document.activeElement!;
            const style = getComputedStyle(element);
            return { tag: element.tagName.toLowerCase(), outlineStyle: style.outlineStyle, outlineWidth: Number.parseFloat(style.outlineWidth), focusVisible: element.matches(":focus-visible") };
          });
          expect(ring.tag, `${target.path}: Tab stop ${stop}`).toBe("a");
          expect(ring.focusVisible).toBe(true);
          expect(ring.outlineStyle, `${target.path}: Tab stop ${stop} outline`).not.toBe("none");
          expect(ring.outlineWidth, `${target.path}: Tab stop ${stop} outline width`).toBeGreaterThan(0);
        }
      }
    } finally {
      await page.close();
    }
  });
});
