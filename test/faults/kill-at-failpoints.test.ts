/**
 * Killed anywhere, the site is whole: each case builds the site, edits the content, and runs
 * the real build command with WIREROOM_FAILPOINT naming a step of publishing, state or search,
 * where it kills itself with SIGKILL. Then the published output must be exactly the old site or
 * exactly the new one; and the next `--incremental` build must leave no debris (beside the
 * output, in it, or in the cache), no process of the killed build may still run, and the output
 * must equal a full build of the edited content byte for byte. An incremental build that starts
 * from the spare version is killed while it renames and levels it, too, and a full build while it
 * makes the spare of its own version.
 */
import { cpSync, existsSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { layoutOf, liveVersion } from "../../src/publish/site-layout.ts";
import { readSiteState } from "../../src/publish/site-state.ts";
import { spareVersion } from "../../src/publish/spare-version.ts";
import { debrisOf } from "../helpers/debris.ts";
import { hashTree } from "../helpers/output.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";
import { after, applyEdit, before, cacheDebrisOf, processesLeftAfterKill, runBuild, useFaultEnvironment } from "./helpers.ts";

const env = useFaultEnvironment();
let oldSite: Record<string, string>;
let newSite: Record<string, string>;
let oldFolder: string;

beforeAll(async () => {
  // The two sites a killed build may show: full builds of the content before and after the edit.
  oldFolder = path.join(tempDir(), "old");
  await buildSite({ input: tempContent(before), output: oldFolder });
  const newFolder = path.join(tempDir(), "new");
  await buildSite({ input: tempContent(after), output: newFolder });
  oldSite = hashTree(oldFolder);
  newSite = hashTree(newFolder);
  expect(oldSite).not.toEqual(newSite);
});


/**
 * "built twice": a second build leaves the first version as the spare (src/publish/spare-version.ts), which the incremental
 * build then starts from, levelling it by the two records. "rebuilt": then an incremental build with nothing changed, whose
 * version was made from the spare (after an edit and its undoing, so that its changes hold a search shard's files): the
 * next build levels the spare by that version's changes alone, the shard's links on libuv's threads.
 */
type Start = "built" | "built twice" | "rebuilt" | "pre-link folder";

/** What the output shows: its files with their hashes, or "missing". */
function shown(output: string): Record<string, string> | "missing" {
  return existsSync(output) ? hashTree(output) : "missing";
}

async function killAt(step: string, kind: "full" | "incremental", start: Start = "built"): Promise<void> {
  const input = tempContent(before);
  const output = path.join(tempDir(), "site");
  // A site from before versioned publishing is a plain folder with the marker.
  if (start === "pre-link folder") cpSync(realpathSync(oldFolder), output, { recursive: true });
  else await buildSite({ input, output });
  if (start === "built twice" || start === "rebuilt") await buildSite({ input, output });
  const args = [`--input=${input}`, `--output=${output}`];
  if (start === "rebuilt") {
    // An edit and its undoing: the published site is the old one again, its search shard indexed anew.
    for (const text of [`${String(before["port.md"])}\nThe harbour office said so again.\n`, String(before["port.md"])]) {
      writeFileSync(path.join(input, "port.md"), text);
      const rebuilt = await runBuild([...args, "--incremental"], { WIREROOM_CACHE_DIR: env.cacheDir });
      expect(rebuilt.status, rebuilt.stderr).toBe(0);
    }
    const layout = layoutOf(output);
    const madeFrom = readSiteState(output, liveVersion(layout)!)?.madeFrom;
    expect(madeFrom?.version).toBe(spareVersion(layout));
    expect(madeFrom?.changed.some((file) => file.startsWith("pagefind/"))).toBe(true);
  }
  applyEdit(input);

  const killed = await runBuild(kind === "incremental" ? [...args, "--incremental"] : args, { WIREROOM_FAILPOINT: step, WIREROOM_CACHE_DIR: env.cacheDir });
  expect(killed.signal, `the build was not killed at ${step}:\n${killed.stderr}`).toBe("SIGKILL");
  const afterKill = shown(output);
  if (afterKill === "missing") {
    // Only while a pre-link folder is replaced by the first link (two renames), once per output.
    expect(start).toBe("pre-link folder");
    expect(step).toBe("publish:legacy-moved");
  } else {
    expect([oldSite, newSite]).toContainEqual(afterKill);
  }
  expect(await processesLeftAfterKill()).toEqual([]);

  const next = await runBuild([...args, "--incremental"], { WIREROOM_CACHE_DIR: env.cacheDir });
  expect(next.status, next.stderr).toBe(0);
  expect(debrisOf(output)).toEqual([]);
  expect(cacheDebrisOf(env.cacheDir)).toEqual([]);
  expect(hashTree(output)).toEqual(newSite);
}

describe("a full build killed", () => {
  it.each([
    "lock:held",
    "search:indexing",
    "search:bundles-written",
    "publish:version-filled",
    "state:pack-temp-written",
    "state:site-state-temp-written",
    "publish:state-written",
    "state:articles-temp-written",
    "publish:link-made",
    "publish:flipped",
    "spare:linking-copy",
    "spare:copy-kept",
  ])("at %s leaves the old or the new site, and the next build cleans up and is exact", async (step) => {
    await killAt(step, "full");
  });
});

describe("a full build over a site with a spare (which it replaces by a copy of its own version) killed", () => {
  it.each(["spare:linking-copy", "publish:state-written", "publish:flipped", "spare:copy-kept"])(
    "at %s leaves the old or the new site, and the next build cleans up and is exact",
    async (step) => {
      await killAt(step, "full", "built twice");
    },
  );
});

describe("an incremental build killed", () => {
  it.each(["incremental:linked", "incremental:written", "incremental:articles-stored", "state:articles-temp-written", "search:indexing", "state:pack-appended", "state:site-state-temp-written", "publish:state-written", "publish:link-made", "publish:flipped"])(
    "at %s leaves the old or the new site, and the next build cleans up and is exact",
    async (step) => {
      await killAt(step, "incremental");
    },
  );
});

// The edit rewrites more than half of this small site's outputs: like a full build, the build makes a
// copy of its version for the spare while Pagefind indexes (src/cli/incremental-build.ts: rewritesMost).
describe("an incremental build that rewrites most of the site (and so makes a spare copy of its version) killed", () => {
  it.each(["spare:linking-copy", "incremental:articles-stored", "publish:state-written", "publish:flipped", "spare:copy-kept"])(
    "at %s leaves the old or the new site, and the next build cleans up and is exact",
    async (step) => {
      await killAt(step, "incremental");
    },
  );
});

describe("an incremental build from the spare version killed", () => {
  it.each(["spare:renamed", "spare:relinking", "incremental:linked", "incremental:written", "publish:state-written", "publish:flipped"])(
    "at %s leaves the old or the new site, and the next build cleans up and is exact",
    async (step) => {
      await killAt(step, "incremental", "built twice");
    },
  );
});

describe("an incremental build levelling the spare by the published version's changes, killed", () => {
  it.each(["spare:renamed", "spare:relinking", "spare:linking-later", "incremental:linked", "incremental:written", "incremental:articles-stored", "publish:state-written", "publish:flipped"])(
    "at %s leaves the old or the new site, and the next build cleans up and is exact",
    async (step) => {
      await killAt(step, "incremental", "rebuilt");
    },
  );
});

describe("the first build over a site from before versioned publishing, killed", () => {
  it.each(["publish:link-made", "publish:legacy-moved"])("at %s is finished or rolled back by the next build", async (step) => {
    await killAt(step, "full", "pre-link folder");
  });
});
