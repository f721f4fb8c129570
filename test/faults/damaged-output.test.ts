/**
 * Deleted and corrupted outputs, state and caches are repaired. An incremental build checks the
 * published files against what the build state recorded (size, time, inode): a page, feed or
 * search file deleted or changed by hand is written again and the build says so; state that is
 * unreadable or describes another site makes it a full build, which says why; an encoded image
 * in the cache whose bytes were overwritten is encoded again, never published. Fictional
 * articles only; in process, with a temporary cache folder.
 */
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { readStoredArticles } from "../../src/cli/build-state.ts";
import { buildIncremental } from "../../src/cli/incremental-build.ts";
import { createSiteLoader } from "../../src/model/load-site.ts";
import { startLiveCheck } from "../../src/publish/live-check.ts";
import { startSourceStats } from "../../src/articles/early-source-stats.ts";
import { startHelperThread } from "../../src/helper-thread.ts";
import { stateFolderOf } from "../../src/publish/site-state.ts";
import { debrisOf } from "../helpers/debris.ts";
import { hashTree } from "../helpers/output.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";
import { after, applyEdit, before, useFaultEnvironment } from "./helpers.ts";

const env = useFaultEnvironment();
let fullSite: Record<string, string>;

beforeAll(async () => {
  const reference = path.join(tempDir(), "full");
  await buildSite({ input: tempContent(before), output: reference });
  fullSite = hashTree(reference);
});


async function builtSite(): Promise<{ input: string; output: string }> {
  const input = tempContent(before);
  const output = path.join(tempDir(), "site");
  await buildSite({ input, output });
  return { input, output };
}

function rebuild(input: string, output: string) {
  return buildIncremental({ input, output }, createSiteLoader(readStoredArticles(input)));
}

/**
 * As the command does (src/cli/build.ts): on one helper thread, the stats of
 * the sources and the check of the published site started before the build (its answer taken
 * after planning), then Pagefind's service and the spare's chores.
 */
async function rebuildWithEarlyCheck(input: string, output: string) {
  const helper = startHelperThread();
  startSourceStats(input, helper);
  const early = startLiveCheck(output, helper);
  expect(early).toBeDefined();
  return buildIncremental({ input, output }, createSiteLoader(readStoredArticles(input)), early, helper).finally(() => helper.close());
}

const articlePage = "news/2031/06/02/varnossa-opens-a-port-on-the-kessel-sea/index.html";

describe("an incremental build over a damaged site", () => {
  it.each([
    ["the site feed deleted", ["feed.xml"]],
    ["the home page, an article page and an entity page deleted", ["index.html", articlePage, "people/tomas-rekk/index.html"]],
  ])("%s: writes them again and says so", async (_label, files) => {
    const { input, output } = await builtSite();
    for (const file of files) rmSync(path.join(output, file));
    const result = await rebuild(input, output);
    expect(result.mode).toBe("incremental");
    expect(result.reason).toMatch(/rebuilt \d+ files? of the published site that were deleted or changed on disk/);
    expect(hashTree(output)).toEqual(fullSite);
    expect(debrisOf(output)).toEqual([]);
  });

  it("a page and a search bundle file overwritten with junk: writes them again", async () => {
    const { input, output } = await builtSite();
    appendFileSync(path.join(output, articlePage), "<script>junk</script>");
    const fragments = path.join(output, "pagefind", "0", "fragment");
    writeFileSync(path.join(fragments, readdirSync(fragments)[0]!), "junk");
    const result = await rebuild(input, output);
    expect(result.reason).toMatch(/rebuilt 2 files/);
    expect(hashTree(output)).toEqual(fullSite);
  });

  it("unreadable build state: builds the whole site and says why", async () => {
    const { input, output } = await builtSite();
    const folder = stateFolderOf(output, env.cacheDir);
    for (const name of readdirSync(folder)) writeFileSync(path.join(folder, name), "{ not json");
    const result = await rebuild(input, output);
    expect(result).toMatchObject({ mode: "full", reason: expect.stringMatching(/no build state for the site published/) });
    expect(hashTree(output)).toEqual(fullSite);
  });

  it("the stored articles overwritten with junk: read again from the sources, and the site is exact", async () => {
    const { input, output } = await builtSite();
    for (const name of readdirSync(env.cacheDir).filter((n) => n.endsWith(".articles.json"))) writeFileSync(path.join(env.cacheDir, name), "\u0000junk");
    const result = await rebuild(input, output);
    expect(result.mode).toBe("incremental");
    expect(hashTree(output)).toEqual(fullSite);
  });

  it("the published version deleted by hand (a dangling link): builds the whole site and says why", async () => {
    const { input, output } = await builtSite();
    rmSync(path.join(path.dirname(output), ".site.builds"), { recursive: true });
    const result = await rebuild(input, output);
    expect(result).toMatchObject({ mode: "full", reason: expect.stringMatching(/points to is gone/) });
    expect(hashTree(output)).toEqual(fullSite);
    expect(debrisOf(output)).toEqual([]);
  });

  it("a marker that names another site: builds the whole site and says why", async () => {
    const { input, output } = await builtSite();
    const marker = path.join(output, ".wireroom-site");
    writeFileSync(marker, readFileSync(marker, "utf8").replace(/site [0-9a-f]+/, "site 00000000000000000000"));
    const result = await rebuild(input, output);
    expect(result).toMatchObject({ mode: "full", reason: expect.stringMatching(/not the one its build state describes/) });
    expect(hashTree(output)).toEqual(fullSite);
  });
});

describe("damage found by the check started before the build, taken only after planning", () => {
  it("a page changed by hand and one deleted, with a spare version to level: the version planned as if intact is discarded, and they are written again", async () => {
    const { input, output } = await builtSite();
    // A first incremental build leaves the full build's version as the spare the next one levels.
    expect((await rebuildWithEarlyCheck(input, output)).mode).toBe("incremental");
    writeFileSync(path.join(output, "index.html"), "changed by hand\n");
    rmSync(path.join(output, articlePage));
    const result = await rebuildWithEarlyCheck(input, output);
    expect(result.mode).toBe("incremental");
    expect(result.reason).toMatch(/rebuilt 2 files of the published site that were deleted or changed on disk/);
    expect(hashTree(output)).toEqual(fullSite);
    expect(debrisOf(output)).toEqual([]);
    // And the build after it, from the repaired site, finds nothing.
    expect((await rebuildWithEarlyCheck(input, output)).reason).toBeUndefined();
    expect(hashTree(output)).toEqual(fullSite);
  });

  it("a page the spare holds in an older form deleted: its link fails while levelling, the check is taken then, and it is written again", async () => {
    const { input, output } = await builtSite();
    // After an edit, the spare (the full build's version) holds an older home page than the published one.
    applyEdit(input);
    expect((await rebuildWithEarlyCheck(input, output)).mode).toBe("incremental");
    rmSync(path.join(output, "index.html"));
    const result = await rebuildWithEarlyCheck(input, output);
    expect(result).toMatchObject({ mode: "incremental", reason: expect.stringMatching(/rebuilt 1 file of the published site that were deleted or changed on disk \(index\.html\)/) });
    const reference = path.join(tempDir(), "reference");
    await buildSite({ input: tempContent(after), output: reference });
    expect(hashTree(output)).toEqual(hashTree(reference));
    expect(debrisOf(output)).toEqual([]);
  });

  it("a copied asset and a search bundle file deleted, without a spare: the links to them fail, the check is taken then, and they are written again", async () => {
    const { input, output } = await builtSite();
    rmSync(path.join(output, "assets", "search.js"));
    const fragments = path.join(output, "pagefind", "0", "fragment");
    rmSync(path.join(fragments, readdirSync(fragments)[0]!));
    const result = await rebuildWithEarlyCheck(input, output);
    expect(result).toMatchObject({ mode: "incremental", reason: expect.stringMatching(/rebuilt 2 files of the published site that were deleted or changed on disk \(assets\/search\.js, pagefind\//) });
    expect(hashTree(output)).toEqual(fullSite);
    expect(debrisOf(output)).toEqual([]);
  });
});

describe("a corrupted image cache", () => {
  it("is encoded again, and the site gets the right bytes", async () => {
    const png = await sharp({ create: { width: 1000, height: 560, channels: 3, background: { r: 160, g: 30, b: 40 } } }).png().toBuffer();
    const withImage = `---\ntitle: Velsk harbour gets new grain cranes\ndate: 2031-05-14T09:30:00+05:00\nimage:\n  file: images/cranes.png\n  alt: Two red cranes over the quay of Velsk.\n  credit: Varnossa News Agency\n---\nHarbour master Ilse Varnholt said on Tuesday that two new cranes would double the grain traffic of Velsk.\n`;
    const input = tempContent({ "cranes.md": withImage, "images/cranes.png": png });
    const first = path.join(tempDir(), "first");
    await buildSite({ input, output: first });
    const good = hashTree(path.join(first, "img"));
    // Junk of the same length in every cached file of the entry.
    const entries = path.join(env.cacheDir, "images");
    for (const entry of readdirSync(entries)) {
      for (const file of readdirSync(path.join(entries, entry)).filter((name) => name !== "entry.json")) {
        const bytes = readFileSync(path.join(entries, entry, file));
        writeFileSync(path.join(entries, entry, file), Buffer.alloc(bytes.length, 0x41));
      }
    }
    const second = path.join(tempDir(), "second");
    await buildSite({ input, output: second });
    expect(hashTree(path.join(second, "img"))).toEqual(good);
  });
});
