import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { recoverOutput } from "../../src/publish/clean-debris.ts";
import { stateFolderOf } from "../../src/publish/site-state.ts";
import { tempDir } from "../helpers/temp-content.ts";

function deadPid(): number {
  return spawnSync("true").pid!;
}

/** A complete version folder with the marker and one page. */
function version(builds: string, name: string, page: string): void {
  mkdirSync(path.join(builds, name), { recursive: true });
  writeFileSync(path.join(builds, name, ".wireroom-site"), "marker\n");
  writeFileSync(path.join(builds, name, "index.html"), page);
}

describe("recovery from killed builds", () => {
  it("finishes a publish killed between moving a pre-link folder aside and putting the link in its place", () => {
    const root = tempDir();
    const output = path.join(root, "site");
    const builds = path.join(root, ".site.builds");
    const pid = deadPid();
    version(builds, `vnew-${pid}-0`, "new");
    mkdirSync(path.join(builds, `legacy-${pid}`));
    writeFileSync(path.join(builds, `legacy-${pid}`, "index.html"), "old");
    symlinkSync(`.site.builds/vnew-${pid}-0`, path.join(builds, `link-${pid}`));
    const { repaired } = recoverOutput(output);
    expect(repaired.join()).toMatch(/published the complete site/);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("new");
    expect(readdirSync(builds)).toEqual([`vnew-${pid}-0`]);
  });

  it("puts the old folder back when the new link was never made", () => {
    const root = tempDir();
    const output = path.join(root, "site");
    const builds = path.join(root, ".site.builds");
    const pid = deadPid();
    mkdirSync(path.join(builds, `legacy-${pid}`), { recursive: true });
    writeFileSync(path.join(builds, `legacy-${pid}`, "index.html"), "old");
    version(builds, `vhalf-${pid}-0`, "half");
    recoverOutput(output);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("old");
    expect(readdirSync(builds)).toEqual([]);
  });

  it("puts back the site that a build before links left as .site.old-<pid>, and removes its staging folders", () => {
    const root = tempDir();
    const output = path.join(root, "site");
    const pid = deadPid();
    mkdirSync(path.join(root, `.site.old-${pid}`));
    writeFileSync(path.join(root, `.site.old-${pid}`, "index.html"), "old");
    mkdirSync(path.join(root, `.site.building-${pid}`));
    mkdirSync(path.join(root, `.site.incremental-${pid}`));
    // A build of this process is running: its folder stays.
    mkdirSync(path.join(root, `.site.building-${process.pid}`));
    recoverOutput(output);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("old");
    expect(readdirSync(root).sort()).toEqual([`.site.building-${process.pid}`, "site"]);
  });

  it("removes every version but the published one (and the spare: none here, no version has a state)", () => {
    const root = tempDir();
    const output = path.join(root, "site");
    const builds = path.join(root, ".site.builds");
    version(builds, "vlive-1-0", "live");
    version(builds, "vdead-2-0", "unfinished");
    symlinkSync(".site.builds/vlive-1-0", output);
    const { removed } = recoverOutput(output);
    expect(removed).toEqual([".site.builds/vdead-2-0"]);
    expect(readlinkSync(output)).toBe(".site.builds/vlive-1-0");
    expect(existsSync(path.join(builds, "vlive-1-0", "index.html"))).toBe(true);
  });

  it("keeps the spare: the newest other version whose state was written, and its state", () => {
    const saved = process.env["WIREROOM_CACHE_DIR"];
    process.env["WIREROOM_CACHE_DIR"] = tempDir();
    try {
      const root = tempDir();
      const output = path.join(root, "site");
      const builds = path.join(root, ".site.builds");
      const states = stateFolderOf(output);
      mkdirSync(states, { recursive: true });
      // Names are v<time in base 36>-<pid>-<counter>.
      for (const [name, stated] of [["v10-1-0", true], ["v20-1-0", true], ["v30-1-0", true], ["v40-1-0", false]] as const) {
        version(builds, name, name);
        if (stated) writeFileSync(path.join(states, `${name}.json`), "{}");
      }
      symlinkSync(".site.builds/v30-1-0", output);
      const { removed } = recoverOutput(output);
      expect([...removed].sort()).toEqual([".site.builds/v10-1-0", ".site.builds/v40-1-0"]);
      expect(readdirSync(builds).sort()).toEqual(["v20-1-0", "v30-1-0"]);
      expect(readdirSync(states).sort()).toEqual(["v20-1-0.json", "v30-1-0.json"]);
    } finally {
      if (saved === undefined) delete process.env["WIREROOM_CACHE_DIR"];
      else process.env["WIREROOM_CACHE_DIR"] = saved;
    }
  });
});
