/**
 * Scores the headlines the build derives for wire texts without one.
 *
 *   npm run eval:headlines -- [--verbose] [DIR]
 *
 * DIR (default test/articles/wire-headlines) holds wire texts NAME.txt, each with the headline
 * an agency editor wrote for it in NAME.headline. Every text is read exactly as the build reads
 * it; prints how many derived headlines pass the rules and the mean overlap of their content
 * words with the editor's. --verbose lists every headline with its faults.
 */
import { evaluateHeadlines } from "../articles/evaluate-headlines.ts";
import { defaultHeadlineDir, formatEvaluation, loadHeadlineCases } from "../articles/headline-eval-set.ts";
import { parseArgs, UsageError } from "./args.ts";

function main(argv: readonly string[]): number {
  let verbose: boolean;
  let dirs: readonly string[];
  try {
    const { flags, positional } = parseArgs(argv.map((arg) => (arg === "-v" ? "--verbose" : arg)), ["verbose"], []);
    if (positional.length > 1) throw new UsageError("one folder at most");
    verbose = flags.has("verbose");
    dirs = positional;
  } catch (error) {
    process.stderr.write(`eval-headlines: ${(error as Error).message}\nusage: eval-headlines [--verbose] [DIR]\n`);
    return 2;
  }
  const cases = loadHeadlineCases(dirs[0] ?? defaultHeadlineDir);
  process.stdout.write(formatEvaluation(evaluateHeadlines(cases), verbose));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
