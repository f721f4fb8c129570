import path from "node:path";
import type { Manifest } from "./render-plan.ts";

/**
 * The manifest of the last build, by output folder, handed from the Eleventy config (which
 * plans the build) to the build command (which knows where the output finally goes).
 */
// On globalThis rather than in module scope: the config may be loaded by a different module
// loader than the build command (tests run under Vite, Eleventy imports the config natively),
// which would give each its own copy of this module.
const registryKey = Symbol.for("wireroom.last-build-manifests");
const manifests: Map<string, Manifest> = ((globalThis as Record<symbol, unknown>)[registryKey] ??= new Map<string, Manifest>()) as Map<string, Manifest>;

export function recordManifest(outputDir: string, manifest: Manifest): void {
  manifests.set(path.resolve(outputDir), manifest);
}

export function takeManifest(outputDir: string): Manifest | undefined {
  const key = path.resolve(outputDir);
  const manifest = manifests.get(key);
  manifests.delete(key);
  return manifest;
}
