import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { buildSite } from "./src/cli/build-site.ts";
import { chromiumFlags, chromiumPath, serveStatic, writeDemoContent } from "./src/cli/demo-site.ts";
const work = mkdtempSync(path.join(tmpdir(), "wr-shots-"));
const server = await serveStatic(path.join(work, "site"));
await writeDemoContent(path.join(work, "content"));
process.env["SITE_URL"] = server.url;
await buildSite({ input: path.join(work, "content"), output: path.join(work, "site") });
const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumFlags] });
const pages = (process.env["PAGES"] ?? "/").split(",");
const widths = (process.env["WIDTHS"] ?? "1280").split(",").map(Number);
const scheme = (process.env["SCHEME"] ?? "light") as "light" | "dark";
for (const width of widths) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
  const page = await context.newPage();
  page.on("console", (m) => console.log("console:", m.type(), m.text()));
  for (const p of pages) {
    await page.goto(server.url + p, { waitUntil: "networkidle" });
    if (process.env["QUERY"]) { await page.fill(".pagefind-ui__search-input", process.env["QUERY"]); await page.waitForTimeout(1500); }
    const name = `${p.replace(/\W+/g, "_") || "home"}-${width}-${scheme}.png`;
    await page.screenshot({ path: `/tmp/shots/${name}`, fullPage: true });
    console.log(name);
  }
  await context.close();
}
await browser.close(); await server.close();
