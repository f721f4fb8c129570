/**
 * Scores entity detection on the labelled evaluation set.
 *
 *   npm run eval:entities -- [--verbose] [--registry=FILE] [DIR]
 *
 * DIR (default test/entities/eval) holds article files (NAME.txt or NAME.md) each with its
 * labels in NAME.json. Prints precision, recall and F1 per type and overall; --verbose also
 * lists every false positive and false negative.
 */
import { evaluate } from "../entities/evaluate.ts";
import type { TypeScore } from "../entities/evaluate.ts";
import { loadEvalSet } from "../entities/eval-set.ts";
import { loadRegistry } from "../entities/load-registry.ts";
import { DEFAULT_EVAL_DIRS, DEFAULT_REGISTRY } from "../entities/repo-paths.ts";
import { scoreSite } from "../entities/evaluate-site.ts";
import { relative } from "node:path";
import { REPO_ROOT } from "../entities/repo-paths.ts";
import { parseArgs } from "./args.ts";

const USAGE = "usage: eval-entities [--verbose] [--article-only] [--registry=FILE] [DIR...]";

interface Options {
  readonly verbose: boolean;
  readonly articleOnly: boolean;
  readonly registry: string;
  readonly dirs: readonly string[];
}

function readOptions(argv: readonly string[]): Options {
  // -v stays a short form of --verbose.
  const { flags, positional } = parseArgs(argv.map((arg) => (arg === "-v" ? "--verbose" : arg)), ["verbose", "article-only", "registry"], ["registry"]);
  return {
    verbose: flags.has("verbose"),
    articleOnly: flags.has("article-only"),
    registry: String(flags.get("registry") ?? DEFAULT_REGISTRY),
    dirs: positional.length > 0 ? positional : DEFAULT_EVAL_DIRS,
  };
}


function line(label: string, s: TypeScore): string {
  const pct = (x: number) => x.toFixed(3);
  return `${label.padEnd(13)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`;
}

function main(argv: readonly string[]): number {
  let options: Options;
  try {
    options = readOptions(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const registry = loadRegistry(options.registry);
  const out: string[] = [];
  for (const dir of options.dirs) {
    const inputs = loadEvalSet(dir, registry, { articleOnly: options.articleOnly });
    const result = evaluate(inputs);
    const site = scoreSite(inputs);
    if (out.length > 0) out.push("");
    out.push(`${relative(REPO_ROOT, dir) || dir}: ${result.articles.length} articles${options.articleOnly ? " (article by article, no site-level resolution)" : ""}`);
    out.push(line("person", result.person), line("organisation", result.organisation), line("overall", result.overall));
    out.push(`site          ${site.pages} pages, ${site.duplicatePages} duplicate pages, ${site.wrongTypes.length} wrong types`);
    if (!options.verbose) continue;
    for (const d of site.duplicates) out.push(`  DUP ${d.type.padEnd(12)} ${d.name}: ${d.pages.join(", ")}`);
    for (const w of site.wrongTypes) out.push(`  TYPE ${w.prediction.type.padEnd(11)} ${w.prediction.name} (${w.article})`);
    for (const a of result.articles) {
      if (a.falsePositives.length === 0 && a.falseNegatives.length === 0) continue;
      out.push(`\n${a.article}`);
      for (const p of a.falsePositives) out.push(`  FP ${p.type.padEnd(12)} ${p.name}${a.forbidden.includes(p) ? "  (listed in not_entities)" : ""}`);
      for (const p of a.falseNegatives) out.push(`  FN ${p.type.padEnd(12)} ${p.name}`);
    }
  }
  process.stdout.write(`${out.join("\n")}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`eval-entities: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
