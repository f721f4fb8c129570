import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BuildData } from "./build-data.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

let codeHash: string | undefined;

/** A hash of the code that renders pages (src/, _includes/, the lock file): new code, new pages. */
export function codeFingerprint(): string {
  if (codeHash) return codeHash;
  const hash = createHash("sha256");
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        hash.update(path.relative(projectRoot, full)).update("\0").update(readFileSync(full)).update("\0");
      }
    }
  };
  for (const dir of ["src", "_includes"]) walk(path.join(projectRoot, dir));
  hash.update(readFileSync(path.join(projectRoot, "package-lock.json")));
  codeHash = hash.digest("base64url");
  return codeHash;
}

/** Everything every page depends on: code, settings, stylesheet, registry. */
export function buildInputsFingerprint(build: BuildData, registryHash: string): string {
  return createHash("sha256")
    .update(codeFingerprint())
    .update(JSON.stringify(build.model.settings))
    .update(build.stylesheetPath)
    .update(registryHash)
    .digest("base64url");
}
