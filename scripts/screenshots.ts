/**
 * `node --import tsx scripts/screenshots.ts`: the README's screenshots, made from the demo site
 * (the seed article plus fictional articles) in Debian's chromium at 1280 px, light scheme:
 * docs/screenshots/article.png (the seed article) and docs/screenshots/entity.png (an entity
 * page). PNGs are palette-quantised with sharp so that each stays well under 200 KB.
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
const target = path.join(projectRoot, "docs", "screenshots");
const shots = [
  { file: "article.png", path: seedArticlePath },
  { file: "entity.png", path: demoEntityPath },
] as const;
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
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, colorScheme: "light", reducedMotion: "reduce" });
      // Nothing leaves the machine.
      await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
      const page = await context.newPage();
      mkdirSync(target, { recursive: true });
      for (const shot of shots) {
        const response = await page.goto(`${server.url}${shot.path}`, { waitUntil: "load" });
        if (response?.status() !== 200) throw new Error(`${shot.path}: status ${response?.status()}`);
        const png = await page.screenshot({ fullPage: true });
        const optimised = await sharp(png).png({ palette: true, colours: 128, dither: 0.6, compressionLevel: 9, effort: 10 }).toBuffer();
        const file = path.join(target, shot.file);
        writeFileSync(file, optimised);
        const bytes = statSync(file).size;
        console.log(`screenshots: ${path.relative(projectRoot, file)} ${Math.round(bytes / 1024)} KB (${shot.path})`);
        if (bytes > maxBytes) throw new Error(`${shot.file} is ${bytes} bytes, over ${maxBytes}`);
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
