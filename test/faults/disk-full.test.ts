/**
 * A full disk (ENOSPC), on small tmpfs file systems mounted for the test (skipped, with a notice,
 * where the machine does not let the test mount one): a build that runs out of room while writing
 * the new site, or while writing its build state, fails with exit 1, says that the output was left
 * as it was, and it was; nothing is left behind.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { debrisOf } from "../helpers/debris.ts";
import { hashTree } from "../helpers/output.ts";
import { tempContent } from "../helpers/temp-content.ts";
import { applyEdit, before, runBuild, useFaultEnvironment } from "./helpers.ts";

const mounted: string[] = [];

/** A tmpfs of `kib` KiB, or undefined where mounting is not allowed. */
function smallDisk(kib: number): string | undefined {
  const dir = mkdtempSync(path.join(tmpdir(), "wireroom-small-disk-"));
  const result = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${kib}k`, "tmpfs", dir], { encoding: "utf8" });
  if (result.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  mounted.push(dir);
  return dir;
}

const canMount = (() => {
  const probe = smallDisk(64);
  return probe !== undefined;
})();
if (!canMount) console.warn("[wireroom test] disk-full cases skipped: this machine does not let the test mount a small tmpfs");

const env = useFaultEnvironment();


afterAll(() => {
  for (const dir of mounted.splice(0)) {
    spawnSync("umount", [dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Bytes a folder takes on a tmpfs: whole 4 KiB pages per file. */
function pagesOf(folder: string): number {
  let bytes = 0;
  for (const name of readdirSync(folder, { recursive: true }).map(String)) {
    const stat = statSync(path.join(folder, name));
    if (stat.isFile()) bytes += Math.ceil(stat.size / 4096) * 4096;
  }
  return bytes;
}

/** Fills a file system up to its last few KiB. */
function fillUp(dir: string, leave: number): void {
  const chunk = Buffer.alloc(4096, 0x20);
  for (let n = 0; ; n++) {
    try {
      writeFileSync(path.join(dir, `filler-${n}`), chunk);
    } catch {
      break;
    }
  }
  for (let n = 0; n < leave; n++) rmSync(path.join(dir, `filler-${n}`), { force: true });
}

describe.skipIf(!canMount)("a full disk", () => {
  it("while writing the new site: exit 1, the output left as it was, nothing left behind", async () => {
    const input = tempContent(before);
    const reference = path.join(mkdtempSync(path.join(tmpdir(), "wireroom-ref-")), "site");
    mounted.push(path.dirname(reference)); // removed (umount fails harmlessly) with the disks
    await buildSite({ input, output: reference });
    // Room for one site and a half: the first build fits, a second one beside it does not.
    const disk = smallDisk(Math.ceil((pagesOf(realpathSync(reference)) * 1.5) / 1024) + 64)!;
    const output = path.join(disk, "site");
    const first = await runBuild([`--input=${input}`, `--output=${output}`], { WIREROOM_CACHE_DIR: env.cacheDir });
    expect(first.status, first.stderr).toBe(0);
    const published = hashTree(output);
    applyEdit(input);

    const full = await runBuild([`--input=${input}`, `--output=${output}`], { WIREROOM_CACHE_DIR: env.cacheDir });
    expect(full.status).toBe(1);
    expect(full.stderr).toMatch(/build failed, .*site left as it was\./);
    expect(full.stderr).toMatch(/ENOSPC|No space left on device/);
    expect(hashTree(output)).toEqual(published);
    expect(debrisOf(output)).toEqual([]);
  });

  it("while writing the build state: exit 1, the output left as it was", async () => {
    const input = tempContent(before);
    const outputRoot = mkdtempSync(path.join(tmpdir(), "wireroom-out-"));
    mounted.push(outputRoot);
    const output = path.join(outputRoot, "site");
    const first = await runBuild([`--input=${input}`, `--output=${output}`], { WIREROOM_CACHE_DIR: env.cacheDir });
    expect(first.status, first.stderr).toBe(0);
    const published = hashTree(output);
    applyEdit(input);

    // The state of this output lives in a cache folder on a disk with 8 KiB left.
    const disk = smallDisk(512)!;
    const fullCache = path.join(disk, "cache");
    mkdirSync(fullCache);
    fillUp(disk, 2);
    const result = await runBuild([`--input=${input}`, `--output=${output}`], { WIREROOM_CACHE_DIR: fullCache });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/build failed, .*site left as it was\.\n.*ENOSPC/s);
    expect(readdirSync(fullCache, { recursive: true }).map(String).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(hashTree(output)).toEqual(published);
    expect(debrisOf(output)).toEqual([]);
  });
});
