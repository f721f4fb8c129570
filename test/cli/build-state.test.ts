/**
 * The stored articles as two files (src/cli/build-state.ts): a one-edit build writes only the
 * changes beside the whole file, and what reads back is the store a whole write would give; a
 * changes file that is stale or unreadable is ignored. Real builds of fictional articles.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { readStoredArticles, stateFileFor, writeStoredArticles } from "../../src/cli/build-state.ts";
import { buildIncremental } from "../../src/cli/incremental-build.ts";
import { racyMilliseconds } from "../../src/articles/load-articles.ts";
import { createSiteLoader } from "../../src/model/load-site.ts";
import { detailOf, type StoredState } from "../../src/model/stored-articles.ts";
import { seedFiles } from "../helpers/seed.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

function article(n: number, extra = ""): string {
  return `---\ntitle: Harbour board of Velmora report ${n}\ndate: 2031-04-${String(1 + (n % 27)).padStart(2, "0")}T09:00:00+05:00\n---\n` +
    `Minister of Ports Tavi Orrenson met the board of the Kessel Port Authority on Tuesday, the ministry said.${extra}\n`;
}

async function builtSite(): Promise<{ input: string; output: string }> {
  const files: Record<string, string | Buffer> = { ...seedFiles };
  for (let n = 1; n <= 40; n++) files[`a${n}.md`] = article(n);
  const input = tempContent(files);
  await untilStampsAreTrusted(input);
  const output = path.join(tempDir(), "site");
  await buildSite({ input, output });
  return { input, output };
}

/**
 * A source changed less than racyMilliseconds before it is read is not trusted (load-articles.ts)
 * and is stamped again by the next build, which then writes its entry anew: whether that happens
 * to the 40 untouched articles would depend on how fast the machine runs the test. Waiting
 * until the sources are older makes the full build trust them all, however busy the machine.
 */
async function untilStampsAreTrusted(input: string): Promise<void> {
  const newest = Math.max(...readdirSync(input).map((name) => {
    const stat = statSync(path.join(input, name));
    return Math.max(stat.mtimeMs, stat.ctimeMs);
  }));
  const wait = newest + racyMilliseconds + 50 - Date.now();
  if (wait > 0) await sleep(wait);
}

/** The store with each entry's detail in it (read back, details are left aside until asked for). */
function withDetails(state: StoredState): StoredState {
  return { ...state, articles: state.articles.map((entry) => ({ ...entry, ...detailOf(entry) })) };
}

/** Copies of every entry of the store, details included: none is an entry that was read. */
function copied(state: StoredState): StoredState {
  return structuredClone(withDetails(state));
}

const rebuild = (site: { input: string; output: string }) => buildIncremental({ ...site, searchIndex: false }, createSiteLoader(readStoredArticles(site.input)));

describe("the stored articles", () => {
  beforeAll(() => {
    process.env["SITE_NOW"] = "2031-04-29T12:00:00+05:00";
  });
  afterAll(() => {
    delete process.env["SITE_NOW"];
  });

  it("after one edit: only the changes are written, and the store reads back as a whole write gives it", async () => {
    const site = await builtSite();
    const whole = stateFileFor(site.input, "articles");
    const changes = stateFileFor(site.input, "articles-changes");
    const wholeBefore = readFileSync(whole);
    writeFileSync(path.join(site.input, "a7.md"), article(7, " The new quay opens in May."));
    await rebuild(site);
    expect(readFileSync(whole)).toEqual(wholeBefore);
    // The edited article's entry written out, every other one a position in the whole file.
    const written = (JSON.parse(readFileSync(changes, "utf8").split("\n")[2]!) as unknown[]).filter((item) => !Array.isArray(item));
    expect(written).toEqual([expect.objectContaining({ meta: expect.objectContaining({ sourcePath: "a7.md" }) })]);
    const merged = readStoredArticles(site.input)!;
    expect(detailOf(merged.articles.find((a) => a.meta.sourcePath === "a7.md")!).wordCount).toBeGreaterThan(16);
    // Copies of every entry: none is one that was read, so the whole file is written.
    writeStoredArticles(site.input, copied(merged));
    expect(existsSync(changes)).toBe(false);
    expect(withDetails(readStoredArticles(site.input)!)).toEqual(withDetails(merged));
    expect(withDetails(merged).articles.find((a) => a.meta.sourcePath === "a7.md")?.sentences?.join(" ")).toContain("Tavi Orrenson");
  });

  it("ignores a changes file made for another whole file, or unreadable", async () => {
    const site = await builtSite();
    const changes = stateFileFor(site.input, "articles-changes");
    writeFileSync(path.join(site.input, "a3.md"), article(3, " Dredging starts next week."));
    await rebuild(site);
    const stale = path.join(tempDir(), "stale-changes.json");
    copyFileSync(changes, stale);
    const merged = readStoredArticles(site.input)!;
    writeStoredArticles(site.input, copied(merged));
    copyFileSync(stale, changes);
    expect(withDetails(readStoredArticles(site.input)!)).toEqual(withDetails(merged));
    writeFileSync(changes, "\u0000junk");
    expect(withDetails(readStoredArticles(site.input)!)).toEqual(withDetails(merged));
    // The next build starts from the whole file alone and still updates the site.
    writeFileSync(path.join(site.input, "a4.md"), article(4, " Dredging ends in June."));
    expect((await rebuild(site)).mode).toBe("incremental");
  });

  it("writes the whole file again once a tenth of the articles changed, without the changes file", async () => {
    const site = await builtSite();
    const whole = stateFileFor(site.input, "articles");
    const wholeBefore = readFileSync(whole);
    for (const n of [2, 5, 9, 11, 14]) writeFileSync(path.join(site.input, `a${n}.md`), article(n, " Tariffs rise in July."));
    await rebuild(site);
    expect(readFileSync(whole)).not.toEqual(wholeBefore);
    expect(existsSync(stateFileFor(site.input, "articles-changes"))).toBe(false);
    expect(readStoredArticles(site.input)?.articles).toHaveLength(41);
    // The kept entries' details were copied from the old whole file unparsed: they read back whole.
    const details = readStoredArticles(site.input)!.articles.map((entry) => ({ entry, detail: detailOf(entry) }));
    expect(details.every(({ entry, detail }) => entry.entities.length > 0 && detail.tallies?.length === entry.entities.length * 6 && detail.sentences?.length)).toBe(true);
  });

  it("does not read a store in another format (an older Wireroom's): the next build reads the sources again", async () => {
    const site = await builtSite();
    const whole = stateFileFor(site.input, "articles");
    const state = withDetails(readStoredArticles(site.input)!);
    writeFileSync(whole, JSON.stringify({ id: "older", state }));
    expect(readStoredArticles(site.input)).toBeUndefined();
    writeFileSync(path.join(site.input, "a6.md"), article(6, " Berths are allotted in June."));
    expect((await rebuild(site)).mode).toBe("incremental");
    expect(readStoredArticles(site.input)?.articles).toHaveLength(41);
  });
});
