import { renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createSiteLoader } from "../../src/model/load-site.ts";
import type { SiteModel } from "../../src/model/site-model.ts";
import type { StoredState } from "../../src/model/stored-articles.ts";
import { defaultSettings } from "../../src/site.ts";
import { tempContent } from "../helpers/temp-content.ts";
import { velskCouncilReports } from "../helpers/fixtures.ts";

/** Fictional articles; "velsk-harbour-berths" is named after its own slug, the others are not; one wire text. */
const files = {
  ...velskCouncilReports,
  "velsk-harbour-berths.md": "---\ntitle: Velsk harbour berths\ndate: 2031-03-04T09:00:00+05:00\n---\n" +
    "Ilse Varnhagen, rector of Orlen Valley University JSC, said the harbour berths would be allotted in June. Similar plans were made by Tomas Rekk.\n",
  "a3.txt": "date 2031-03-05\n\nVELSK. Tomas Rekk said on Friday that the berths of the harbour would be allotted in June.\n",
};

const settings = { ...defaultSettings, pageSize: 10 };

/** A loader's state as the next build reads it back from its file. */
function storedAfterLoad(input: string, stored?: StoredState): { state: StoredState; model: SiteModel } {
  const loader = createSiteLoader(stored);
  const { model } = loader.load(input, settings);
  return { state: JSON.parse(JSON.stringify(loader.store())) as StoredState, model };
}

/** What a page reads of each article: the revived ones must read as the freshly parsed ones. */
function articlesAsShown(model: SiteModel): unknown[] {
  return model.articles.map((a) => ({ path: a.sourcePath, format: a.format, slug: a.slug, url: a.url, headline: a.headline, published: a.published.toISO(), entities: a.entities.map((e) => e.id) }));
}

describe("the site loader with a stored state", () => {
  it("keeps the stored resolution for the same names, and resolves again as a fresh loader does when they change", () => {
    const input = tempContent(files);
    const first = storedAfterLoad(input);
    expect(first.state.resolution?.key).toBeDefined();
    const edits: [string, () => void, boolean][] = [
      ["a body edit that keeps every name", () => writeFileSync(path.join(input, "a1.md"), files["a1.md"].replace("on Tuesday", "on Monday")), true],
      ["a name changed", () => writeFileSync(path.join(input, "a1.md"), files["a1.md"].replace("Tomas Rekk", "Tomas Rekkan")), false],
      // Resolution reads paths and names, not headlines: the key stays.
      ["a headline changed", () => writeFileSync(path.join(input, "a2.md"), files["a2.md"].replace("report 2", "report two")), true],
      ["a source renamed", () => renameSync(path.join(input, "a2.md"), path.join(input, "a9.md")), false],
      ["a source deleted", () => rmSync(path.join(input, "a9.md")), false],
      ["a source added", () => writeFileSync(path.join(input, "a2.md"), files["a2.md"]), false],
    ];
    let state = first.state;
    for (const [what, edit, sameNames] of edits) {
      edit();
      const incremental = storedAfterLoad(input, state);
      const fresh = storedAfterLoad(input);
      // The key kept or made must be the one a loader without a store makes for these sources.
      expect(incremental.state.resolution?.key, what).toBe(fresh.state.resolution?.key);
      expect(incremental.state.resolution?.key === state.resolution?.key, what).toBe(sameNames);
      expect(articlesAsShown(incremental.model), what).toEqual(articlesAsShown(fresh.model));
      expect(incremental.model.mergedNames, what).toBe(fresh.model.mergedNames);
      state = incremental.state;
    }
  });

  // The articles' structure digests are taken from the store when no article moved: a stored
  // state with digests no build makes shows whether they were taken or made again.
  it("takes the stored structure digests for an edit that moves no article, and makes them as a fresh loader does otherwise", () => {
    const input = tempContent(files);
    const first = storedAfterLoad(input);
    expect(first.state.structure).toEqual(createSiteLoader().load(input, settings).model.structureDigests());
    const marked = { articles: "kept-articles", dates: "kept-dates" };
    const write = (name: "a1.md" | "a2.md", text: string) => () => writeFileSync(path.join(input, name), text);
    const edits: [string, () => void, boolean][] = [
      ["a body edit", write("a1.md", files["a1.md"].replace("on Tuesday", "on Monday")), true],
      ["a headline changed", write("a2.md", files["a2.md"].replace("report 2", "report two")), false],
      ["a slug given (another URL)", write("a2.md", files["a2.md"].replace("title:", "slug: velsk-report-two\ntitle:")), false],
      ["a publication time moved", write("a2.md", files["a2.md"].replace("T09:00", "T10:00")), false],
      ["a modified date added", write("a1.md", files["a1.md"].replace("---\n", "---\nmodified: 2031-03-09T10:00:00+05:00\n")), false],
      ["a name changed", write("a1.md", files["a1.md"].replace("Tomas Rekk", "Tomas Rekkan")), false],
      ["a source renamed", () => renameSync(path.join(input, "a2.md"), path.join(input, "a9.md")), false],
      ["a source deleted", () => rmSync(path.join(input, "a9.md")), false],
      ["a source added", write("a2.md", files["a2.md"]), false],
      ["the same sources again", () => undefined, true],
    ];
    let state = first.state;
    for (const [what, edit, taken] of edits) {
      edit();
      const fresh = createSiteLoader().load(input, settings).model.structureDigests();
      const incremental = storedAfterLoad(input, { ...state, structure: marked });
      expect(incremental.model.structureDigests(), what).toEqual(taken ? marked : fresh);
      // Made again, or kept from a store whose digests were the true ones: those of a fresh loader.
      expect(storedAfterLoad(input, state).state.structure, what).toEqual(fresh);
      state = storedAfterLoad(input, state).state;
    }
  });

  it("stores an article's format, slug and URL only where its path and date do not give them", () => {
    const input = tempContent(files);
    const { state, model } = storedAfterLoad(input);
    const meta = new Map(state.articles.map((entry) => [entry.meta.sourcePath, entry.meta]));
    expect(meta.get("velsk-harbour-berths.md")).not.toHaveProperty("slug");
    expect(meta.get("velsk-harbour-berths.md")).not.toHaveProperty("url");
    expect([...meta.values()].filter((m) => "format" in m)).toEqual([]);
    expect(meta.get("a1.md")?.slug).toBe("velsk-council-report-1");
    // Revived from the store, they read as parsed from the sources.
    const revived = createSiteLoader(state).load(input, settings).model;
    expect(articlesAsShown(revived)).toEqual(articlesAsShown(model));
    expect(revived.articles.map((a) => a.format)).toEqual(expect.arrayContaining(["wire", "markdown"]));
  });
});
