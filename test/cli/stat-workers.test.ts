/**
 * `npm run build -- --incremental` with the stats of the sources and of the published site made
 * on the command's helper thread before Pagefind's service and the spare's chores
 * (src/helper-thread.ts, src/publish/live-check.ts, src/articles/early-source-stats.ts) and on
 * the main thread (WIREROOM_STAT_WORKERS=0, as when the helper fails): either way a
 * page changed by hand in the published site is found and written again, an edited source is
 * seen, and the site equals a full build of the same sources, byte for byte. Fictional articles.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import "../helpers/commands.ts";
import { fixtureFiles } from "../helpers/built-site.ts";
import { hashTree } from "../helpers/output.ts";
import { projectRoot } from "../helpers/seed.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

function npmBuild(args: readonly string[], workers: "0" | "1"): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, SITE_NOW: "2031-06-19T12:00:00+05:00", WIREROOM_STAT_WORKERS: workers };
  const result = spawnSync("npm", ["run", "--silent", "build", "--", ...args], { cwd: projectRoot, env, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.each(["1", "0"] as const)("an incremental build with WIREROOM_STAT_WORKERS=%s", (workers) => {
  it("repairs a page changed by hand, sees an edited source, and equals a full build", () => {
    const input = tempContent(fixtureFiles);
    const output = path.join(tempDir(), "site");
    expect(npmBuild([`--input=${input}`, `--output=${output}`], workers).status).toBe(0);
    const site = realpathSync(output);
    writeFileSync(path.join(site, "index.html"), "changed by hand\n");
    const source = path.join(input, "2031", "kessel-deal.md");
    writeFileSync(source, `${readFileSync(source, "utf8").trimEnd()}\n\nThe harbour office said the berths would open at dawn.\n`);
    const update = npmBuild(["--incremental", `--input=${input}`, `--output=${output}`], workers);
    expect(update.status, update.stderr).toBe(0);
    expect(update.stdout).toMatch(/rebuilt 1 file of the published site that were deleted or changed on disk \(index\.html\); updated/);
    const full = path.join(tempDir(), "site");
    expect(npmBuild([`--input=${input}`, `--output=${full}`], workers).status).toBe(0);
    expect(hashTree(output)).toEqual(hashTree(full));
    expect(readFileSync(path.join(output, "index.html"), "utf8")).not.toBe("changed by hand\n");
  });
});
