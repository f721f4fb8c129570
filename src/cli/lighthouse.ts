/**
 * `npm run lighthouse`: builds the demo site (the seed plus fictional articles, one with a lead
 * photo) into a temporary folder with SITE_URL set to the local server, so that canonical URLs,
 * robots.txt and the sitemap point where the pages are served; serves it on 127.0.0.1; runs
 * Lighthouse on the home page, the seed article and an entity page, as a phone and as a desktop,
 * in Debian's chromium; prints the four category scores as a table; exits 1 when any is below
 * 95. HTML reports go to test-results/lighthouse/ (not committed).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "chrome-launcher";
import lighthouse, { desktopConfig, type Flags } from "lighthouse";
import { buildSite } from "./build-site.ts";
import { chromiumFlags, chromiumPath, demoEntityPath, seedArticlePath, serveStatic, writeDemoContent } from "./demo-site.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const reports = path.join(projectRoot, "test-results", "lighthouse");
const minimum = 95;
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const pages = [
  { name: "home", path: "/" },
  { name: "seed article", path: seedArticlePath },
  { name: "entity page", path: demoEntityPath },
] as const;
const formFactors = ["mobile", "desktop"] as const;

interface Row {
  readonly page: string;
  readonly formFactor: string;
  readonly scores: Readonly<Record<(typeof categories)[number], number>>;
  /** Audits that cost points, by category. */
  readonly lost: readonly string[];
}

function table(rows: readonly Row[]): string {
  const header = ["page", "form factor", "performance", "accessibility", "best practices", "SEO"];
  const body = rows.map((r) => [r.page, r.formFactor, ...categories.map((c) => String(r.scores[c]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  return [line(header), `| ${widths.map((w, i) => (i < 2 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`, ...body.map(line)].join("\n");
}

async function main(): Promise<number> {
  const work = mkdtempSync(path.join(tmpdir(), "wireroom-lighthouse-"));
  const site = path.join(work, "site");
  const server = await serveStatic(site);
  const rows: Row[] = [];
  try {
    await writeDemoContent(path.join(work, "content"));
    process.env["SITE_URL"] = server.url;
    const built = await buildSite({ input: path.join(work, "content"), output: site });
    console.log(`lighthouse: built the demo site (${built.files} pages) and serving it at ${server.url}`);
    mkdirSync(reports, { recursive: true });
    const chrome = await launch({ chromePath: chromiumPath, chromeFlags: [...chromiumFlags], logLevel: "silent" });
    try {
      for (const formFactor of formFactors) {
        for (const page of pages) {
          const flags: Flags = { port: chrome.port, output: ["json", "html"], logLevel: "error", onlyCategories: [...categories] };
          const result = await lighthouse(`${server.url}${page.path}`, flags, formFactor === "desktop" ? desktopConfig : undefined);
          if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
          const { lhr } = result;
          const html = Array.isArray(result.report) ? result.report[1] : undefined;
          if (html) writeFileSync(path.join(reports, `${page.name.replace(/\W+/g, "-")}-${formFactor}.html`), html);
          const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Row["scores"];
          const lost = categories.flatMap((c) =>
            (lhr.categories[c]?.auditRefs ?? [])
              .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
              .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.title ?? ""})`),
          );
          rows.push({ page: page.name, formFactor, scores, lost });
          console.log(`lighthouse: ${page.name}, ${formFactor}: ${categories.map((c) => `${c} ${scores[c]}`).join(", ")}`);
        }
      }
    } finally {
      chrome.kill();
    }
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`\n${table(rows)}\n`);
  const below = rows.filter((r) => categories.some((c) => r.scores[c] < minimum));
  for (const row of rows) for (const audit of row.lost) console.log(`  ${row.page}, ${row.formFactor}: ${audit}`);
  if (below.length) {
    console.error(`lighthouse: ${below.length} of ${rows.length} runs scored below ${minimum} in some category`);
    return 1;
  }
  console.log(`lighthouse: every score is at least ${minimum}; reports in ${path.relative(projectRoot, reports)}/`);
  return 0;
}

process.exitCode = await main();
