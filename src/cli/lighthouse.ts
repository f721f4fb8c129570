/**
 * `npm run lighthouse`: builds the demo site (the seed plus fictional articles, one with a lead
 * photo) into a temporary folder with SITE_URL set to the local server, so that canonical URLs,
 * robots.txt and the sitemap point where the pages are served; serves it on 127.0.0.1; runs
 * Lighthouse on the home page, the seed article, an entity page, an article with a lead photo, a
 * year's archive and the feeds page, as a phone and as a desktop, in Debian's chromium; prints
 * the four category scores as a table;
 * exits 1 when any is below 95. A run below 95 is repeated twice and the median run kept: timing
 * varies on a busy machine. HTML reports go to test-results/lighthouse/ (not committed).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { launch } from "chrome-launcher";
import lighthouse, { desktopConfig, type Flags } from "lighthouse";
import { projectRoot } from "../project-root.ts";
import { buildSite } from "./build-site.ts";
import { chromiumFlags, chromiumPath, demoEntityPath, demoPhotoArticlePath, seedArticlePath, serveStatic, writeDemoContent } from "./demo-site.ts";

const reports = path.join(projectRoot, "test-results", "lighthouse");
const minimum = 95;
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const pages = [
  { name: "home", path: "/" },
  { name: "seed article", path: seedArticlePath },
  { name: "entity page", path: demoEntityPath },
  // Not asked for, but where a page can be slow: the article whose lead photo is its largest paint.
  { name: "photo article", path: demoPhotoArticlePath },
  { name: "year archive", path: "/news/2031/" },
  { name: "feeds page", path: "/feeds/" },
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
      /** One Lighthouse run: the four scores, the audits that cost points, the HTML report. */
      const audit = async (url: string, formFactor: (typeof formFactors)[number]): Promise<Omit<Row, "page" | "formFactor"> & { html?: string }> => {
        const flags: Flags = { port: chrome.port, output: ["json", "html"], logLevel: "error", onlyCategories: [...categories] };
        const result = await lighthouse(url, flags, formFactor === "desktop" ? desktopConfig : undefined);
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { lhr } = result;
        const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Row["scores"];
        const lost = categories.flatMap((c) =>
          (lhr.categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.title ?? ""})`),
        );
        const html = Array.isArray(result.report) ? result.report[1] : undefined;
        return { scores, lost, ...(html ? { html } : {}) };
      };
      for (const formFactor of formFactors) {
        for (const page of pages) {
          const url = `${server.url}${page.path}`;
          let runs = [await audit(url, formFactor)];
          // Timing varies on a busy machine: a score below the bar is measured twice more and the median run kept.
          if (categories.some((c) => runs[0]!.scores[c] < minimum)) {
            runs.push(await audit(url, formFactor), await audit(url, formFactor));
            runs = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
          }
          const kept = runs[Math.floor(runs.length / 2)]!;
          if (kept.html) writeFileSync(path.join(reports, `${page.name.replace(/\W+/g, "-")}-${formFactor}.html`), kept.html);
          rows.push({ page: page.name, formFactor, scores: kept.scores, lost: kept.lost });
          const note = runs.length > 1 ? ` (median of ${runs.length} runs: performance ${runs.map((r) => r.scores.performance).join(", ")})` : "";
          console.log(`lighthouse: ${page.name}, ${formFactor}: ${categories.map((c) => `${c} ${kept.scores[c]}`).join(", ")}${note}`);
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
