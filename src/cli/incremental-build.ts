import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SiteLoader } from "../model/load-site.ts";
import { pageKinds } from "../../_includes/pages/index.ts";
import { planBuild } from "../render/plan-build.ts";
import { renderOutput } from "../render/render-plan.ts";
import type { BuildOptions } from "./build-site.ts";
import { markOutputFolder, refuseUnsafeOutput } from "./output-folder.ts";
import { updateSearchIndex } from "./search-index.ts";
import { readManifest, writeManifest, writeStoredArticles } from "./build-state.ts";
import { stepTimer } from "../step-timer.ts";

export interface IncrementalResult {
  readonly mode: "full" | "incremental";
  /** Files written (all of them in a full build). */
  readonly written: number;
  readonly removed: number;
  readonly milliseconds: number;
  /** Of which re-indexing the search (only the shards that hold a changed article page). */
  readonly searchMilliseconds?: number;
}

/**
 * Rebuilds only what changed since the last build into the same output: every output whose
 * fingerprint moved is rendered by the same page kinds Eleventy uses, into a staging folder
 * first, so that bad input or a render error leaves the output untouched; only then are the
 * new files moved into place and the pages of deleted articles removed.
 *
 * Without a manifest of the previous build (or without its output) this is a full build.
 */
export interface IncrementalOptions extends BuildOptions {
  /**
   * Refresh the search index (default): the shards that hold a written or removed article page
   * are indexed again; a quick preview may skip it and leave the previous index until the next build.
   */
  readonly searchIndex?: boolean;
}

export async function buildIncremental({ input, output, force, searchIndex = true }: IncrementalOptions, loader: SiteLoader): Promise<IncrementalResult> {
  const started = performance.now();
  const step = stepTimer("incremental");
  refuseUnsafeOutput({ input, output, force });
  const previous = existsSync(output) ? readManifest(output) : undefined;
  step("manifest read");
  if (!previous) {
    // Loaded only here: Eleventy takes longer to import than a small rebuild takes to run.
    const { buildSite } = await import("./build-site.ts");
    const full = await buildSite({ input, output, force });
    return { mode: "full", written: full.files, removed: 0, milliseconds: performance.now() - started };
  }
  const { data: build, plan } = await planBuild(pageKinds, loader, input, output, { previous, step });

  // The one render without Eleventy: the same planned outputs through the same renderOutput as
  // every Eleventy run, written here directly, because loading and starting Eleventy would cost
  // more than the rest of a one-edit rebuild (measured in the README's architecture section).
  const rendered = plan.changed.map((item) => ({ outputPath: item.outputPath, text: renderOutput(item, build) }));
  const staging = path.join(path.dirname(path.resolve(output)), `.${path.basename(output)}.incremental-${process.pid}`);
  step("render");
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const { outputPath, text } of rendered) {
      const file = path.join(staging, outputPath);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    publishChanges(staging, output, rendered.map((r) => r.outputPath), plan.removed);
    // Sites built before the marker existed get it on their first incremental build.
    markOutputFolder(output);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  step("publish");
  const searchStarted = performance.now();
  if (searchIndex && (rendered.some((r) => r.outputPath.endsWith(".html")) || plan.removed.length)) await refreshSearchIndex(output, rendered.map((r) => r.outputPath), plan.removed);
  const searchMilliseconds = performance.now() - searchStarted;
  step("search index");
  writeManifest(output, plan.manifest);
  step("manifest write");
  writeStoredArticles(input, loader.store());
  step("state write");
  return { mode: "incremental", written: rendered.length, removed: plan.removed.length, milliseconds: performance.now() - started, searchMilliseconds };
}

/** New bundles are written beside the old ones and swapped in (search-index.ts): a failed run changes nothing. */
async function refreshSearchIndex(output: string, written: readonly string[], removed: readonly string[]): Promise<void> {
  await updateSearchIndex(output, { changed: written, removed });
}

/** Moves rendered files into the output (a rename each: readers see the old file or the new one) and deletes the removed ones. */
function publishChanges(staging: string, output: string, written: readonly string[], removed: readonly string[]): void {
  for (const outputPath of written) {
    const target = path.join(output, outputPath);
    mkdirSync(path.dirname(target), { recursive: true });
    renameSync(path.join(staging, outputPath), target);
  }
  for (const outputPath of removed) {
    rmSync(path.join(output, outputPath), { force: true });
    removeEmptyFolders(output, path.dirname(outputPath));
  }
}

function removeEmptyFolders(output: string, relative: string): void {
  let dir = relative;
  while (dir && dir !== ".") {
    const full = path.join(output, dir);
    if (!existsSync(full) || readdirSync(full).length > 0) return;
    rmdirSync(full);
    dir = path.dirname(dir);
  }
}
