import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { spareChoresOnWorker } from "../../src/publish/spare-chores.ts";
import { tempDir } from "../helpers/temp-content.ts";

describe("the spare's chores on a worker", () => {
  it("links every file, over one already there, then removes the trash", async () => {
    const from = tempDir();
    const to = tempDir();
    const trash = path.join(tempDir(), "trash-1-v-test");
    mkdirSync(path.join(from, "pf/frag"), { recursive: true });
    mkdirSync(path.join(to, "pf/frag"), { recursive: true });
    mkdirSync(path.join(trash, "0/deep"), { recursive: true });
    writeFileSync(path.join(trash, "0/deep/old.pf"), "old fragment");
    const files = ["pf/frag/a.pf", "pf/frag/b.pf", "pf/index.pf"];
    for (const file of files) writeFileSync(path.join(from, file), `published ${file}`);
    // Put there by hand: linked over, never written through.
    writeFileSync(path.join(to, "pf/frag/b.pf"), "by hand");
    const chores = spareChoresOnWorker(`${from}${path.sep}`, `${to}${path.sep}`, files, trash);
    expect(await chores.linked).toEqual([]);
    for (const file of files) {
      expect(statSync(path.join(to, file)).ino).toBe(statSync(path.join(from, file)).ino);
      expect(readFileSync(path.join(to, file), "utf8")).toBe(`published ${file}`);
    }
    await chores.discarded;
    expect(existsSync(trash)).toBe(false);
  });

  it("rejects with the first error and its code (a published file deleted by hand: ENOENT), after trying every link", async () => {
    const from = tempDir();
    const to = tempDir();
    writeFileSync(path.join(from, "kept.pf"), "kept");
    const chores = spareChoresOnWorker(`${from}${path.sep}`, `${to}${path.sep}`, ["missing.pf", "kept.pf"], undefined);
    await expect(chores.linked).rejects.toMatchObject({ code: "ENOENT" });
    expect(statSync(path.join(to, "kept.pf")).ino).toBe(statSync(path.join(from, "kept.pf")).ino);
    await chores.discarded;
  });

  it("nothing to do: no worker, settled at once", async () => {
    const chores = spareChoresOnWorker("/nowhere/", "/nowhere/", [], undefined);
    expect(await chores.linked).toEqual([]);
    await chores.discarded;
  });
});
