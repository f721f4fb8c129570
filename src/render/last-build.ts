import path from "node:path";
import type { StoredState } from "../model/stored-articles.ts";
import type { Manifest } from "./render-plan.ts";

/**
 * What the last build in this process knew, by output folder, handed from the Eleventy config
 * (which plans the build) to the build command (which knows where things finally go): the
 * manifest of what it wrote, and how to store the parsed articles for the next build.
 */
export interface LastBuild {
  readonly manifest: Manifest;
  readonly store: () => StoredState;
}

// On globalThis rather than in module scope: the config may be loaded by a different module
// loader than the build command (tests run under Vite, Eleventy imports the config natively),
// which would give each its own copy of this module.
const registryKey = Symbol.for("wireroom.last-build-manifests");
const manifests: Map<string, LastBuild> = ((globalThis as Record<symbol, unknown>)[registryKey] ??= new Map<string, LastBuild>()) as Map<string, LastBuild>;

export function recordLastBuild(outputDir: string, build: LastBuild): void {
  manifests.set(path.resolve(outputDir), build);
}

export function takeLastBuild(outputDir: string): LastBuild | undefined {
  const key = path.resolve(outputDir);
  const manifest = manifests.get(key);
  manifests.delete(key);
  return manifest;
}
