import type { Manifest } from "./render-plan.ts";

/**
 * The manifest of the last build, by output folder, handed from the Eleventy config (which
 * plans the build) to the build command (which knows where the output finally goes).
 */
const manifests = new Map<string, Manifest>();

export function recordManifest(outputDir: string, manifest: Manifest): void {
  manifests.set(outputDir, manifest);
}

export function takeManifest(outputDir: string): Manifest | undefined {
  const manifest = manifests.get(outputDir);
  manifests.delete(outputDir);
  return manifest;
}
