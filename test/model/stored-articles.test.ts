import { describe, expect, it } from "vitest";
import type { Article } from "../../src/articles/article.ts";
import type { ArticleEntity } from "../../src/entities/types.ts";
import { buildSiteModel } from "../../src/model/build-site-model.ts";
import { createSiteLoader } from "../../src/model/load-site.ts";
import { reviveArticle, type StoredState } from "../../src/model/stored-articles.ts";
import { defaultSettings } from "../../src/site.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";
import { velskCouncilReports } from "../helpers/fixtures.ts";

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
