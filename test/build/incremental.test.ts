import { readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { readStoredArticles } from "../../src/cli/build-state.ts";
import { buildIncremental } from "../../src/cli/incremental-build.ts";
import { createSiteLoader } from "../../src/model/load-site.ts";
import { hashTree } from "../helpers/output.ts";
import { seedFiles, seedName } from "../helpers/seed.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

/** Fictional articles that name each other's people, so that one edit touches several entity pages. */
function article(n: number, day: number, people: string[], org: string): string {
  return `---\ntitle: Velsk council report ${n}\ndate: 2031-03-${String(day).padStart(2, "0")}T09:00:00+05:00\n---\n` +
    `Minister of Trade ${people[0]} met the board of ${org} on Tuesday, the ministry said.\n\n` +
    `“We will open three new laboratories,” ${people[1] ?? people[0]} said after the meeting.\n`;
}

const people = ["Dariga Omarbekova-Lind", "Tomas Rekk", "Ilse Varnhagen", "Mirko Dalsky"];
const orgs = ["Orlen Valley University", "Kessel Port Authority", "Varnossa State Railways Company"];

function corpus(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 1; n <= 30; n++) files[`a${n}.md`] = article(n, 1 + (n % 27), [people[n % 4]!, people[(n + 1) % 4]!], orgs[n % 3]!);
  return files;
}

describe("the incremental build", () => {
  let input: string;
  let incremental: string;
  // Each incremental build starts from what the previous build stored on disk, as the command line does.
  const fromDisk = () => createSiteLoader(readStoredArticles(input));
  beforeAll(async () => {
    process.env["SITE_NOW"] = "2031-03-29T12:00:00+05:00";
    input = tempContent({ ...seedFiles, ...corpus() });
    incremental = path.join(tempDir(), "incremental");
    await buildSite({ input, output: incremental });
  });
  afterAll(() => {
    delete process.env["SITE_NOW"];
  });

  async function expectSameAsFullBuild(): Promise<{ written: number; removed: number }> {
    const result = await buildIncremental({ input, output: incremental }, fromDisk());
    expect(result.mode).toBe("incremental");
    const full = path.join(tempDir(), "full");
    await buildSite({ input, output: full });
    expect(hashTree(incremental)).toEqual(hashTree(full));
    return result;
  }

  it("starts from the articles the previous build stored", () => {
    expect(readStoredArticles(input)?.articles).toHaveLength(31);
  });

  it("writes nothing but the clock-dependent news sitemap when nothing changed", async () => {
    const result = await expectSameAsFullBuild();
    expect(result).toMatchObject({ written: 1, removed: 0 });
  });

  it("re-renders an edited article, and only the pages that show it", async () => {
    writeFileSync(path.join(input, "a7.md"), article(7, 8, ["Tomas Rekk", "Ilse Varnhagen"], "Orlen Valley University").replace("on Tuesday", "on Wednesday"));
    const result = await expectSameAsFullBuild();
    expect(result.written).toBeGreaterThan(1);
    expect(result.written).toBeLessThan(40);
  });

  it("follows a change of who is mentioned: new entity pages appear, old ones update", async () => {
    writeFileSync(path.join(input, "a8.md"), article(8, 9, ["Katarina Oslund", "Tomas Rekk"], "Brevik Maritime Institute"));
    await expectSameAsFullBuild();
  });

  it("follows a renamed article (new URL, the old page gone)", async () => {
    renameSync(path.join(input, "a9.md"), path.join(input, "renamed.md"));
    writeFileSync(path.join(input, "renamed.md"), article(9, 10, ["Mirko Dalsky", "Dariga Omarbekova-Lind"], "Kessel Port Authority").replace("report 9", "report nine"));
    const result = await expectSameAsFullBuild();
    expect(result.removed).toBeGreaterThanOrEqual(1);
  });

  it("follows a deleted article, and drops an entity no article names any more", async () => {
    rmSync(path.join(input, "a8.md"));
    const result = await expectSameAsFullBuild();
    expect(result.removed).toBeGreaterThanOrEqual(3);
  });

  it("sees an edit that keeps the file's size and modification time", async () => {
    const file = path.join(input, "a10.md");
    const before = statSync(file);
    const text = readFileSync(file, "utf8");
    const edited = text.replace("on Tuesday", "on Thursda");
    expect(edited.length).toBe(text.length);
    writeFileSync(file, edited);
    utimesSync(file, before.atime, before.mtime);
    const result = await expectSameAsFullBuild();
    expect(result.written).toBeGreaterThan(1);
  });

  it("writes nothing new for a touched but unchanged source", async () => {
    const later = new Date(Date.now() + 5_000);
    utimesSync(path.join(input, "a11.md"), later, later);
    const result = await expectSameAsFullBuild();
    expect(result).toMatchObject({ written: 1, removed: 0 });
  });

  it("follows a changed data file beside an unchanged wire text", async () => {
    writeFileSync(path.join(input, `${seedName}.11tydata.json`), JSON.stringify({ headline: "Central Asia and the UK agree on closer ties in science" }));
    const result = await expectSameAsFullBuild();
    expect(result.removed).toBeGreaterThanOrEqual(1);
  });

  it("follows a merge across articles: a new spelling joins a page, and leaves it again", async () => {
    // "Tomas Rekk" is named in many articles; a new one spells the institution two ways.
    writeFileSync(path.join(input, "b1.md"), article(31, 12, ["Tomas Rekk", "Tomas Rekk"], "Orlen Valley University JSC"));
    let result = await expectSameAsFullBuild();
    expect(result.written).toBeGreaterThan(1);
    // Its only spelling of an entity becomes one that another article's page already has.
    writeFileSync(path.join(input, "b2.md"), article(32, 13, ["Ilse Varnhagen", "Ilse Varnhagen"], "Kessel Port Authority LLP"));
    result = await expectSameAsFullBuild();
    rmSync(path.join(input, "b1.md"));
    rmSync(path.join(input, "b2.md"));
    await expectSameAsFullBuild();
  });

  it("follows a changed registry: an organisation gets its registry name and page", async () => {
    writeFileSync(
      path.join(input, "entities.yaml"),
      "entities:\n  - id: kessel-port\n    type: organisation\n    name: Port Authority of Kessel\n    aliases: [Kessel Port Authority]\n",
    );
    const result = await expectSameAsFullBuild();
    expect(result.written).toBeGreaterThan(1);
    rmSync(path.join(input, "entities.yaml"));
    await expectSameAsFullBuild();
  });

  it("leaves the output untouched when the new input is bad", async () => {
    const before = hashTree(incremental);
    writeFileSync(path.join(input, "bad.md"), "---\ntitle: Velsk\ndate: 2031-02-30\n---\nBody.");
    await expect(buildIncremental({ input, output: incremental }, fromDisk())).rejects.toThrow(/bad\.md/);
    expect(hashTree(incremental)).toEqual(before);
    rmSync(path.join(input, "bad.md"));
  });
});
