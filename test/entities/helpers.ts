/** Shared helpers for the entity tests: the project registry and a compact view of results. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findEntities } from "../../src/entities/detect.ts";
import { compileRegistry, parseRegistry } from "../../src/entities/registry.ts";
import type { CompiledRegistry } from "../../src/entities/registry.ts";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const EVAL_DIR = fileURLToPath(new URL("./eval/", import.meta.url));

let cached: CompiledRegistry | undefined;

export function projectRegistry(): CompiledRegistry {
  cached ??= compileRegistry(parseRegistry(readFileSync(`${REPO}content/entities.yaml`, "utf8"), "content/entities.yaml"));
  return cached;
}

export const EMPTY_REGISTRY: CompiledRegistry = compileRegistry({ entities: [], neverEntities: [] });

export interface Found {
  readonly type: string;
  readonly name: string;
  readonly surfaces: readonly string[];
}

/** Detection over text blocks, as "type name" entries with their distinct surfaces. */
export function detect(blocks: string | readonly string[], registry: CompiledRegistry = projectRegistry()): Found[] {
  const list = typeof blocks === "string" ? [blocks] : blocks;
  return findEntities(list, registry).map((e) => ({ type: e.type, name: e.name, surfaces: [...new Set(e.mentions.map((m) => m.surface))] }));
}

export function names(blocks: string | readonly string[], registry?: CompiledRegistry): string[] {
  return detect(blocks, registry).map((e) => `${e.type}: ${e.name}`);
}
