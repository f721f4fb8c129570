/**
 * Interleaved A/B timing of two copies of src/entities (ms per article, user CPU, min of runs):
 * the machine is shared, so the two versions are measured turn about in one process.
 *
 *   node --import tsx test/entities/perf/compare.ts <dirA> <dirB> [limit|eval] [rounds]
 * where each dir holds an entities folder (resolve-article.ts, registry.ts ...), e.g.
 * /tmp/snaps/orig/entities and src/entities (a copy outside the repository needs a package.json with "type": "module" and node_modules beside it).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { corpusArticles, evalArticles, REPO } from "./corpus.ts";
import type { PerfArticle } from "./corpus.ts";

interface Variant {
  readonly name: string;
  readonly run: (article: PerfArticle) => unknown;
  readonly times: number[];
}

async function load(dir: string): Promise<Variant> {
  const url = (file: string): string => pathToFileURL(path.resolve(dir, file)).href;
  const { resolveArticleEntities } = await import(url("resolve-article.ts"));
  const { compileRegistry, parseRegistry } = await import(url("registry.ts"));
  const registry = compileRegistry(parseRegistry(readFileSync(`${REPO}content/entities.yaml`, "utf8"), "content/entities.yaml"));
  return { name: dir, run: (a) => resolveArticleEntities(a.blocks, registry, a.overrides), times: [] };
}

const [dirA = "", dirB = "", limitArg, roundsArg] = process.argv.slice(2);
const articles = limitArg === "eval" ? evalArticles() : corpusArticles(Number(limitArg ?? 3000));
const rounds = Number(roundsArg ?? 5);
// The eval set is small: several passes per measurement keep the timer's resolution out of it.
const passes = limitArg === "eval" ? 50 : 1;
const variants = [await load(dirA), await load(dirB)];
for (const v of variants) for (const a of articles) v.run(a); // warm-up
for (let r = 0; r < rounds; r += 1) {
  for (const v of r % 2 === 0 ? variants : [...variants].reverse()) {
    const before = process.cpuUsage();
    for (let p = 0; p < passes; p += 1) for (const a of articles) v.run(a);
    v.times.push(process.cpuUsage(before).user / 1000 / (articles.length * passes));
  }
}
for (const v of variants) {
  console.log(`${Math.min(...v.times).toFixed(4)} min  ${v.times.map((t) => t.toFixed(3)).join(" ")}  ${v.name}`);
}
const [a, b] = variants.map((v) => Math.min(...v.times));
if (a !== undefined && b !== undefined) console.log(`ratio ${(a / b).toFixed(2)}x`);
