/**
 * CPU time per phase of detection (ms per article): reading the text, each rule, assembly.
 *
 *   node --import tsx test/entities/perf/phases.ts [limit]
 */
import { assemble } from "../../../src/entities/assemble.ts";
import { createContext, RULES } from "../../../src/entities/detect.ts";
import { splitSentences } from "../../../src/entities/sentences.ts";
import { corpusArticles, projectRegistry } from "./corpus.ts";

const registry = projectRegistry();
const articles = corpusArticles(Number(process.argv[2] ?? Infinity));
const totals = new Map<string, number>();

function timed<T>(name: string, run: () => T): T {
  const before = process.cpuUsage();
  const result = run();
  totals.set(name, (totals.get(name) ?? 0) + process.cpuUsage(before).user);
  return result;
}

for (let pass = 0; pass < 2; pass += 1) {
  totals.clear();
  for (const a of articles) {
    timed("splitSentences (also inside read)", () => a.blocks.forEach((b) => splitSentences(b)));
    const context = timed("read text", () => createContext(a.blocks, registry));
    for (const rule of RULES) timed(rule.name, () => rule.run(context));
    timed("assemble", () => assemble(context));
  }
}
let sum = 0;
for (const [name, micros] of totals) {
  const ms = micros / 1000 / articles.length;
  if (!name.includes("also")) sum += ms;
  console.log(`${ms.toFixed(4)}  ${name}`);
}
console.log(`${sum.toFixed(4)}  total`);
