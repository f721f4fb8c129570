import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../project-root.ts";

/**
 * The modules that decide what a build writes: the page kinds, the site model, the build's
 * planning and the render entry. Whatever they import, directly or not, is code that can change
 * output; tests, benches, dev tools and the commands' own plumbing are not.
 */
export const outputEntries = ["_includes/pages/index.ts", "src/model/load-site.ts", "src/render/plan-build.ts", "src/render/eleventy-render.ts"] as const;

/** Files the page kinds read at run time rather than import (assets, the stylesheet), and the libraries' versions. */
const readAtRunTime = ["_includes/assets", "_includes/styles", "package-lock.json"] as const;

// Relative module specifiers of static imports and exports, side-effect imports and import().
const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;

/** Every file (relative to `root`, sorted) whose change can change a build's output. */
export function outputCodeFiles(root: string = projectRoot): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(path.join(root, file), "utf8");
    for (const [, target] of text.matchAll(specifier)) visit(path.posix.normalize(path.posix.join(path.posix.dirname(file), target!)));
  };
  for (const entry of outputEntries) visit(entry);
  const walk = (relative: string): void => {
    const full = path.join(root, relative);
    if (!existsSync(full)) return;
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else seen.add(child);
    }
  };
  for (const item of readAtRunTime) {
    if (item.endsWith(".json")) seen.add(item);
    else walk(item);
  }
  return [...seen].sort();
}

const hashes = new Map<string, string>();

/** A hash of every file in outputCodeFiles: new code that can change a page, new pages (and re-parsed articles). */
export function codeFingerprint(root: string = projectRoot): string {
  const known = hashes.get(root);
  if (known) return known;
  const hash = createHash("sha256");
  for (const file of outputCodeFiles(root)) hash.update(file).update("\0").update(readFileSync(path.join(root, file))).update("\0");
  const digest = hash.digest("base64url");
  hashes.set(root, digest);
  return digest;
}
