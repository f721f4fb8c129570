import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { findContentError } from "../articles/content-error.ts";
import { takeLastBuild } from "../render/last-build.ts";
import { discardStaging, publishStaging, stagingFolderFor } from "./atomic-output.ts";
import { writeSearchIndex } from "./search-index.ts";
import { writeManifest, writeStoredArticles } from "./build-state.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const configPath = path.join(projectRoot, ".eleventy.ts");

export interface BuildOptions {
  readonly input: string;
  readonly output: string;
}

export interface BuildResult {
  readonly files: number;
  readonly milliseconds: number;
}

/** The message a maintainer sees for a failed build: the ContentError alone when there is one. */
export function describeBuildError(error: unknown): string {
  const content = findContentError(error);
  if (content) return content.message;
  const chain: string[] = [];
  let current: unknown = error;
  while (current instanceof Error && chain.length < 5) {
    chain.push(current.message);
    current = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return chain.join("\n  caused by: ") || String(error);
}

/**
 * Builds `input` into a fresh folder and swaps it in for `output` only when every page was
 * written: a failed build leaves the previous output exactly as it was.
 */
export async function buildSite({ input, output }: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const staging = stagingFolderFor(output);
  try {
    const eleventy = new Eleventy(path.resolve(input), staging, { configPath, quietMode: true, source: "script" });
    // Eleventy reports errors itself as well as rejecting; we report them once, with the file named.
    eleventy.disableLogger();
    const [, templates] = (await eleventy.write()) as [unknown, unknown[]];
    // The search index is part of the site: built from the staged pages, published with them.
    await writeSearchIndex(staging, { output });
    const last = takeLastBuild(staging);
    publishStaging(staging, output);
    // Remembered for the next incremental build into the same output.
    if (last) {
      writeManifest(output, last.manifest);
      writeStoredArticles(input, last.store());
    }
    return { files: templates.length, milliseconds: performance.now() - started };
  } catch (error) {
    discardStaging(staging);
    throw error;
  }
}

