/**
 * One build at a time per output: a second build started while the first holds the lock waits
 * for it, says so, and then runs; both end well and the site is exact. The first build is held
 * at the lock with WIREROOM_PAUSE (no guessing of times).
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { debrisOf } from "../helpers/debris.ts";
import { hashTree } from "../helpers/output.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";
import { after, applyEdit, before, startBuild, useFaultEnvironment } from "./helpers.ts";

const env = useFaultEnvironment();
let newSite: Record<string, string>;

beforeAll(async () => {
  const reference = path.join(tempDir(), "new");
  await buildSite({ input: tempContent(after), output: reference });
  newSite = hashTree(reference);
});


/** Resolves when `file` exists (the paused build writes it when it reaches its pause). */
async function appears(file: string): Promise<void> {
  while (!existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe("two builds into one output at once", () => {
  it.each([
    ["a full build and an incremental one", [] as string[], ["--incremental"]],
    ["two incremental builds", ["--incremental"], ["--incremental"]],
  ])("%s: the second waits for the first, and the site is exact", async (_label, firstFlags, secondFlags) => {
    const input = tempContent(before);
    const output = path.join(tempDir(), "site");
    await buildSite({ input, output });
    applyEdit(input);
    const args = [`--input=${input}`, `--output=${output}`];
    const gate = path.join(tempDir(), "go");

    const first = startBuild([...args, ...firstFlags], { WIREROOM_CACHE_DIR: env.cacheDir, WIREROOM_PAUSE: `lock:held=${gate}` });
    await appears(`${gate}.reached`);
    const second = startBuild([...args, ...secondFlags], { WIREROOM_CACHE_DIR: env.cacheDir });
    await second.saw("waiting for another build");
    writeFileSync(gate, "");

    const [one, two] = await Promise.all([first.done, second.done]);
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(debrisOf(output)).toEqual([]);
    expect(hashTree(output)).toEqual(newSite);
  });
});
