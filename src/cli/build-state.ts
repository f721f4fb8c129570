import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Manifest } from "../render/render-plan.ts";

const cacheDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.cache/wireroom");

/**
 * Where what a build wrote into an output folder is remembered: outside the output (it is
 * not for publishing), keyed by the output's absolute path.
 */
export function stateFileFor(output: string, name: string): string {
  const key = createHash("sha256").update(path.resolve(output)).digest("hex").slice(0, 16);
  return path.join(cacheDir, `${key}.${name}.json`);
}

export function readManifest(output: string): Manifest | undefined {
  try {
    const value = JSON.parse(readFileSync(stateFileFor(output, "manifest"), "utf8")) as Manifest;
    return value.version === 1 && value.outputs ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Written whole or not at all, so that a crash never leaves a manifest that lies about the output. */
export function writeManifest(output: string, manifest: Manifest): void {
  const file = stateFileFor(output, "manifest");
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, file);
}
