/**
 * The early check of the published site (src/publish/live-check.ts): its worker finds exactly
 * the files checkFiles finds damaged (deleted, rewritten, replaced by a copy of the same size,
 * made a folder), and readLiveSite uses it only for the version it checked. A real build of
 * fictional articles, damaged by hand.
 */
import { copyFileSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { damagedOnWorker, startLiveCheck } from "../../src/publish/live-check.ts";
import { readLiveSite } from "../../src/publish/publish-site.ts";
import { layoutOf, liveVersion } from "../../src/publish/site-layout.ts";
import { checkFiles, readSiteState } from "../../src/publish/site-state.ts";
import { useFaultEnvironment } from "../faults/helpers.ts";
import { seedFiles } from "../helpers/seed.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

useFaultEnvironment();

let output: string;

beforeAll(async () => {
  const files: Record<string, string | Uint8Array> = { ...seedFiles };
  for (let n = 1; n <= 4; n++) files[`m${n}.md`] = `---\ntitle: Velmar lock repairs ${n}\ndate: 2031-06-0${n}T09:00:00+05:00\n---\nThe Velmar Canal Board said on Tuesday that lock ${n} would reopen in the spring.\n`;
  output = path.join(tempDir(), "site");
  await buildSite({ input: tempContent(files), output });
});

describe("the early check of the published site", () => {
  it("finds what checkFiles finds: nothing on an untouched site, each kind of damage once done", async () => {
    const version = liveVersion(layoutOf(output))!;
    const folder = realpathSync(output);
    const state = readSiteState(output, version)!;
    const same = async (): Promise<readonly string[]> => {
      const onWorker = await damagedOnWorker(folder, state.files);
      expect(onWorker).toEqual(checkFiles(folder, state.files).damaged);
      // Given the record's line of JSON instead (startLiveCheck's way), the same answer.
      expect(await damagedOnWorker(folder, state.files.toLine())).toEqual(onWorker);
      return onWorker!;
    };
    expect(await same()).toEqual([]);

    const pages = state.files.keys().filter((file) => file.endsWith(".html")).sort();
    const [deleted, rewritten, copied, touched, folderNow] = pages as [string, string, string, string, string];
    rmSync(path.join(folder, deleted));
    writeFileSync(path.join(folder, rewritten), `${readFileSync(path.join(folder, rewritten), "utf8")}<!-- by hand -->`);
    // Same size and times, another inode: a copy put in place of the published file.
    const copy = path.join(folder, `${copied}.copy`);
    copyFileSync(path.join(folder, copied), copy);
    const recorded = state.files.get(copied)!;
    utimesSync(copy, recorded[1] / 1000, recorded[1] / 1000);
    renameSync(copy, path.join(folder, copied));
    const later = new Date(recorded[1] + 5000);
    utimesSync(path.join(folder, touched), later, later);
    rmSync(path.join(folder, folderNow));
    mkdirSync(path.join(folder, folderNow));
    expect([...(await same())].sort()).toEqual([deleted, rewritten, copied, touched, folderNow].sort());
  });

  it("is used by readLiveSite for the version it checked, and ignored for another", async () => {
    const early = startLiveCheck(output)!;
    expect(early.version).toBe(liveVersion(layoutOf(output)));
    const live = await readLiveSite(output, early);
    expect("problem" in live).toBe(false);
    const checked = live as Exclude<typeof live, { problem: string }>;
    const direct = checkFiles(checked.folder, checked.state.files);
    expect(checked.damaged).toEqual(direct.damaged);
    expect(checked.intact).toEqual(direct.intact);

    // A check of another version (one published since, say) is not trusted: the files are checked again.
    const stale = { ...early, version: "v0-0-0", damaged: Promise.resolve(["not-a-file.html"]) };
    const again = (await readLiveSite(output, stale)) as typeof checked;
    expect(again.damaged).toEqual(direct.damaged);
  });
});
