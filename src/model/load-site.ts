import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Article } from "../articles/article.ts";
import { ContentError } from "../articles/content-error.ts";
import { loadArticles, type ArticleCache } from "../articles/load-articles.ts";
import { decodeSource } from "../articles/decode-source.ts";
import { compileRegistry, parseRegistry, type CompiledRegistry } from "../entities/registry.ts";
import { DEFAULT_REGISTRY } from "../entities/repo-paths.ts";
import { resolveArticleEntities } from "../entities/resolve-article.ts";
import type { ArticleEntity, Registry } from "../entities/types.ts";
import type { SiteSettings } from "../site.ts";
import { buildSiteModel } from "./build-site-model.ts";
import type { SiteModel } from "./site-model.ts";
import { reviveArticle, storeArticle, type StoredState } from "./stored-articles.ts";
import { codeFingerprint } from "../render/build-inputs.ts";
import { currentProgress } from "../cli/progress.ts";

export const registryFileName = "entities.yaml";

/**
 * The registry a content folder uses: its own entities.yaml, or the project's when it has
 * none (previews, tests and benchmarks of other folders still know the usual names).
 */
export function registryPathFor(contentDir: string): string | undefined {
  const own = path.join(contentDir, registryFileName);
  if (existsSync(own)) return own;
  return existsSync(DEFAULT_REGISTRY) ? DEFAULT_REGISTRY : undefined;
}

export interface LoadedSite {
  readonly model: SiteModel;
  /** Hash of the registry the model was built with: part of every page's fingerprint. */
  readonly registryHash: string;
}

export interface SiteLoader {
  load(contentDir: string, settings: SiteSettings): LoadedSite;
  /** What the loader knows now, for the next build in another process. */
  store(): StoredState;
}

/**
 * Reads a content folder and returns the whole site as data. Throws ContentError on bad input.
 * One loader keeps what it parsed and detected, so that a later load (the dev server's
 * rebuild) only redoes the articles whose sources changed.
 */
export function createSiteLoader(stored?: StoredState): SiteLoader {
  const articleCache: ArticleCache = new Map();
  let entityCache = new Map<string, readonly ArticleEntity[]>();
  let registryHash = "";
  let stateKey = "";
  let pending = stored;
  return {
    load(contentDir, settings) {
      const registryFile = registryPathFor(contentDir);
      const registryBytes = registryFile ? readFileSync(registryFile) : undefined;
      const hash = registryBytes ? createHash("sha256").update(registryBytes).digest("base64url") : "none";
      if (hash !== registryHash) {
        // Another registry can change every article's entities.
        entityCache = new Map();
        registryHash = hash;
      }
      stateKey = `${codeFingerprint()}:${settings.timeZone}:${registryHash}`;
      if (pending?.version === 1 && pending.key === stateKey) {
        for (const entry of pending.articles) {
          articleCache.set(entry.meta.sourcePath, reviveArticle(entry, contentDir, settings.timeZone));
          entityCache.set(entry.hash, entry.entities);
        }
      }
      pending = undefined;
      const registry: Registry = registryFile && registryBytes
        ? parseRegistry(decodeSource(registryBytes, displayPath(contentDir, registryFile)), displayPath(contentDir, registryFile))
        : { entities: [], neverEntities: [] };
      const compiled = compileRegistry(registry);
      const progress = currentProgress();
      const loaded = loadArticles(contentDir, {
        zone: settings.timeZone,
        includeDrafts: settings.includeDrafts,
        cache: articleCache,
        onProgress: (done, total) => progress.articles(done, total),
      });
      const usedKeys = new Set<string>();
      const model = buildSiteModel({
        settings,
        loaded,
        registryEntities: registry.entities,
        findEntities: (article) => {
          const key = article.sourceHash;
          usedKeys.add(key);
          let entities = entityCache.get(key);
          if (!entities) {
            entities = findArticleEntities(article, compiled);
            entityCache.set(key, entities);
          }
          return entities;
        },
      });
      for (const key of entityCache.keys()) if (!usedKeys.has(key)) entityCache.delete(key);
      return { model, registryHash };
    },
    store() {
      const articles = [...articleCache.values()]
        .filter((cached) => entityCache.has(cached.hash))
        .map((cached) => storeArticle(cached, entityCache.get(cached.hash)!));
      return { version: 1, key: stateKey, articles };
    },
  };
}

/** The registry as a maintainer finds it: relative to the content folder, or the project's own. */
function displayPath(contentDir: string, file: string): string {
  const relative = path.relative(contentDir, file).split(path.sep).join("/");
  if (!relative) return registryFileName;
  return relative.startsWith("..") ? `content/${registryFileName} (the project's registry)` : relative;
}

/** Detection errors are bugs or bad overrides; either way the maintainer needs the file's name. */
function findArticleEntities(article: Article, compiled: CompiledRegistry): readonly ArticleEntity[] {
  try {
    return resolveArticleEntities(article.textBlocks, compiled, article.entityOverrides);
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(article.sourcePath, `finding people and organisations failed: ${(error as Error).message}`);
  }
}
