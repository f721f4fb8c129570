/**
 * `npm run screenshots [-- --out=DIR]`: the README's screenshots, made from the demo site (the
 * seed article plus three months of fictional news, src/cli/demo-articles.ts) in Debian's
 * chromium, light scheme, into docs/screenshots/ (or DIR): the front page at every width the
 * layout is checked at (320, 390, 768, 1280, 1920 px), the other page kinds at a phone's and a
 * desktop's width. PNGs are palette-quantised with sharp so that each stays under 200 KB.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import sharp from "sharp";
import { buildSite } from "../src/cli/build-site.ts";
import { chromiumFlags, chromiumPath, demoEntityPath, seedArticlePath, serveStatic, writeDemoContent } from "../src/cli/demo-site.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outFlag = process.argv.slice(2).find((arg) => arg.startsWith("--out="));
const target = outFlag ? path.resolve(outFlag.slice("--out=".length)) : path.join(projectRoot, "docs", "screenshots");
const allWidths = [320, 390, 768, 1280, 1920] as const;
const shots: readonly { readonly name: string; readonly path: string; readonly widths: readonly number[] }[] = [
  { name: "home", path: "/", widths: allWidths },
  { name: "home-page-2", path: "/page/2/", widths: [390, 1280] },
  { name: "article", path: seedArticlePath, widths: [390, 1280] },
  { name: "entity", path: demoEntityPath, widths: [390, 1280] },
  { name: "year-archive", path: "/news/2031/", widths: [390, 1280] },
  { name: "search", path: "/search/?q=grain", widths: [390, 1280] },
  { name: "feeds", path: "/feeds/", widths: [390, 1280] },
];
const maxBytes = 200 * 1024;

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), "wireroom-screenshots-"));
  const server = await serveStatic(path.join(work, "site"));
  try {
    await writeDemoContent(path.join(work, "content"));
    process.env["SITE_URL"] = server.url;
    await buildSite({ input: path.join(work, "content"), output: path.join(work, "site") });
    const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumFlags] });
    try {
      mkdirSync(target, { recursive: true });
      for (const width of allWidths) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, colorScheme: "light", reducedMotion: "reduce" });
        // Nothing leaves the machine.
        await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
        const page = await context.newPage();
        for (const shot of shots.filter((s) => s.widths.includes(width))) {
          const response = await page.goto(`${server.url}${shot.path}`, { waitUntil: "load" });
          if (response?.status() !== 200) {
            console.warn(`screenshots: ${shot.path} answered ${response?.status()}; skipped`);
            continue;
          }
          // The search page fills in its results after load.
          if (shot.name === "search") await page.waitForSelector(".pagefind-ui__result", { timeout: 10_000 }).catch(() => undefined);
          const png = await page.screenshot({ fullPage: true });
          const optimised = await sharp(png).png({ palette: true, colours: 128, dither: 0.6, compressionLevel: 9, effort: 10 }).toBuffer();
          const file = path.join(target, `${shot.name}-${width}.png`);
          writeFileSync(file, optimised);
          const bytes = statSync(file).size;
          console.log(`screenshots: ${path.relative(projectRoot, file)} ${Math.round(bytes / 1024)} KB (${shot.path})`);
          if (bytes > maxBytes) throw new Error(`${file} is ${bytes} bytes, over ${maxBytes}`);
        }
        await context.close();
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
