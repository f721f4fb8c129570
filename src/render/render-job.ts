import path from "node:path";
import type { BuildData } from "./build-data.ts";

/**
 * A share of a planned build that one Eleventy run renders: the build's data and, by page
 * kind, the views to write. The full build hands Eleventy one job after another, so that no
 * run holds more than a job's rendered pages (Eleventy keeps every page it rendered until the
 * run ends: all at once, 10,000 articles took over 2 GiB).
 */
export interface RenderJob {
  readonly data: BuildData;
  readonly views: ReadonlyMap<string, readonly unknown[]>;
}

// On globalThis rather than in module scope: the config may be loaded by a different module
// loader than the build command (tests run under Vite, Eleventy imports the config natively),
// which would give each its own copy of this module.
const registryKey = Symbol.for("wireroom.render-jobs");
const jobs: Map<string, RenderJob> = ((globalThis as Record<symbol, unknown>)[registryKey] ??= new Map<string, RenderJob>()) as Map<string, RenderJob>;

/** Offers `job` to the next Eleventy run that writes into `outputDir`. */
export function offerRenderJob(outputDir: string, job: RenderJob): void {
  jobs.set(path.resolve(outputDir), job);
}

/** The job waiting for a run into `outputDir`, if any; taken, so that it is rendered once. */
export function takeRenderJob(outputDir: string): RenderJob | undefined {
  const key = path.resolve(outputDir);
  const job = jobs.get(key);
  jobs.delete(key);
  return job;
}
