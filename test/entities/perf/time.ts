/**
 * CPU time of entity detection per article (user time, after one warm-up pass), 3 repeats.
 *
 *   node --import tsx test/entities/perf/time.ts [corpus|eval] [limit]
 */
import { resolveArticleEntities } from "../../../src/entities/resolve-article.ts";
import { corpusArticles, evalArticles, projectRegistry } from "./corpus.ts";
import type { PerfArticle } from "./corpus.ts";

const set = process.argv[2] ?? "corpus";
const limit = Number(process.argv[3] ?? Infinity);
const registry = projectRegistry();
const articles = set === "eval" ? evalArticles() : corpusArticles(limit);
const repeats = Number(process.env.REPEATS ?? 3);

function pass(list: readonly PerfArticle[]): void {
  for (const a of list) resolveArticleEntities(a.blocks, registry, a.overrides);
}

// The eval set is small: several passes per measurement keep the timer's resolution out of it.
const passes = set === "eval" ? 50 : 1;
pass(articles);
const results: number[] = [];
for (let r = 0; r < repeats; r += 1) {
  const before = process.cpuUsage();
  for (let p = 0; p < passes; p += 1) pass(articles);
  const used = process.cpuUsage(before);
  results.push(used.user / 1000 / (articles.length * passes));
}
console.log(`${set}: ${articles.length} articles, ms/article (user CPU): ${results.map((r) => r.toFixed(4)).join(" ")}  min ${Math.min(...results).toFixed(4)}`);
