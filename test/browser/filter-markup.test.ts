/**
 * Markup in a person's name, on the search page in Debian's chromium: the filter panel shows the
 * name as text; no link and no image from it exists in the page (fictional names only).
 */
import path from "node:path";
import { type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { serveStatic, type StaticServer } from "../helpers/built-site.ts";
import { hasChromium, launchChromium } from "../helpers/chromium.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

const phishing = `<a href="https://evil.example/login">Log in again</a> Kay`;
const image = `Marta <img src=x onerror="window.injected=1"> Oslund`;
const article = `---\ntitle: Velsk port opens to grain ships\ndate: 2031-05-20T09:30:00+02:00\nentities:\n  add:\n    - { name: ${JSON.stringify(phishing)}, type: person }\n    - { name: ${JSON.stringify(image)}, type: person }\n---\nThe port of Velsk opened to grain ships on Monday, said Tomas Rekk, head of the Kessel Port Authority.\n`;

describe.skipIf(!hasChromium)("markup in a name on the search page", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    const output = path.join(tempDir(), "site");
    await buildSite({ input: tempContent({ "port.md": article }), output });
    server = await serveStatic(output);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("is shown as text in the filter panel, never as a link or an image", async () => {
    const context = await browser.newContext();
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/search/?q=grain`, { waitUntil: "load" });
      const labels = page.locator("label.pagefind-ui__filter-label");
      await expect.poll(() => labels.allTextContents(), { timeout: 30_000 }).toEqual(expect.arrayContaining([expect.stringContaining("Log in again")]));
      expect(await page.locator('a[href*="evil.example"]').count()).toBe(0);
      expect(await page.locator(".pagefind-ui__filter-label img").count()).toBe(0);
      expect(await page.evaluate(() => (globalThis as unknown as { injected?: number }).injected)).toBeUndefined();
    } finally {
      await context.close();
    }
  });
});
