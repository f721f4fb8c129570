/**
 * The headline evaluation set: wire texts NAME.txt, each with the headline an agency editor
 * wrote for it in NAME.headline, read exactly as the build reads them.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadArticle } from "./load-articles.ts";
import type { HeadlineCase, HeadlineEvaluation } from "./evaluate-headlines.ts";
import { defaultSettings } from "../site.ts";

export const defaultHeadlineDir = "test/articles/wire-headlines";

/** Reads the folder: every NAME.txt that has a NAME.headline beside it. */
export function loadHeadlineCases(dir: string): HeadlineCase[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .flatMap((file): HeadlineCase[] => {
      const name = file.slice(0, -".txt".length);
      let editor: string;
      try {
        editor = readFileSync(path.join(dir, `${name}.headline`), "utf8").trim();
      } catch {
        return [];
      }
      const { article } = loadArticle(dir, file, defaultSettings.timeZone);
      return [{ name, derived: article.headline, editor, ...(article.source ? { agency: article.source } : {}) }];
    });
}

export function formatEvaluation(result: HeadlineEvaluation, verbose: boolean): string {
  const lines: string[] = [];
  if (verbose) {
    for (const c of result.cases) {
      lines.push(`${c.faults.length ? "FAIL" : "ok  "} ${c.name}  overlap ${c.overlap.toFixed(2)}${c.faults.length ? `  [${c.faults.join(", ")}]` : ""}`);
      lines.push(`     derived: ${c.derived}`, `     editor:  ${c.editor}`);
    }
  }
  const total = result.cases.length;
  lines.push(`headlines passing the rules: ${result.passed}/${total} (${total ? ((100 * result.passed) / total).toFixed(1) : "0"}%)`);
  lines.push(`mean content-word overlap with the editor's headline: ${result.meanOverlap.toFixed(3)}`);
  const faults = Object.entries(result.faultCounts).sort(([a], [b]) => (a < b ? -1 : 1));
  lines.push(`faults: ${faults.length ? faults.map(([f, n]) => `${f} ${n}`).join(", ") : "none"}`);
  return `${lines.join("\n")}\n`;
}

