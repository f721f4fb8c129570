import { readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { readStoredArticles } from "../../src/cli/build-state.ts";
import { buildIncremental } from "../../src/cli/incremental-build.ts";
import { createSiteLoader } from "../../src/model/load-site.ts";
import { detailOf } from "../../src/model/stored-articles.ts";
import { hashTree } from "../helpers/output.ts";
import { seedFiles, seedName } from "../helpers/seed.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

/**
 * Every full build here cuts the search index with a newest shard of 50, which holds the fixture's
 * 30-odd article pages in one shard. An incremental build keeps each page in its shard, and new
 * pages join the newest one while it holds fewer than that (search-shards.ts): with the default
 * of 25 a full build cuts this site in two, an article added then opens a shard of its own that a
 * full build would not cut, and the indexes would differ by design rather than by a fault.
 */
const oneSearchShard = { searchRecentSize: 50 } as const;

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

/** A content folder of its own, built in full once: every case starts from the same site, whatever the others did. */
async function builtSite(): Promise<{ input: string; output: string }> {
  const input = tempContent({ ...seedFiles, ...corpus() });
  const output = path.join(tempDir(), "incremental");
  await buildSite({ input, output, ...oneSearchShard });
  return { input, output };
}

describe("the incremental build", () => {
  beforeAll(() => {
    process.env["SITE_NOW"] = "2031-03-29T12:00:00+05:00";
  });
  afterAll(() => {
    delete process.env["SITE_NOW"];
  });

  /** Updates `site` incrementally from what the previous build stored on disk, as the command line does, and compares it with a full build. */
  async function expectSameAsFullBuild({ input, output }: { input: string; output: string }): Promise<{ written: number; removed: number }> {
    const result = await buildIncremental({ input, output }, createSiteLoader(readStoredArticles(input)));
    expect(result.mode).toBe("incremental");
    const full = path.join(tempDir(), "full");
    await buildSite({ input, output: full, ...oneSearchShard });
    expect(hashTree(output)).toEqual(hashTree(full));
    return result;
  }

  it("starts from the articles the previous build stored", async () => {
    const { input } = await builtSite();
    expect(readStoredArticles(input)?.articles).toHaveLength(31);
  });

  it("writes nothing but the clock-dependent news sitemap when nothing changed", async () => {
    const site = await builtSite();
    const result = await expectSameAsFullBuild(site);
    expect(result).toMatchObject({ written: 1, removed: 0 });
  });

  it("re-renders an edited article, and only the pages that show it", async () => {
    const site = await builtSite();
    writeFileSync(path.join(site.input, "a7.md"), article(7, 8, ["Tomas Rekk", "Ilse Varnhagen"], "Orlen Valley University").replace("on Tuesday", "on Wednesday"));
    const result = await expectSameAsFullBuild(site);
    expect(result.written).toBeGreaterThan(1);
    expect(result.written).toBeLessThan(40);
  });

  it("re-indexes the search shard of an edited article as a full build indexes it, with the default shard sizes", async () => {
    const input = tempContent({ ...seedFiles, ...corpus() });
    const output = path.join(tempDir(), "tiered");
    await buildSite({ input, output });
    // The newest 25 article pages in a shard of their own, the rest in another.
    const bundles = (site: string): unknown => (JSON.parse(readFileSync(path.join(site, "pagefind", "bundles.json"), "utf8")) as { bundles: unknown }).bundles;
    expect(bundles(output)).toEqual(["0/", "1/"]);
    for (const n of [26, 4]) {
      writeFileSync(path.join(input, `a${n}.md`), article(n, 1 + (n % 27), [people[n % 4]!, people[(n + 1) % 4]!], orgs[n % 3]!).replace("on Tuesday", "on Wednesday"));
      const result = await buildIncremental({ input, output }, createSiteLoader(readStoredArticles(input)));
      expect(result.mode).toBe("incremental");
      const full = path.join(tempDir(), "tiered-full");
      await buildSite({ input, output: full });
      expect(hashTree(output)).toEqual(hashTree(full));
    }
  });

  it("follows a change of who is mentioned: new entity pages appear, old ones update", async () => {
    const site = await builtSite();
    writeFileSync(path.join(site.input, "a8.md"), article(8, 9, ["Katarina Oslund", "Tomas Rekk"], "Brevik Maritime Institute"));
    await expectSameAsFullBuild(site);
  });

  it("follows a renamed article (new URL, the old page gone)", async () => {
    const site = await builtSite();
    renameSync(path.join(site.input, "a9.md"), path.join(site.input, "renamed.md"));
    writeFileSync(path.join(site.input, "renamed.md"), article(9, 10, ["Mirko Dalsky", "Dariga Omarbekova-Lind"], "Kessel Port Authority").replace("report 9", "report nine"));
    const result = await expectSameAsFullBuild(site);
    expect(result.removed).toBeGreaterThanOrEqual(1);
  });

  it("follows a deleted article, and drops an entity no article names any more", async () => {
    const site = await builtSite();
    // First an article that alone names a person and an organisation, then that article gone.
    writeFileSync(path.join(site.input, "a8.md"), article(8, 9, ["Katarina Oslund", "Tomas Rekk"], "Brevik Maritime Institute"));
    await expectSameAsFullBuild(site);
    rmSync(path.join(site.input, "a8.md"));
    const result = await expectSameAsFullBuild(site);
    expect(result.removed).toBeGreaterThanOrEqual(3);
  });

  it("writes the sitemap again when a correction's modified date moves a page's lastmod, and leaves it alone otherwise", async () => {
    const site = await builtSite();
    const sitemap = path.join(site.output, "sitemap.xml");
    const before = readFileSync(sitemap, "utf8");
    // A body edit moves no date: the sitemap is not due (its XML is only written when it is).
    writeFileSync(path.join(site.input, "a12.md"), article(12, 13, [people[0]!, people[1]!], orgs[0]!).replace("on Tuesday", "on Friday"));
    await expectSameAsFullBuild(site);
    expect(readFileSync(sitemap, "utf8")).toBe(before);
    // The same article corrected later: its page, its month, its people's pages and the front page get a new lastmod.
    writeFileSync(path.join(site.input, "a12.md"), article(12, 13, [people[0]!, people[1]!], orgs[0]!).replace("---\n", "---\nmodified: 2031-03-28T18:30:00+05:00\n").replace("on Tuesday", "on Saturday"));
    await expectSameAsFullBuild(site);
    expect(readFileSync(sitemap, "utf8")).not.toBe(before);
    expect(readFileSync(sitemap, "utf8")).toContain("<lastmod>2031-03-28T13:30:00Z</lastmod>");
  });

  it("follows a change on an entity's second page into the chips of its first", async () => {
    const site = await builtSite();
    // Eight newer articles take Tomas Rekk past one page (20): his three oldest (a1, a28, a29) go to page 2.
    for (let k = 1; k <= 8; k++) writeFileSync(path.join(site.input, `b${k}.md`), article(100 + k, 28, ["Tomas Rekk", "Mirko Dalsky"], orgs[0]!));
    await expectSameAsFullBuild(site);
    const firstPage = path.join(site.output, "people", "tomas-rekk", "index.html");
    expect(readFileSync(firstPage, "utf8")).not.toContain("Katarina Oslund");
    // Two of those name a new person with him: page 1 lists the same articles, but gets her chip (two shared articles).
    writeFileSync(path.join(site.input, "a1.md"), article(1, 2, ["Tomas Rekk", "Katarina Oslund"], orgs[1]!));
    writeFileSync(path.join(site.input, "a28.md"), article(28, 2, ["Katarina Oslund", "Tomas Rekk"], orgs[1]!));
    await expectSameAsFullBuild(site);
    expect(readFileSync(firstPage, "utf8")).toContain("Katarina Oslund");
  });

  it("sees an edit that keeps the file's size and modification time", async () => {
    const site = await builtSite();
    const file = path.join(site.input, "a10.md");
    const before = statSync(file);
    const text = readFileSync(file, "utf8");
    const edited = text.replace("on Tuesday", "on Thursda");
    expect(edited.length).toBe(text.length);
    writeFileSync(file, edited);
    utimesSync(file, before.atime, before.mtime);
    const result = await expectSameAsFullBuild(site);
    expect(result.written).toBeGreaterThan(1);
  });

  it("writes nothing new for a touched but unchanged source", async () => {
    const site = await builtSite();
    const later = new Date(statSync(path.join(site.input, "a11.md")).mtimeMs + 5_000);
    utimesSync(path.join(site.input, "a11.md"), later, later);
    const result = await expectSameAsFullBuild(site);
    expect(result).toMatchObject({ written: 1, removed: 0 });
  });

  it("follows a changed data file beside an unchanged wire text", async () => {
    const site = await builtSite();
    writeFileSync(path.join(site.input, `${seedName}.11tydata.json`), JSON.stringify({ headline: "Central Asia and the UK agree on closer ties in science" }));
    const result = await expectSameAsFullBuild(site);
    expect(result.removed).toBeGreaterThanOrEqual(1);
  });

  it("follows a merge across articles: a new spelling joins a page, and leaves it again", async () => {
    const site = await builtSite();
    const { input } = site;
    // "Tomas Rekk" is named in many articles; a new one spells the institution two ways.
    writeFileSync(path.join(input, "b1.md"), article(31, 12, ["Tomas Rekk", "Tomas Rekk"], "Orlen Valley University JSC"));
    const result = await expectSameAsFullBuild(site);
    expect(result.written).toBeGreaterThan(1);
    // Its only spelling of an entity becomes one that another article's page already has.
    writeFileSync(path.join(input, "b2.md"), article(32, 13, ["Ilse Varnhagen", "Ilse Varnhagen"], "Kessel Port Authority LLP"));
    await expectSameAsFullBuild(site);
    rmSync(path.join(input, "b1.md"));
    rmSync(path.join(input, "b2.md"));
    await expectSameAsFullBuild(site);
  });

  it("follows a changed registry: an organisation gets its registry name and page", async () => {
    const site = await builtSite();
    writeFileSync(
      path.join(site.input, "entities.yaml"),
      "entities:\n  - id: kessel-port\n    type: organisation\n    name: Port Authority of Kessel\n    aliases: [Kessel Port Authority]\n",
    );
    const result = await expectSameAsFullBuild(site);
    expect(result.written).toBeGreaterThan(1);
    rmSync(path.join(site.input, "entities.yaml"));
    await expectSameAsFullBuild(site);
  });

  it("ranks the front page from the stored mention counts as a full build ranks it from the text", async () => {
    const site = await builtSite();
    // The newest article names the university first, but the minister more often, once under a
    // spelling that site-level resolution joins: the card's kicker and "In the news" count them.
    writeFileSync(
      path.join(site.input, "c1.md"),
      "---\ntitle: Velsk council report 40\ndate: 2031-03-28T10:00:00+05:00\n---\n" +
        "The board of Orlen Valley University met on Tuesday. Minister of Trade Tomas Rekk attended.\n\n" +
        "“We will open three laboratories,” Rekk said. Rekk later toured Orlen Valley University JSC with Ilse Varnhagen.\n",
    );
    await expectSameAsFullBuild(site);
    expect(readStoredArticles(site.input)?.articles.every((a) => detailOf(a).tallies?.length === a.entities.length * 6)).toBe(true);
    // Another front-page article's new headline re-renders the front page with c1 back from the store.
    writeFileSync(path.join(site.input, "a26.md"), article(26, 27, [people[2]!, people[3]!], orgs[2]!).replace("report 26", "report twenty-six"));
    const result = await expectSameAsFullBuild(site);
    expect(result.written).toBeGreaterThan(1);
  });

  it("writes an edited body into the three site feeds, whose other bodies are kept from the build before", async () => {
    const site = await builtSite();
    // A second edit too: the first build after a full one takes every body it kept, the second the ones the first kept.
    for (const [n, said] of [[26, "five new laboratories"], [25, "six new laboratories"]] as const) {
      writeFileSync(path.join(site.input, `a${n}.md`), article(n, 1 + (n % 27), [people[n % 4]!, people[(n + 1) % 4]!], orgs[n % 3]!).replace("three new laboratories", said));
      await buildIncremental(site, createSiteLoader(readStoredArticles(site.input)));
      for (const feed of ["feed.xml", "feed.atom", "feed.json"]) expect(readFileSync(path.join(site.output, feed), "utf8")).toContain(said);
    }
    // The reference is built with a cache folder of its own: a body kept under the wrong key would be in both otherwise.
    const given = process.env["WIREROOM_CACHE_DIR"];
    process.env["WIREROOM_CACHE_DIR"] = tempDir();
    try {
      const full = path.join(tempDir(), "full");
      await buildSite({ input: site.input, output: full, ...oneSearchShard });
      expect(hashTree(site.output)).toEqual(hashTree(full));
    } finally {
      process.env["WIREROOM_CACHE_DIR"] = given;
    }
  });

  it("follows edits of two articles at once: one body only, one headline", async () => {
    const site = await builtSite();
    writeFileSync(path.join(site.input, "a12.md"), article(12, 13, [people[0]!, people[1]!], orgs[0]!).replace("three new laboratories", "four new laboratories"));
    writeFileSync(path.join(site.input, "a13.md"), article(13, 14, [people[1]!, people[2]!], orgs[1]!).replace("report 13", "report thirteen"));
    const result = await expectSameAsFullBuild(site);
    expect(result.written).toBeGreaterThan(2);
  });

  // A headline is not in the site's structure: the pages that show it say so (their own, the two
  // beside it, lists and feeds). Published at the same time, two articles are ordered by headline:
  // a rewrite that swaps them moves their paths in the order, which the structure holds.
  it("follows a rewritten headline, re-rendering only what shows it, and one that reorders two articles of the same time", async () => {
    const site = await builtSite();
    writeFileSync(path.join(site.input, "a5.md"), article(5, 6, [people[1]!, people[2]!], orgs[2]!).replace("report 5", "report 5, officials say"));
    const rewritten = await expectSameAsFullBuild(site);
    expect(rewritten.written).toBeGreaterThan(3);
    expect(rewritten.written).toBeLessThan(40);
    // a1 and a28 are both dated 2 March, 09:00: "report 1" came before "report 28", "report 99" comes after it.
    writeFileSync(path.join(site.input, "a1.md"), article(1, 2, [people[1]!, people[2]!], orgs[1]!).replace("report 1", "report 99"));
    await expectSameAsFullBuild(site);
  });

  it("stores what a full build stores, keeping the entries of unchanged articles as they were", async () => {
    const site = await builtSite();
    /**
     * The stored articles with their entity rows in place of row numbers: tables may differ in
     * order and in unused rows. Without their file stamps: a stamp is kept only once its file is
     * 3 s old (racyMilliseconds), so whether an entry has one depends on how long the test took,
     * which on a busy machine made this test fail now and then.
     */
    const resolvedStore = (): unknown => {
      const state = readStoredArticles(site.input)!;
      return state.articles.map(({ stamp: _stamp, ...a }) => ({ ...a, entities: a.entities.map((i) => state.entities[i]) }));
    };
    writeFileSync(path.join(site.input, "a8.md"), article(8, 9, ["Katarina Oslund", "Tomas Rekk"], "Brevik Maritime Institute"));
    await buildIncremental(site, createSiteLoader(readStoredArticles(site.input)));
    rmSync(path.join(site.input, "a9.md"));
    writeFileSync(path.join(site.input, "a10.md"), article(10, 11, ["Mirko Dalsky", "Ilse Varnhagen"], "Kessel Port Authority").replace("on Tuesday", "on Friday"));
    await buildIncremental(site, createSiteLoader(readStoredArticles(site.input)));
    const incremental = resolvedStore();
    await buildSite({ input: site.input, output: path.join(tempDir(), "full"), ...oneSearchShard });
    expect(incremental).toEqual(resolvedStore());
  });

  // The articles' structure digests come from the store when no article moved (structure-digest.ts):
  // an edit that moves one (here its URL alone) must be seen, and the digests stored as a full build's.
  it("follows a slug given to an article after a body edit, storing the structure digests a full build stores", async () => {
    const site = await builtSite();
    const edits = [
      () => writeFileSync(path.join(site.input, "a14.md"), article(14, 15, [people[2]!, people[3]!], orgs[2]!).replace("on Tuesday", "on Thursday")),
      () => writeFileSync(path.join(site.input, "a14.md"), article(14, 15, [people[2]!, people[3]!], orgs[2]!).replace("title:", "slug: velsk-report-fourteen\ntitle:")),
    ];
    for (const edit of edits) {
      edit();
      await buildIncremental(site, createSiteLoader(readStoredArticles(site.input)));
      const stored = readStoredArticles(site.input)?.structure;
      const full = path.join(tempDir(), "full");
      await buildSite({ input: site.input, output: full, ...oneSearchShard });
      expect(hashTree(site.output)).toEqual(hashTree(full));
      expect(stored).toBeDefined();
      expect(stored).toEqual(readStoredArticles(site.input)?.structure);
    }
    expect(readdirSync(path.join(site.output, "news/2031/03/15"))).toEqual(["velsk-report-fourteen"]);
  });

  it("resolves names across the site again only when an article's names change", async () => {
    const site = await builtSite();
    const keyOf = (): string | undefined => readStoredArticles(site.input)?.resolution?.key;
    const first = keyOf();
    expect(first).toBeDefined();
    // The body alone: the same names, the stored resolution is used as it was.
    writeFileSync(path.join(site.input, "a14.md"), article(14, 15, [people[2]!, people[3]!], orgs[2]!).replace("on Tuesday", "on Monday"));
    await expectSameAsFullBuild(site);
    expect(keyOf()).toBe(first);
    // An existing article now spells the university with its legal form: joined to its page, as a full build joins it.
    writeFileSync(path.join(site.input, "a15.md"), article(15, 16, [people[3]!, people[0]!], "Orlen Valley University JSC"));
    const result = await buildIncremental(site, createSiteLoader(readStoredArticles(site.input)));
    expect(result.mode).toBe("incremental");
    expect(keyOf()).not.toBe(first);
    const full = path.join(tempDir(), "full");
    await buildSite({ input: site.input, output: full, ...oneSearchShard });
    expect(hashTree(site.output)).toEqual(hashTree(full));
  });

  it("leaves the output untouched when the new input is bad", async () => {
    const site = await builtSite();
    const before = hashTree(site.output);
    writeFileSync(path.join(site.input, "bad.md"), "---\ntitle: Velsk\ndate: 2031-02-30\n---\nBody.");
    await expect(buildIncremental(site, createSiteLoader(readStoredArticles(site.input)))).rejects.toThrow(/bad\.md/);
    expect(hashTree(site.output)).toEqual(before);
  });
});
