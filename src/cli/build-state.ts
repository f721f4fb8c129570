import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { wireroomCacheDir } from "../cache-dir.ts";
import type { StoredState } from "../model/stored-articles.ts";
import type { Manifest } from "../render/render-plan.ts";

/**
 * Where what a build wrote into an output folder is remembered: outside the output (it is
 * not for publishing), in the build cache (WIREROOM_CACHE_DIR), keyed by the output's absolute path.
 */
export function stateFileFor(output: string, name: string): string {
  const key = createHash("sha256").update(path.resolve(output)).digest("hex").slice(0, 16);
  return path.join(wireroomCacheDir(), `${key}.${name}.json`);
}

export function readManifest(output: string): Manifest | undefined {
  try {
    const value = JSON.parse(readFileSync(stateFileFor(output, "manifest"), "utf8")) as Manifest;
    return value.version === 1 && value.outputs ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeManifest(output: string, manifest: Manifest): void {
  writeWhole(stateFileFor(output, "manifest"), JSON.stringify(manifest));
}

/** The parsed articles of a content folder, stored by the folder's path. */
export function readStoredArticles(input: string): StoredState | undefined {
  try {
    return JSON.parse(readFileSync(stateFileFor(input, "articles"), "utf8")) as StoredState;
  } catch {
    return undefined;
  }
}

export function writeStoredArticles(input: string, state: StoredState): void {
  writeWhole(stateFileFor(input, "articles"), JSON.stringify(state));
}

/** Written whole or not at all (a rename), so that a crash never leaves half a file or state that lies about the output. */
export function writeWhole(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
