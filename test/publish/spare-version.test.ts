/**
 * The spare version: an incremental build starts from the version published before the live
 * one (renamed and levelled) instead of a new version of hard links. Real builds over real
 * files, fictional articles: over several edits in a row (the spare and the published version
 * trading places), with files deleted and changed by hand in the published site between builds,
 * and after a full build (which shares no file with its spare), each site equals a full build
 * of the same sources byte for byte, the files record written without a stat of every file is
 * the one a stat of every file gives, and nothing but the published version and its spare is
 * left beside the output.
 */
import { appendFileSync, linkSync, mkdirSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { readStoredArticles } from "../../src/cli/build-state.ts";
import { buildIncremental, type IncrementalResult } from "../../src/cli/incremental-build.ts";
import { createSiteLoader } from "../../src/model/load-site.ts";
import { layoutOf, liveVersion, versionFolder } from "../../src/publish/site-layout.ts";
import { readSiteState, recordFiles } from "../../src/publish/site-state.ts";
import { levelSpare, readSpare, spareVersion } from "../../src/publish/spare-version.ts";
import { useFaultEnvironment } from "../faults/helpers.ts";
import { debrisOf } from "../helpers/debris.ts";
import { hashTree } from "../helpers/output.ts";
import { seedFiles } from "../helpers/seed.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

useFaultEnvironment();

function article(n: number, day: number, person: string, org: string, extra = ""): string {
  return `---\ntitle: Kessel harbour report ${n}\ndate: 2031-05-${String(day).padStart(2, "0")}T09:00:00+05:00\n---\n` +
    `Harbour master ${person} met the board of ${org} on Tuesday, the port said.${extra}\n`;
}

const people = ["Ilse Varnholt", "Tomas Rekk", "Mirko Dalsky"];
const orgs = ["Kessel Port Authority", "Orlen Valley University"];

function photo(red: number): Promise<Buffer> {
  return sharp({ create: { width: 900, height: 500, channels: 3, background: { r: red, g: 40, b: 60 } } }).png().toBuffer();
}

const cranes = `---\ntitle: Velsk harbour gets new grain cranes\ndate: 2031-05-20T09:30:00+05:00\nimage:\n  file: images/cranes.png\n  alt: Two red cranes over the quay of Velsk.\n  credit: Varnossa News Agency\n---\nHarbour master Ilse Varnholt said on Tuesday that two new cranes would double the grain traffic of Velsk.\n`;

let input: string;
let output: string;

beforeAll(async () => {
  const files: Record<string, string | Uint8Array> = { ...seedFiles, "cranes.md": cranes, "images/cranes.png": await photo(160) };
  for (let n = 1; n <= 12; n++) files[`h${n}.md`] = article(n, 1 + n, people[n % 3]!, orgs[n % 2]!);
  input = tempContent(files);
  output = path.join(tempDir(), "site");
  await buildSite({ input, output });
});

function rebuild(): Promise<IncrementalResult> {
  return buildIncremental({ input, output }, createSiteLoader(readStoredArticles(input)));
}

/** The published site equals a full build of the same sources, its record is a stat of every file, and beside it is only its spare. */
async function expectExact(): Promise<void> {
  const full = path.join(tempDir(), "full");
  await buildSite({ input, output: full });
  expect(hashTree(output)).toEqual(hashTree(full));
  const layout = layoutOf(output);
  const live = liveVersion(layout)!;
  expect(readSiteState(output, live)?.files.toObject()).toEqual(recordFiles(realpathSync(output)).toObject());
  expect(debrisOf(output)).toEqual([]);
  expect(readdirSync(layout.builds).filter((name) => name.startsWith("v")).sort()).toEqual([live, spareVersion(layout)].sort());
}

/**
 * The spare a full build leaves: every file of the published site as a hard link (the same inode),
 * but the search index and the marker (written after it), and its record what a stat of it gives.
 */
function expectSpareCopiesLive(): void {
  const layout = layoutOf(output);
  const spare = spareVersion(layout)!;
  expect(spare).toBeDefined();
  const liveFiles = recordFiles(realpathSync(output));
  const spareFiles = recordFiles(versionFolder(layout, spare));
  const expected = liveFiles.keys().filter((file) => !file.startsWith("pagefind/") && file !== ".wireroom-site");
  expect(spareFiles.keys()).toEqual(expected);
  for (const file of expected) expect(spareFiles.get(file)?.[2], file).toBe(liveFiles.get(file)?.[2]);
  expect(readSiteState(output, spare)?.files.toObject()).toEqual(spareFiles.toObject());
}

/** The inode of the spare's folder: the folder of the next version, when that version was made from it (a rename keeps it). */
function spareFolderInode(): number {
  const layout = layoutOf(output);
  return statSync(versionFolder(layout, spareVersion(layout)!)).ino;
}

/** Whether the next build levels the spare by the published version's changes alone (it was made from the spare), not by the two records. */
function levelsByChanges(): boolean {
  const layout = layoutOf(output);
  const spare = readSpare(layout, readSiteState(output, liveVersion(layout)!));
  return spare !== undefined && "changed" in spare;
}

function liveFolderInode(): number {
  return statSync(realpathSync(output)).ino;
}

describe("an incremental build from the spare version", () => {
  it("a full build leaves a spare of hard links to its files (not the search index, nor the marker), which the first edit levels by the records", async () => {
    expectSpareCopiesLive();
    const spare = spareFolderInode();
    expect(levelsByChanges()).toBe(false);
    writeFileSync(path.join(input, "h3.md"), article(3, 4, people[0]!, orgs[0]!, " The cranes arrive in June."));
    expect((await rebuild()).mode).toBe("incremental");
    expect(liveFolderInode()).toBe(spare);
    await expectExact();
  });

  it("a full build without a search index leaves no spare: the first edit links a version of its own", async () => {
    const other = path.join(tempDir(), "no-search");
    await buildSite({ input, output: other, searchIndex: false });
    expect(spareVersion(layoutOf(other))).toBeUndefined();
    expect(debrisOf(other)).toEqual([]);
  });

  it("edits in a row: each starts from the spare, renamed and levelled", async () => {
    for (const [n, person] of [[5, people[2]!], [3, people[1]!], [7, people[0]!]] as const) {
      const spare = spareFolderInode();
      expect(levelsByChanges()).toBe(true);
      writeFileSync(path.join(input, `h${n}.md`), article(n, 1 + n, person, orgs[1]!, ` Edit of report ${n}.`));
      expect((await rebuild()).mode).toBe("incremental");
      expect(liveFolderInode()).toBe(spare);
      await expectExact();
    }
  });

  it("a build with no source changed, after an edit: its spare gets the edit's files, search shard included, by the changes alone", async () => {
    writeFileSync(path.join(input, "h11.md"), article(11, 12, people[0]!, orgs[1]!, " The quay reopens in May."));
    await rebuild();
    await expectExact();
    // Nothing to index again now: the edit's new shard files reach this version only through the last build's changes.
    expect(levelsByChanges()).toBe(true);
    const result = await rebuild();
    expect(result.mode).toBe("incremental");
    await expectExact();
  });

  it("a published version made from another version than the spare (a build killed before publishing, say): the spare is levelled by the records", () => {
    const layout = layoutOf(output);
    const published = readSiteState(output, liveVersion(layout)!)!;
    expect(readSpare(layout, published)).toHaveProperty("changed");
    const other = readSpare(layout, { madeFrom: { version: "v0-0-0", changed: [] } });
    expect(other?.name).toBe(spareVersion(layout));
    expect(other).toHaveProperty("files");
  });

  it("files deleted and changed by hand in the published site (one shared with the spare): repaired", async () => {
    const page = readdirSync(path.join(output, "people")).map((name) => `people/${name}/index.html`)[0]!;
    rmSync(path.join(output, "feed.xml"));
    // Written in place: the spare holds the same inode, so its copy changes too.
    appendFileSync(path.join(output, page), "<p>by hand</p>");
    writeFileSync(path.join(input, "h9.md"), article(9, 10, people[1]!, orgs[0]!, " Edited after the hand edits."));
    const result = await rebuild();
    expect(result.reason).toMatch(/rebuilt 2 files of the published site/);
    await expectExact();
  });

  it("after a full build over a site with a spare (the old spare gone, a copy of the new version in its place): levelled by the records, then by the edit again", async () => {
    const oldSpare = spareVersion(layoutOf(output));
    await buildSite({ input, output });
    expect(spareVersion(layoutOf(output))).not.toBe(oldSpare);
    expectSpareCopiesLive();
    expect(debrisOf(output)).toEqual([]);
    for (const n of [2, 4]) {
      const spare = spareFolderInode();
      // The full build's spare is a copy of its version but for the search index: levelled by the records once, then by the edit's changes.
      expect(levelsByChanges()).toBe(n === 4);
      writeFileSync(path.join(input, `h${n}.md`), article(n, 1 + n, people[2]!, orgs[0]!, ` After the full build, ${n}.`));
      expect((await rebuild()).mode).toBe("incremental");
      expect(liveFolderInode()).toBe(spare);
      await expectExact();
    }
  });

  it("an incremental build that rewrites the whole site (a registry of its own) leaves a copy of its version as the spare, as a full build does", async () => {
    const before = spareVersion(layoutOf(output));
    writeFileSync(path.join(input, "entities.yaml"), "entities:\n  - id: kessel-port\n    type: organisation\n    name: Kessel Port Authority\n    aliases: [Kessel Port]\n");
    const result = await rebuild();
    expect(result.mode).toBe("incremental");
    // Every page shows the registry's hash: all of them were written.
    expect(result.written).toBeGreaterThan(40);
    expect(spareVersion(layoutOf(output))).not.toBe(before);
    expectSpareCopiesLive();
    await expectExact();
    // The next edit levels the copy by the records (only the search index differs), then edits go by the changes again.
    for (const n of [8, 10]) {
      const spare = spareFolderInode();
      expect(levelsByChanges()).toBe(n === 10);
      writeFileSync(path.join(input, `h${n}.md`), article(n, 1 + n, people[0]!, orgs[0]!, ` After the registry, ${n}.`));
      const edit = await rebuild();
      expect(edit.mode).toBe("incremental");
      expect(edit.written).toBeLessThan(result.written / 2);
      expect(liveFolderInode()).toBe(spare);
      await expectExact();
    }
  });

  it("an added article with a lead image, a deleted article and an added one", async () => {
    // (A lead image that changes leaves its old files in an incremental build, with or without a spare: not this test's matter.)
    writeFileSync(path.join(input, "images/dock.png"), await photo(30));
    writeFileSync(path.join(input, "dock.md"), cranes.replace("gets new grain cranes", "opens a new dock").replace("cranes.png", "dock.png").replace("2031-05-20", "2031-05-22"));
    await rebuild();
    await expectExact();
    rmSync(path.join(input, "h6.md"));
    writeFileSync(path.join(input, "h13.md"), article(13, 27, people[1]!, orgs[1]!));
    await rebuild();
    await expectExact();
  });
});

describe("levelling a spare", () => {
  it("keeps the files it shares with the published site, links the others, removes the rest, and links over a file its record does not know", async () => {
    const live = tempDir();
    const spare = tempDir();
    for (const file of ["a.html", "news/b.html", "news/d.html", "gone/x.html"]) {
      mkdirSync(path.dirname(path.join(live, file)), { recursive: true });
      writeFileSync(path.join(live, file), `published ${file}`);
    }
    mkdirSync(path.join(spare, "news"));
    mkdirSync(path.join(spare, "old"));
    linkSync(path.join(live, "a.html"), path.join(spare, "a.html"));
    writeFileSync(path.join(spare, "news/b.html"), "older b");
    writeFileSync(path.join(spare, "old/c.html"), "a page since deleted");
    // Not in the spare's record: put there by hand while the spare was the published site.
    writeFileSync(path.join(spare, "news/d.html"), "by hand");
    const liveFiles = recordFiles(live);
    const spareFiles = recordFiles(spare);
    spareFiles.delete("news/d.html");
    // gone/x.html was deleted by hand from the published site: not intact.
    const intact = ["a.html", "news/b.html", "news/d.html"];
    const result = levelSpare(spare, { name: "v-spare", files: spareFiles }, { folder: live, files: liveFiles, intact, damaged: ["gone/x.html"] });
    expect(result).toMatchObject({ relinked: 2, removed: 1, copied: [] });
    expect(hashTree(spare)).toEqual(Object.fromEntries(Object.entries(hashTree(live)).filter(([file]) => intact.includes(file))));
    for (const file of intact) expect(statSync(path.join(spare, file)).ino).toBe(liveFiles.get(file)![2]);
    expect(readdirSync(spare).sort()).toEqual(["a.html", "news"]);
    // The spare's old files went into a folder beside it, removed meanwhile.
    await result.discarded;
    expect(readdirSync(path.dirname(spare)).filter((name) => name.startsWith("trash-") && name.endsWith(path.basename(spare)))).toEqual([]);
  });

  it("by the published version's changes alone, when it was made from the spare: the same files as by the records", async () => {
    const live = tempDir();
    const spare = tempDir();
    for (const file of ["a.html", "news/b.html", "news/d.html", "news/e.html", "gone/x.html"]) {
      mkdirSync(path.dirname(path.join(live, file)), { recursive: true });
      writeFileSync(path.join(live, file), `published ${file}`);
    }
    mkdirSync(path.join(spare, "news"), { recursive: true });
    mkdirSync(path.join(spare, "old"));
    mkdirSync(path.join(spare, "gone"));
    // Shared with the published version and not changed by its build: left as they are.
    linkSync(path.join(live, "a.html"), path.join(spare, "a.html"));
    linkSync(path.join(live, "news/e.html"), path.join(spare, "news/e.html"));
    // Shared too, but deleted by hand from the published site since: damaged there, so it goes here.
    linkSync(path.join(live, "gone/x.html"), path.join(spare, "gone/x.html"));
    // What the published version's build changed: b written again, c removed, d added.
    writeFileSync(path.join(spare, "news/b.html"), "older b");
    writeFileSync(path.join(spare, "old/c.html"), "a page since deleted");
    // A search shard the published version's build wrote again: a folder of new files whose old files all go (in one
    // go), and one where a file it kept stays; and a folder of old files alone, all gone.
    const shard: string[] = [];
    for (let n = 0; n < 10; n++) {
      mkdirSync(path.join(live, "pf/frag"), { recursive: true });
      mkdirSync(path.join(spare, "pf/frag"), { recursive: true });
      writeFileSync(path.join(live, `pf/frag/new${n}.pf`), `fragment ${n}`);
      writeFileSync(path.join(spare, `pf/frag/old${n}.pf`), `older fragment ${n}`);
      mkdirSync(path.join(live, "pf/idx"), { recursive: true });
      mkdirSync(path.join(spare, "pf/idx"), { recursive: true });
      writeFileSync(path.join(live, `pf/idx/i${n}.pf`), `index ${n}`);
      writeFileSync(path.join(spare, `pf/idx/i${n}.pf`), `older index ${n}`);
      mkdirSync(path.join(spare, "pf/dropped/part"), { recursive: true });
      writeFileSync(path.join(spare, `pf/dropped/part/d${n}.pf`), `dropped ${n}`);
      shard.push(`pf/frag/new${n}.pf`, `pf/frag/old${n}.pf`, `pf/idx/i${n}.pf`, `pf/dropped/part/d${n}.pf`);
    }
    writeFileSync(path.join(live, "pf/idx/kept.pf"), "kept");
    linkSync(path.join(live, "pf/idx/kept.pf"), path.join(spare, "pf/idx/kept.pf"));
    const liveFiles = recordFiles(live);
    rmSync(path.join(live, "gone/x.html"));
    const intact = liveFiles.keys().filter((file) => file !== "gone/x.html");
    const e = statSync(path.join(spare, "news/e.html")).ino;
    const kept = statSync(path.join(spare, "pf/idx/kept.pf")).ino;
    const changed = ["news/b.html", "old/c.html", "news/d.html", ...shard];
    // The shard's links made on libuv's threads: there once `linked` settles.
    const result = levelSpare(spare, { name: "v-spare", changed }, { folder: live, files: liveFiles, intact, damaged: ["gone/x.html"] }, { linkLater: ["pf/"] });
    expect(result).toMatchObject({ relinked: 22, copied: [] });
    expect(await result.linked).toEqual([]);
    expect(hashTree(spare)).toEqual(hashTree(live));
    for (const file of intact) expect(statSync(path.join(spare, file)).ino).toBe(liveFiles.get(file)![2]);
    expect(statSync(path.join(spare, "news/e.html")).ino).toBe(e);
    expect(statSync(path.join(spare, "pf/idx/kept.pf")).ino).toBe(kept);
    expect(readdirSync(spare).sort()).toEqual(["a.html", "news", "pf"]);
    expect(readdirSync(path.join(spare, "pf")).sort()).toEqual(["frag", "idx"]);
    await result.discarded;
  });
});
