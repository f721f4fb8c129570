/**
 * Loads a labelled evaluation set: article files (NAME.txt or NAME.md) each with its labels
 * in NAME.json (the seed-entities.json shape), run through detection with a registry and then
 * through site-level resolution across the whole set, as the site build does. An optional
 * site.json holds the site-level labels (see evaluate-site.ts).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ArticleInput, GoldLabels } from "./evaluate.ts";
import type { SiteLabels } from "./evaluate-site.ts";
import { withSiteForms } from "./evaluate-site.ts";
import { loadArticle } from "../articles/load-articles.ts";
import { defaultSettings } from "../site.ts";
import type { CompiledRegistry } from "./registry.ts";
import { resolveArticleEntities } from "./resolve-article.ts";
import { applySiteResolution, resolveSite } from "./resolve-site.ts";

export interface EvalOptions {
  /** Skip site-level resolution: each article's entities as detection gives them. */
  readonly articleOnly?: boolean;
}

export function loadSiteLabels(dir: string): SiteLabels | undefined {
  const file = join(dir, "site.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as SiteLabels) : undefined;
}

export function loadEvalSet(dir: string, registry: CompiledRegistry, options: EvalOptions = {}): ArticleInput[] {
  // README.md describes the set; every other .txt or .md file is an article with NAME.json beside it.
  const files = readdirSync(dir).filter((f) => /\.(?:txt|md)$/u.test(f) && !/^readme\./iu.test(f)).sort();
  const site = loadSiteLabels(dir);
  const articles = files.map((file) => {
    const base = file.replace(/\.(?:txt|md)$/u, "");
    const gold = withSiteForms(JSON.parse(readFileSync(join(dir, `${base}.json`), "utf8")) as GoldLabels, site);
    // The same reading as the site build: what is scored here is what gets published.
    const { article } = loadArticle(dir, file, defaultSettings.timeZone);
    return { file, gold, entities: resolveArticleEntities(article.textBlocks, registry, { add: [], remove: [] }, { tentative: !options.articleOnly }) };
  });
  const resolution = options.articleOnly ? undefined : resolveSite(articles.map((a) => ({ article: a.file, entities: a.entities })), registry.registry);
  return articles.map(({ file, gold, entities }) => {
    const resolved = resolution ? applySiteResolution(entities, resolution) : entities;
    return { article: file, gold, predicted: resolved.map((e) => ({ type: e.type, name: e.name, page: e.id })) };
  });
}
