/**
 * The project's folder, as the TypeScript sources see it and as their compiled copy (which the
 * commands run from) sees it: the same folder, so the same registry, assets, stylesheet, Pagefind
 * wrapper and, for the incremental build's caches, the same fingerprint of the code.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_REGISTRY } from "../src/entities/repo-paths.ts";
import { projectPath, projectRoot } from "../src/project-root.ts";
import { codeFingerprint } from "../src/render/code-fingerprint.ts";
import { stylesheetData } from "../src/render/prepare-build.ts";
import { compiledCommands } from "./helpers/commands.ts";
import { projectRoot as testedProject } from "./helpers/seed.ts";

/** What the compiled modules say, from a plain Node process (no tsx, no Vite). */
function askCompiled(): { projectRoot: string; registry: string; fingerprint: string; stylesheet: string; pagefind?: string } {
  const copy = compiledCommands();
  const url = (module: string): string => pathToFileURL(path.join(copy, module)).href;
  const script = `
    const { projectRoot } = await import(${JSON.stringify(url("src/project-root.js"))});
    const { DEFAULT_REGISTRY } = await import(${JSON.stringify(url("src/entities/repo-paths.js"))});
    const { codeFingerprint } = await import(${JSON.stringify(url("src/render/code-fingerprint.js"))});
    const { stylesheetData } = await import(${JSON.stringify(url("src/render/prepare-build.js"))});
    const { tiePagefindToThisProcess } = await import(${JSON.stringify(url("src/publish/tied-children.js"))});
    const env = {};
    tiePagefindToThisProcess(env);
    const pagefind = env.PAGEFIND_EXTENDED_BINARY_PATH;
    console.log(JSON.stringify({ projectRoot, registry: DEFAULT_REGISTRY, fingerprint: codeFingerprint(), stylesheet: stylesheetData().stylesheetPath, pagefind }));
  `;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: path.parse(testedProject).root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as ReturnType<typeof askCompiled>;
}

describe("projectRoot", () => {
  it("is the folder with package.json, content/ and the sources", () => {
    expect(projectRoot).toBe(testedProject);
    expect(existsSync(path.join(projectRoot, "package.json"))).toBe(true);
  });

  it("is the same folder for the compiled copy, so the code fingerprint and the files read are the same", () => {
    const compiled = askCompiled();
    expect(compiled.projectRoot).toBe(projectRoot);
    expect(compiled.registry).toBe(DEFAULT_REGISTRY);
    expect(compiled.fingerprint).toBe(codeFingerprint());
    expect(compiled.stylesheet).toBe(stylesheetData().stylesheetPath);
    // Pagefind is started through the wrapper that ties it to the build (where Linux has one to run).
    if (process.platform === "linux") expect(compiled.pagefind).toBe(projectPath("src", "publish", "pagefind-tied.sh"));
  });
});
