/**
 * Loads a labelled evaluation set: article files (NAME.txt or NAME.md) each with its labels
 * in NAME.json (the seed-entities.json shape), run through detection with a registry.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ArticleInput, GoldLabels } from "./evaluate.ts";
import { loadArticle } from "../articles/load-articles.ts";
import { defaultSettings } from "../site.ts";
import type { CompiledRegistry } from "./registry.ts";
import { resolveArticleEntities } from "./resolve-article.ts";

export function loadEvalSet(dir: string, registry: CompiledRegistry): ArticleInput[] {
  // README.md describes the set; every other .txt or .md file is an article with NAME.json beside it.
  const articles = readdirSync(dir).filter((f) => /\.(?:txt|md)$/u.test(f) && !/^readme\./iu.test(f)).sort();
  return articles.map((file) => {
    const base = file.replace(/\.(?:txt|md)$/u, "");
    const gold = JSON.parse(readFileSync(join(dir, `${base}.json`), "utf8")) as GoldLabels;
    // The same reading as the site build: what is scored here is what gets published.
    const { article } = loadArticle(dir, file, defaultSettings.timeZone);
    const predicted = resolveArticleEntities(article.textBlocks, registry, { add: [], remove: [] }).map((e) => ({ type: e.type, name: e.name }));
    return { article: file, gold, predicted };
  });
}
