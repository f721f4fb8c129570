/**
 * The project's folder (package.json, content/, _includes/, the TypeScript sources), found from
 * this module's own location so that the commands work from any working directory. Modules that
 * read project files ask here instead of resolving paths against their own import.meta.url:
 * the commands run from a compiled copy of the sources (scripts/run-command.mjs), where a
 * module's neighbours are other compiled modules, not the stylesheet, the assets or the .ts files.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

const thisModule = fileURLToPath(import.meta.url);

/**
 * The source is TypeScript; only the compiled copy of this module has a .js name (.mjs in the
 * commands' bundles). The copy mirrors the project in `.cache/js/<version>/` (scripts/run-command.mjs
 * writes it), so it lives at `.cache/js/<version>/src/project-root.js`: three folders further
 * down than the source.
 */
const runsCompiled = /\.m?js$/.test(thisModule);

export const projectRoot = runsCompiled
  ? path.resolve(path.dirname(thisModule), "..", "..", "..", "..")
  : path.resolve(path.dirname(thisModule), "..");

/** A path inside the project, from its project-relative parts ("_includes", "assets"). */
export function projectPath(...parts: string[]): string {
  return path.join(projectRoot, ...parts);
}
