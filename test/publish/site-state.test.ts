/**
 * The build state of a published version (src/publish/site-state.ts) as it is written and read:
 * a first line that names its body in a pack (src/publish/state-pack.ts), the body's two lines
 * of which the spare's read takes only the files record; states written in the formats before
 * (three lines in the file, one line, the record as an object) read the same; one that names
 * another version or output, or is junk, or whose pack does not hold its body, reads as none. A
 * state written after the published one appends only the chunks it changed to that one's pack;
 * packs no kept state names go. A real build of fictional articles.
 */
import { readdirSync, readFileSync, realpathSync, statSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { layoutOf, liveVersion } from "../../src/publish/site-layout.ts";
import { readSiteFiles, readSiteState, recordFiles, removeOtherStates, siteIdAhead, siteIdOf, stateFolderOf, writeSiteState, type SiteState } from "../../src/publish/site-state.ts";
import { useFaultEnvironment } from "../faults/helpers.ts";
import { seedFiles } from "../helpers/seed.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

useFaultEnvironment();

let output: string;
let live: string;
let stateFile: string;

beforeAll(async () => {
  const files: Record<string, string | Uint8Array> = { ...seedFiles };
  for (let n = 1; n <= 6; n++) files[`m${n}.md`] = `---\ntitle: Orlen ferry timetable ${n}\ndate: 2031-05-0${n}T09:00:00+05:00\n---\nThe Orlen Ferry Company said on Monday that crossing ${n} would run twice a day.\n`;
  output = path.join(tempDir(), "site");
  await buildSite({ input: tempContent(files), output });
  live = liveVersion(layoutOf(output))!;
  stateFile = path.join(stateFolderOf(output), `${live}.json`);
});

interface WrittenAbout {
  readonly version: number;
  readonly body: { readonly pack: string; readonly length: number; readonly runs: readonly (readonly [number, number])[] };
}

const aboutOf = (site: string): WrittenAbout => JSON.parse(readFileSync(path.join(stateFolderOf(output), `${site}.json`), "utf8").split("\n")[0]!) as WrittenAbout;
const packOf = (site: string): string => path.join(stateFolderOf(output), `${aboutOf(site).body.pack}.pack`);
const plain = (state: SiteState): unknown => ({ ...state, files: state.files.toObject() });

/** Writes `state` as the state of version `site`, after the published one, and reads it back. */
function writtenAfterLive(state: SiteState, site: string): SiteState {
  writeSiteState({ ...state, site }, live);
  return readSiteState(output, site)!;
}

describe("the build state of a published version", () => {
  it("is a line that names its body in a pack: the files record, the manifest and search plan", () => {
    const lines = readFileSync(stateFile, "utf8").split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe("");
    const about = JSON.parse(lines[0]!) as WrittenAbout;
    expect(about).toEqual({ version: 4, output: path.resolve(output), site: live, id: expect.any(String), body: { pack: live, chunk: 4096, length: expect.any(Number), runs: [[0, Math.ceil(about.body.length / 4096)]] } });
    expect(statSync(packOf(live)).size).toBe(about.body.length);
    const state = readSiteState(output, live)!;
    expect(state.version).toBe(3);
    expect(state.files.toObject()).toEqual(recordFiles(realpathSync(output)).toObject());
    expect(state.manifest.version).toBe(1);
    expect(readSiteFiles(output, live)?.toObject()).toEqual(state.files.toObject());
  });

  it("has the id of its manifest, made ahead (the hash on libuv's threads) or not, and the same for an equal manifest", async () => {
    const state = readSiteState(output, live)!;
    expect(siteIdOf(state.manifest)).toBe(state.id);
    const copy = JSON.parse(JSON.stringify(state.manifest)) as SiteState["manifest"];
    await siteIdAhead(copy);
    expect(siteIdOf(copy)).toBe(state.id);
    // Taken as made: a manifest is final once its id is made ahead (a change after would not be seen).
    (copy.outputs as Record<string, string>)["made-after.html"] = "x";
    expect(siteIdOf(copy)).toBe(state.id);
    expect(siteIdOf(JSON.parse(JSON.stringify(copy)) as SiteState["manifest"])).not.toBe(state.id);
  });

  it("reads a state of version 3, its three lines in the file, as before", () => {
    const state = readSiteState(output, live)!;
    const saved = readFileSync(stateFile);
    const { manifest, searchPlan, files, ...about } = state;
    try {
      writeFileSync(stateFile, `${JSON.stringify(about)}\n${files.toLine()}\n${JSON.stringify({ manifest, searchPlan })}\n`);
      expect(plain(readSiteState(output, live)!)).toEqual(plain(state));
      expect(readSiteFiles(output, live)?.toObject()).toEqual(state.files.toObject());
    } finally {
      writeFileSync(stateFile, saved);
    }
  });

  it("reads a state written as one line, as before", () => {
    const state = readSiteState(output, live)!;
    const saved = readFileSync(stateFile);
    try {
      writeFileSync(stateFile, JSON.stringify({ ...state, version: 2, files: state.files.toObject() }));
      expect(plain(readSiteState(output, live)!)).toEqual(plain(state));
      expect(readSiteFiles(output, live)?.toObject()).toEqual(state.files.toObject());
    } finally {
      writeFileSync(stateFile, saved);
    }
  });

  it("reads a state of version 2, its files record an object on the second line", () => {
    const state = readSiteState(output, live)!;
    const saved = readFileSync(stateFile);
    const { manifest, searchPlan, files, ...about } = state;
    try {
      writeFileSync(stateFile, `${JSON.stringify({ ...about, version: 2 })}\n${JSON.stringify(files.toObject())}\n${JSON.stringify({ manifest, searchPlan })}\n`);
      const read = readSiteState(output, live)!;
      expect(read.version).toBe(3);
      expect(plain(read)).toEqual(plain(state));
      expect(readSiteFiles(output, live)?.toObject()).toEqual(state.files.toObject());
    } finally {
      writeFileSync(stateFile, saved);
    }
  });

  it("reads as none when it names another version or output, or is junk, or its pack does not hold its body", () => {
    const saved = readFileSync(stateFile, "utf8");
    const written = JSON.parse(saved.split("\n")[0]!) as WrittenAbout & Pick<SiteState, "output" | "site">;
    try {
      for (const other of [{ ...written, site: "v1-1-0" }, { ...written, output: "/elsewhere" }, { ...written, version: 1 }, { ...written, body: { ...written.body, pack: "../elsewhere" } }, { ...written, body: { ...written.body, pack: "v2-2-2" } }]) {
        writeFileSync(stateFile, `${JSON.stringify(other)}\n`);
        expect(readSiteState(output, live)).toBeUndefined();
        expect(readSiteFiles(output, live)).toBeUndefined();
      }
      writeFileSync(stateFile, `${JSON.stringify({ ...written, body: { ...written.body, length: written.body.length + 1 } })}\n`);
      expect(readSiteFiles(output, live)).toBeUndefined();
      writeFileSync(stateFile, `${saved.split("\n")[0]}\n{ not json`);
      expect(readSiteState(output, live)).toBeDefined();
    } finally {
      writeFileSync(stateFile, saved);
    }
    const pack = readFileSync(packOf(live));
    try {
      truncateSync(packOf(live), pack.length - 1);
      expect(readSiteState(output, live)).toBeUndefined();
      writeFileSync(packOf(live), Buffer.concat([pack.subarray(0, 100), Buffer.from("junk"), pack.subarray(104)]));
      expect(readSiteState(output, live)).toBeUndefined();
    } finally {
      writeFileSync(packOf(live), pack);
    }
    expect(readdirSync(stateFolderOf(output))).toContain(`${live}.json`);
  });

  it("written after the published one, appends to its pack only the chunks that changed", () => {
    const state = readSiteState(output, live)!;
    const packBefore = statSync(packOf(live)).size;
    const outputs = Object.keys(state.manifest.outputs);
    // An edit: a fingerprint of the same length changed, a file's entry changed.
    const changedOutput = outputs[Math.floor(outputs.length / 2)]!;
    const fingerprint = state.manifest.outputs[changedOutput]!;
    const manifest = { ...state.manifest, outputs: { ...state.manifest.outputs, [changedOutput]: `${fingerprint.slice(0, -1)}${fingerprint.endsWith("A") ? "B" : "A"}` } };
    const files = readSiteState(output, live)!.files;
    const file = files.keys()[0]!;
    const [size, mtimeMs, ino] = files.get(file)!;
    files.set(file, [size + 1, mtimeMs, ino]);
    const edited: SiteState = { ...state, manifest, files, madeFrom: { version: live, changed: [file] } };
    const read = writtenAfterLive(edited, "v2-1-0");
    expect(plain(read)).toEqual(plain({ ...edited, site: "v2-1-0" }));
    expect(aboutOf("v2-1-0").body.pack).toBe(live);
    const grown = statSync(packOf(live)).size - packBefore;
    expect(grown).toBeGreaterThan(0);
    expect(grown).toBeLessThanOrEqual(3 * 4096);
    // The published state reads as it was.
    expect(plain(readSiteState(output, live)!)).toEqual(plain(state));

    // The same state again, after that one: nothing to append.
    writeSiteState({ ...edited, site: "v3-1-0" }, "v2-1-0");
    expect(statSync(packOf(live)).size - packBefore).toBe(grown);
    expect(plain(readSiteState(output, "v3-1-0")!)).toEqual(plain({ ...edited, site: "v3-1-0" }));

    // A body that is not like the published one's at all goes into a new pack once the old one would grow past three bodies.
    const other = { ...state, manifest: { ...state.manifest, outputs: Object.fromEntries(outputs.map((name) => [`x${name}`, "fingerprint"])) } };
    for (let n = 4; n < 10; n++) writtenAfterLive(other, `v${n}-1-0`);
    expect(statSync(packOf(live)).size).toBeLessThanOrEqual(4 * aboutOf(live).body.length);
    expect(new Set(["v4-1-0", "v5-1-0", "v6-1-0", "v7-1-0", "v8-1-0", "v9-1-0"].map((site) => aboutOf(site).body.pack)).size).toBeGreaterThan(1);
    expect(plain(readSiteState(output, "v9-1-0")!)).toEqual(plain({ ...other, site: "v9-1-0" }));

    // Packs no kept state names go; the published one's stays.
    removeOtherStates(output, [live, "v2-1-0"]);
    expect(readdirSync(stateFolderOf(output)).sort()).toEqual([`${live}.json`, `${live}.pack`, "v2-1-0.json"].sort());
    expect(plain(readSiteState(output, "v2-1-0")!)).toEqual(plain({ ...edited, site: "v2-1-0" }));
    expect(plain(readSiteState(output, live)!)).toEqual(plain(state));
    removeOtherStates(output, [live]);
  });

  it("written without a published state read before, goes whole into a pack of its own", () => {
    const state = readSiteState(output, live)!;
    writeSiteState({ ...state, site: "v20-1-0" });
    expect(aboutOf("v20-1-0").body.pack).toBe("v20-1-0");
    expect(plain(readSiteState(output, "v20-1-0")!)).toEqual(plain({ ...state, site: "v20-1-0" }));
    removeOtherStates(output, [live]);
    expect(readdirSync(stateFolderOf(output)).sort()).toEqual([`${live}.json`, `${live}.pack`]);
  });
});
