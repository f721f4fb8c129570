import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadArticles } from "../articles/load-articles.ts";
import { decodeSource } from "../articles/decode-source.ts";
import { compileRegistry, parseRegistry } from "../entities/registry.ts";
import { resolveArticleEntities } from "../entities/resolve-article.ts";
import type { Registry } from "../entities/types.ts";
import type { SiteSettings } from "../site.ts";
import { buildSiteModel } from "./build-site-model.ts";
import type { SiteModel } from "./site-model.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const registryFileName = "entities.yaml";
export const defaultRegistryPath = path.join(projectRoot, "content", registryFileName);

/**
 * The registry a content folder uses: its own entities.yaml, or the project's when it has
 * none (previews, tests and benchmarks of other folders still know the usual names).
 */
export function registryPathFor(contentDir: string): string | undefined {
  const own = path.join(contentDir, registryFileName);
  if (existsSync(own)) return own;
  return existsSync(defaultRegistryPath) ? defaultRegistryPath : undefined;
}

export function loadRegistry(file: string, displayName = path.basename(file)): Registry {
  return parseRegistry(decodeSource(readFileSync(file), displayName), displayName);
}

/** Reads a content folder and returns the whole site as data. Throws ContentError on bad input. */
export function loadSite(contentDir: string, settings: SiteSettings): SiteModel {
  const registryFile = registryPathFor(contentDir);
  const registry: Registry = registryFile
    ? loadRegistry(registryFile, path.relative(contentDir, registryFile).split(path.sep).join("/"))
    : { entities: [], neverEntities: [] };
  const compiled = compileRegistry(registry);
  const loaded = loadArticles(contentDir, { zone: settings.timeZone, includeDrafts: settings.includeDrafts });
  return buildSiteModel({
    settings,
    loaded,
    registryEntities: registry.entities,
    findEntities: (article) => resolveArticleEntities(article.textBlocks, compiled, article.entityOverrides),
  });
}
