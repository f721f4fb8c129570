/** Reads and compiles a registry file, for the command-line tools. */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { compileRegistry, parseRegistry } from "./registry.ts";
import type { CompiledRegistry } from "./registry.ts";

export function loadRegistry(path: string): CompiledRegistry {
  const shown = relative(process.cwd(), path) || path;
  return compileRegistry(parseRegistry(readFileSync(path, "utf8"), shown));
}
