/**
 * `npm run build` exactly as a user types it: npm, the launcher, the compiled commands. It builds
 * the same bytes as the TypeScript sources run through tsx, and the two share their build state:
 * an incremental build by one after a full build by the other updates, it does not start over
 * (the code fingerprint is that of the .ts sources in both).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import "../helpers/commands.ts";
import { fixtureFiles } from "../helpers/built-site.ts";
import { hashTree } from "../helpers/output.ts";
import { projectRoot } from "../helpers/seed.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

const env = { ...process.env, SITE_NOW: "2031-06-19T12:00:00+05:00" };

function npmBuild(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("npm", ["run", "--silent", "build", "--", ...args], { cwd: projectRoot, env, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tsxBuild(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/build.ts", ...args], { cwd: projectRoot, env, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run build", () => {
  let input: string;
  beforeAll(() => {
    input = tempContent(fixtureFiles);
  });

  it("builds from the compiled commands the same files as the sources through tsx", () => {
    const [compiled, sources] = [path.join(tempDir(), "site"), path.join(tempDir(), "site")];
    const viaNpm = npmBuild([`--input=${input}`, `--output=${compiled}`]);
    expect(viaNpm.status, viaNpm.stderr).toBe(0);
    expect(viaNpm.stderr).not.toMatch(/tsx/);
    expect(viaNpm.stdout).toMatch(/^wireroom: built /m);
    const viaTsx = tsxBuild([`--input=${input}`, `--output=${sources}`]);
    expect(viaTsx.status, viaTsx.stderr).toBe(0);
    expect(hashTree(compiled)).toEqual(hashTree(sources));
  });

  it("updates a site built through tsx, incrementally, without starting over", () => {
    const output = path.join(tempDir(), "site");
    expect(tsxBuild([`--input=${input}`, `--output=${output}`]).status).toBe(0);
    const update = npmBuild(["--incremental", `--input=${input}`, `--output=${output}`]);
    expect(update.status, update.stderr).toBe(0);
    expect(update.stdout).toMatch(/^wireroom: updated \d+ files/m);
  });
});
