/**
 * The build state of a published version (src/publish/site-state.ts) as it is written and read:
 * three lines, of which the spare's read takes only the files record; a state written as one
 * line before reads the same; one that names another version or output, or is junk, reads as
 * none. A real build of fictional articles.
 */
import { readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { layoutOf, liveVersion } from "../../src/publish/site-layout.ts";
import { readSiteFiles, readSiteState, recordFiles, stateFolderOf, type SiteState } from "../../src/publish/site-state.ts";
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

describe("the build state of a published version", () => {
  it("is three lines: what it is about, the files record, the manifest and search plan", () => {
    const lines = readFileSync(stateFile, "utf8").split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("");
    expect(JSON.parse(lines[0]!)).toEqual({ version: 3, output: path.resolve(output), site: live, id: expect.any(String) });
    const state = readSiteState(output, live)!;
    expect(state.files.toObject()).toEqual(recordFiles(realpathSync(output)).toObject());
    expect(state.manifest.version).toBe(1);
    expect(readSiteFiles(output, live)?.toObject()).toEqual(state.files.toObject());
  });

  it("reads a state written as one line, as before", () => {
    const state = readSiteState(output, live)!;
    const saved = readFileSync(stateFile, "utf8");
    try {
      writeFileSync(stateFile, JSON.stringify({ ...state, version: 2, files: state.files.toObject() }));
      const read = readSiteState(output, live)!;
      expect({ ...read, files: read.files.toObject() }).toEqual({ ...state, files: state.files.toObject() });
      expect(readSiteFiles(output, live)?.toObject()).toEqual(state.files.toObject());
    } finally {
      writeFileSync(stateFile, saved);
    }
  });

  it("reads a state of version 2, its files record an object on the second line", () => {
    const state = readSiteState(output, live)!;
    const saved = readFileSync(stateFile, "utf8");
    const [about, , rest] = saved.split("\n");
    try {
      writeFileSync(stateFile, `${JSON.stringify({ ...JSON.parse(about!), version: 2 })}\n${JSON.stringify(state.files.toObject())}\n${rest}\n`);
      const read = readSiteState(output, live)!;
      expect(read.version).toBe(3);
      expect({ ...read, files: read.files.toObject() }).toEqual({ ...state, files: state.files.toObject() });
      expect(readSiteFiles(output, live)?.toObject()).toEqual(state.files.toObject());
    } finally {
      writeFileSync(stateFile, saved);
    }
  });

  it("reads as none when it names another version or output, or is junk", () => {
    const saved = readFileSync(stateFile, "utf8");
    const [about, ...rest] = saved.split("\n");
    const written = JSON.parse(about!) as Pick<SiteState, "version" | "output" | "site" | "id">;
    try {
      for (const other of [{ ...written, site: "v1-1-0" }, { ...written, output: "/elsewhere" }, { ...written, version: 1 }]) {
        writeFileSync(stateFile, [JSON.stringify(other), ...rest].join("\n"));
        expect(readSiteState(output, live)).toBeUndefined();
        expect(readSiteFiles(output, live)).toBeUndefined();
      }
      writeFileSync(stateFile, `${about}\n{ not json`);
      expect(readSiteFiles(output, live)).toBeUndefined();
    } finally {
      writeFileSync(stateFile, saved);
    }
    expect(readdirSync(stateFolderOf(output))).toContain(`${live}.json`);
  });
});
