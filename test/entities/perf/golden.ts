/**
 * Golden snapshot of entity detection: every eval article and every corpus article through
 * resolveArticleEntities, serialised in full (ids, names, slugs, sources, every mention).
 *
 *   node --import tsx test/entities/perf/golden.ts /tmp/golden-before.json
 *   node --import tsx test/entities/perf/golden.ts /tmp/golden-after.json && cmp /tmp/golden-{before,after}.json
 */
import { createWriteStream } from "node:fs";
import { resolveArticleEntities } from "../../../src/entities/resolve-article.ts";
import { corpusArticles, evalArticles, projectRegistry } from "./corpus.ts";

const out = process.argv[2] ?? "/tmp/golden.json";
const registry = projectRegistry();
const stream = createWriteStream(out);
let count = 0;
for (const article of [...evalArticles(), ...corpusArticles()]) {
  let result: unknown;
  try {
    result = resolveArticleEntities(article.blocks, registry, article.overrides);
  } catch (error) {
    result = { error: (error as Error).message };
  }
  stream.write(`${JSON.stringify({ set: article.set, file: article.file, result })}\n`);
  count += 1;
}
stream.end(() => console.log(`${count} articles -> ${out}`));
