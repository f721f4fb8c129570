import { describe, expect, it } from "vitest";
import type { Article } from "../../src/articles/article.ts";
import type { ArticleEntity } from "../../src/entities/types.ts";
import { buildSiteModel } from "../../src/model/build-site-model.ts";
import { createSiteLoader } from "../../src/model/load-site.ts";
import { reviveArticle, StoreWriter, type StoredEntity, type StoredState } from "../../src/model/stored-articles.ts";
import { defaultSettings } from "../../src/site.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";
import { markdownArticle, velskCouncilReports, wireText } from "../helpers/fixtures.ts";
import { readFileSync } from "node:fs";
import { readStoredArticles, stateFileFor, writeStoredArticles } from "../../src/cli/build-state.ts";

/** Fictional articles: the university is named twice, once under a spelling site-level resolution joins. */
const files = {
  ...velskCouncilReports,
  "a3.md": "---\ntitle: Velsk council report 3\ndate: 2031-03-04T09:00:00+05:00\n---\n" +
    "Ilse Varnhagen, rector of Orlen Valley University JSC, said the “new chapter. I am confident,” of the campus had begun.\n",
};

const settings = { ...defaultSettings, pageSize: 10 };

/** The sentence each entity page quotes for each of its articles, by entity id. */
function quotedSentences(articlesById: ReadonlyMap<string, readonly { readonly mention?: unknown }[]>): Record<string, unknown[]> {
  return Object.fromEntries([...articlesById].map(([id, items]) => [id, items.map((item) => item.mention)]));
}

describe("stored articles", () => {
  it("give entity pages the sentence that first names each entity, without the article's text or detection", () => {
    const input = tempContent(files);
    const loader = createSiteLoader();
    const fresh = loader.load(input, settings).model;
    const state = JSON.parse(JSON.stringify(loader.store())) as StoredState;
    expect(state.articles.every((a) => a.sentences !== undefined)).toBe(true);

    // Revived from a folder without the sources, with a detection that must not run.
    const nowhere = tempDir();
    const entitiesOf = new Map<string, readonly ArticleEntity[]>();
    const revived = new Map<string, Article>();
    for (const entry of state.articles) {
      const { cached, entities } = reviveArticle(entry, state.entities, nowhere, settings.timeZone, () => {
        throw new Error(`${entry.meta.sourcePath} was detected again`);
      });
      revived.set(cached.article.sourcePath, cached.article);
      entitiesOf.set(cached.article.sourcePath, entities);
    }
    const model = buildSiteModel({
      settings,
      loaded: { articles: fresh.articles.map((a) => revived.get(a.sourcePath)!), notices: [], draftsLeftOut: 0 },
      registryEntities: state.registry?.parsed.entities ?? [],
      registryDistinct: state.registry?.parsed.distinct ?? [],
      findEntities: (article) => entitiesOf.get(article.sourcePath)!,
    });

    expect(fresh.mergedNames).toBeGreaterThan(0);
    expect(quotedSentences(model.entityArticles)).toEqual(quotedSentences(fresh.entityArticles));
    expect(Object.values(quotedSentences(fresh.entityArticles)).flat().filter(Boolean).length).toBeGreaterThan(5);
  });
});

describe("an article's summary, word count and dateline", () => {
  it("are kept out of the entries every build parses, and come back from the article's detail as a fresh load gives them", () => {
    const input = tempContent({ "wire.txt": wireText, "port.md": markdownArticle });
    const loader = createSiteLoader();
    const fresh = loader.load(input, settings).model;
    writeStoredArticles(input, loader.store());
    // The third line of the store is what every build parses: no summaries in it.
    const entriesLine = readFileSync(stateFileFor(input, "articles"), "utf8").split("\n")[2]!;
    for (const article of fresh.articles) expect(entriesLine).not.toContain(JSON.stringify(article.summary));
    expect(entriesLine).not.toContain("wordCount");
    expect(entriesLine).not.toContain("dateline");

    const model = createSiteLoader(readStoredArticles(input)).load(input, settings).model;
    const wire = fresh.articles.find((a) => a.format === "wire")!;
    expect(wire.dateline).toBeDefined();
    const shown = (articles: readonly Article[]) => articles.map((a) => ({ path: a.sourcePath, summary: a.summary, wordCount: a.wordCount, dateline: a.dateline }));
    expect(shown(model.articles)).toEqual(shown(fresh.articles));
    expect(model.articles.every((a) => a.summary.length > 0 && a.wordCount > 0)).toBe(true);
  });
});

describe("the store's writer", () => {
  // The writer finds an entity's row in a kept table by its id, then by its whole key.
  it("points an entity to the first kept row with its whole key, and adds a row only for a new one", () => {
    const input = tempContent(files);
    const loader = createSiteLoader();
    loader.load(input, settings);
    const state = JSON.parse(JSON.stringify(loader.store())) as StoredState;
    const entry = state.articles.find((a) => a.entities.length >= 2)!;
    const { cached, entities } = reviveArticle(entry, state.entities, input, settings.timeZone, () => []);
    const rows = entry.entities.map((i) => state.entities[i]!);
    const [first, second] = rows as [StoredEntity, StoredEntity];
    // Before the first entity's row: one of its id with other forms, one of its id tentative.
    const sameIdOtherKey: StoredEntity[] = [[first[0], first[1], first[2], first[3], first[4], ["Some Other Form"]], [first[0], first[1], first[2], first[3], first[4], null, 1]];
    const others = state.entities.filter((row) => row !== first && row !== second && row[0] !== first[0] && row[0] !== second[0]);
    const table: StoredEntity[] = [...sameIdOtherKey, ...others, first, [...first] as StoredEntity];
    const writer = new StoreWriter(table);
    const written = writer.add(cached, entities);
    expect(written.entities[0]).toBe(sameIdOtherKey.length + others.length);
    // The second was not in the table: added once, then found again.
    expect(written.entities[1]).toBe(table.length);
    expect(writer.add(cached, entities).entities).toEqual(written.entities);
    expect(writer.entities()).toHaveLength(table.length + 1);
    expect(written.entities.map((i) => writer.entities()[i])).toEqual(rows);
  });
});
