import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every file below a folder with the SHA-256 of its bytes, keyed by relative path. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else out[child] = createHash("sha256").update(readFileSync(path.join(dir, child))).digest("hex");
    }
  };
  walk("");
  return out;
}

export function readOutput(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), "utf8");
}
