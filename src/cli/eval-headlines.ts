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

function main(argv: readonly string[]): number {
  const verbose = argv.includes("--verbose") || argv.includes("-v");
  const dirs = argv.filter((a) => !a.startsWith("-"));
  const unknown = argv.find((a) => a.startsWith("-") && a !== "--verbose" && a !== "-v");
  if (unknown || dirs.length > 1) {
    process.stderr.write(`usage: eval-headlines [--verbose] [DIR]\n`);
    return 2;
  }
  const cases = loadHeadlineCases(dirs[0] ?? defaultHeadlineDir);
  process.stdout.write(formatEvaluation(evaluateHeadlines(cases), verbose));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
