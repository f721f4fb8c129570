import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Article } from "../articles/article.ts";
import { ContentError } from "../articles/content-error.ts";
import { loadArticles, type ArticleCache, type CachedArticle } from "../articles/load-articles.ts";
import { decodeSource } from "../articles/decode-source.ts";
import { compileRegistry, parseRegistry, type CompiledRegistry } from "../entities/registry.ts";
import { DEFAULT_REGISTRY } from "../entities/repo-paths.ts";
import { resolveArticleEntities } from "../entities/resolve-article.ts";
import { compactEntities } from "../entities/compact-entities.ts";
import { ownCopy } from "../articles/own-copy.ts";
import type { ArticleEntity, Registry } from "../entities/types.ts";
import type { SiteSettings } from "../site.ts";
import { buildSiteModel } from "./build-site-model.ts";
import { markCreditOnly } from "./source-entity.ts";
import type { SiteModel, StructureDigests } from "./site-model.ts";
import { dateLine, structureAsStored, structureLine } from "./structure-digest.ts";
import { articlesNotKept, entitiesFitPath, keepAsRevived, keptAsRevived, resolutionKey, reviveArticle, reviveResolution, rowsInUse, sameInputsAsStored, storeResolution, StoreWriter, type StoredArticle, type StoredEntity, type StoredState } from "./stored-articles.ts";
import { resolveSite, type SiteInput, type SiteResolution } from "../entities/resolve-site.ts";
import { orderAsStored } from "./stored-order.ts";
import { codeFingerprint } from "../render/build-inputs.ts";
import { currentProgress } from "../progress.ts";
import { stepTimer } from "../step-timer.ts";

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
  /** `changedFiles`: see LoadOptions (the dev server's watcher knows what changed). */
  load(contentDir: string, settings: SiteSettings, changedFiles?: ReadonlySet<string>): LoadedSite;
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
  let parsedRegistry: Registry | undefined;
  let stateKey = "";
  let pending = stored;
  // The store's entity table, which the entries of the articles revived from it point into: an
  // entry whose article and entities are still the very ones revived is written back as it was,
  // not made again (10,000 of them on every one-edit build; see keepAsRevived).
  let revivedTable: readonly StoredEntity[] = [];
  // The last resolution of names across the site: an edit that changes no article's names
  // (most edits) resolves nothing again. From the store at first, then from each load.
  let lastResolution = stored?.resolution;
  // The store the last resolution came with, while its articles are the ones revived (same registry).
  let resolvedFrom: StoredState | undefined;
  let resolved: { key: string; resolution: SiteResolution } | undefined;
  // The last model: the store keeps its structure digests.
  let lastModel: SiteModel | undefined;
  // The articles of the last load, newest first: the store lists them in that order (see orderAsStored).
  let lastLoaded: readonly Article[] = [];
  return {
    load(contentDir, settings, changedFiles) {
      const step = stepTimer("load");
      const registryFile = registryPathFor(contentDir);
      const registryBytes = registryFile ? readFileSync(registryFile) : undefined;
      const hash = registryBytes ? createHash("sha256").update(registryBytes).digest("base64url") : "none";
      stateKey = `${codeFingerprint()}:${settings.timeZone}`;
      const usable = pending?.version === 2 && pending.key === stateKey ? pending : undefined;
      if (pending && !usable) lastResolution = undefined;
      pending = undefined;
      if (hash !== registryHash) {
        // Another registry can change every article's entities.
        entityCache = new Map();
        registryHash = hash;
        parsedRegistry = usable?.registry?.hash === hash ? usable.registry.parsed : undefined;
      }
      // Parsing a large registry takes longer than a whole small rebuild: an unchanged one comes from the store.
      const registry: Registry = (parsedRegistry ??= registryFile && registryBytes
        ? parseRegistry(decodeSource(registryBytes, displayPath(contentDir, registryFile)), displayPath(contentDir, registryFile))
        : { entities: [], neverEntities: [] });
      // Compiled only when an article needs detecting: an edit of one article compiles it once.
      let compiled: CompiledRegistry | undefined;
      const detect = (article: Article): readonly ArticleEntity[] => findArticleEntities(article, (compiled ??= compileRegistry(registry)));
      step("registry");
      // The store whose structure digests this load may take again: its articles are the ones revived.
      let structureFrom: StoredState | undefined;
      if (usable) {
        const sameRegistry = usable.registry?.hash === registryHash;
        if (sameRegistry) resolvedFrom = structureFrom = usable;
        revivedTable = usable.entities;
        for (const entry of usable.articles) {
          const { cached, entities } = reviveArticle(entry, usable.entities, contentDir, settings.timeZone, detect);
          articleCache.set(entry.meta.sourcePath, cached);
          if (sameRegistry) {
            entityCache.set(cached.article.sourceHash, entities);
            keepAsRevived(cached);
          }
        }
        step("revive stored articles");
      }
      const progress = currentProgress();
      const loaded = loadArticles(contentDir, {
        zone: settings.timeZone,
        includeDrafts: settings.includeDrafts,
        cache: articleCache,
        onProgress: (done, total) => progress.articles(done, total),
        ...(changedFiles ? { changedFiles } : {}),
        // The store lists its articles newest first: a body edit leaves that order, and its URLs, as they were.
        ...(usable ? { knownOrder: (articles: readonly Article[]) => orderAsStored(articles, usable.articles, (sourcePath) => articleCache.get(sourcePath)) } : {}),
      });
      lastLoaded = loaded.articles;
      step("list, stat and read changed sources");
      const usedKeys = new Set<string>();
      const ownStrings = stringTable();
      // The articles not kept as revived (the edited ones), found once for the resolution's key and the structure digests.
      let notKept: { readonly others: ReadonlyMap<string, number> | undefined } | undefined;
      const editedArticles = (entitiesAt: (i: number) => readonly ArticleEntity[]): ReadonlyMap<string, number> | undefined =>
        (notKept ??= {
          others: articlesNotKept(loaded.articles, (article, i) => {
            const cached = articleCache.get(article.sourcePath);
            const kept = cached?.article === article ? keptAsRevived(cached) : undefined;
            return kept?.entities === entitiesAt(i) ? kept.stored : undefined;
          }),
        }).others;
      const resolveNames = (inputs: readonly SiteInput[], from: Parameters<typeof resolveSite>[1]): SiteResolution => {
        const others = lastResolution && resolvedFrom ? editedArticles((i) => inputs[i]!.entities) : undefined;
        const key = lastResolution && resolvedFrom && others && sameInputsAsStored(inputs, loaded.articles, resolvedFrom, others) ? lastResolution.key : resolutionKey(registryHash, inputs);
        resolvedFrom = undefined;
        if (resolved?.key !== key) {
          resolved = { key, resolution: lastResolution?.key === key ? reviveResolution(lastResolution) : resolveSite(inputs, from) };
          lastResolution = undefined;
        }
        return resolved.resolution;
      };
      const knownStructure = (articles: readonly Article[], detected: readonly (readonly ArticleEntity[])[]): StructureDigests | undefined => {
        const from = structureFrom;
        const others = from && articles === loaded.articles ? editedArticles((i) => detected[i]!) : undefined;
        if (!from || !others) return undefined;
        return structureAsStored(articles, detected, from, others, (entry) => {
          // The edited article as it was: revived from its entry to read its line as the last build did.
          const { cached, entities } = reviveArticle(entry, from.entities, contentDir, settings.timeZone, detect);
          return { structure: structureLine(cached.article, entities), date: dateLine(cached.article) };
        });
      };
      const model = buildSiteModel({
        knownStructure,
        resolveNames,
        settings,
        loaded,
        registryEntities: registry.entities,
        registryDistinct: registry.distinct ?? [],
        findEntities: (article) => {
          const key = article.sourceHash;
          usedKeys.add(key);
          let entities = entityCache.get(key);
          if (!entities || !entitiesFitPath(entities, article.sourcePath)) {
            // Kept until the build ends: each entity with the summary of its mentions, its list found again only if asked for.
            entities = compactEntities(markCreditOnly(article, detect(article)), () => detect(article), ownStrings);
            entityCache.set(key, entities);
          }
          return entities;
        },
      });
      for (const key of entityCache.keys()) if (!usedKeys.has(key)) entityCache.delete(key);
      step("build site model");
      lastModel = model;
      return { model, registryHash };
    },
    store() {
      const write = (keep: boolean): { entities: readonly StoredEntity[]; articles: StoredArticle[] } => {
        const writer = new StoreWriter(keep ? revivedTable : []);
        const articles: StoredArticle[] = [];
        const add = (cached: CachedArticle): void => {
          const entities = entityCache.get(cached.article.sourceHash);
          if (!entities) return;
          // Kept only while the source's stamp and the entities are the ones it was revived with.
          const kept = keep ? keptAsRevived(cached) : undefined;
          articles.push(kept && kept.entities === entities ? kept.stored : writer.add(cached, entities));
        };
        // Newest first, as the last load gave them, then the sources it left out (drafts).
        let listed = 0;
        for (const article of lastLoaded) {
          const cached = articleCache.get(article.sourcePath);
          if (cached?.article !== article) continue;
          listed++;
          add(cached);
        }
        if (listed < articleCache.size) {
          const inOrder = new Set(lastLoaded);
          for (const cached of articleCache.values()) if (!inOrder.has(cached.article)) add(cached);
        }
        return { entities: writer.entities(), articles };
      };
      let written = write(true);
      // Rows that no article points to any more stay in a kept table: written anew once they are half of it.
      if (written.entities.length > 2 * rowsInUse(written.articles)) written = write(false);
      return {
        version: 2,
        key: stateKey,
        ...(parsedRegistry ? { registry: { hash: registryHash, parsed: parsedRegistry } } : {}),
        ...written,
        ...(resolved ? { resolution: storeResolution(resolved.key, resolved.resolution) } : {}),
        ...(lastModel ? { structure: lastModel.structureDigests() } : {}),
      };
    },
  };
}

/** One copy of each string, of its own (see OwnStrings): names and surfaces repeat across articles. */
function stringTable(): (text: string) => string {
  const table = new Map<string, string>();
  return (text) => {
    let own = table.get(text);
    if (own === undefined) {
      own = ownCopy(text);
      table.set(own, own);
    }
    return own;
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
    return resolveArticleEntities(article.textBlocks, compiled, article.entityOverrides, { tentative: true });
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(article.sourcePath, `finding people and organisations failed: ${(error as Error).message}`);
  }
}
