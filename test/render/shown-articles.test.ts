import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageKinds } from "../../_includes/pages/index.ts";
import type { Article } from "../../src/articles/article.ts";
import type { RegistryEntity } from "../../src/entities/types.ts";
import { buildSiteModel } from "../../src/model/build-site-model.ts";
import { createFeedItems } from "../../src/model/feed-channels.ts";
import { createSiteLoader } from "../../src/model/load-site.ts";
import { sitemapDocuments } from "../../src/model/sitemap-entries.ts";
import type { BuildData } from "../../src/render/build-data.ts";
import { planBuild } from "../../src/render/plan-build.ts";
import type { PageKind } from "../../src/render/page-kind.ts";
import { fixtureFiles } from "../helpers/built-site.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

/**
 * A kind that says which articles each view shows (ShownArticles) says it both ways: the plan of
 * an edit goes from the edited articles to the views through viewsShowing, and a view it misses
 * stays stale. So for every article of a site with several pages of every list, the inverse must
 * give exactly the views whose articlesShown holds it.
 */

/**
 * A month busy enough to fill several pages of every list and more than a year page shows of it,
 * some of it wire copy credited to an agency named nowhere else (listed as supplied on its page):
 * fictional names only.
 */
function busyMonth(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let day = 1; day <= 18; day++) {
    const date = `2031-03-${String(day).padStart(2, "0")}`;
    const minister = day % 3 === 0 ? "Dariga Omarbekova-Lind, the minister of trade, visited the harbour." : "The port was quiet.";
    if (day % 4 === 0) {
      files[`2031/march-${day}.txt`] = `date ${date}

VELSK. NORDPRESS – Harbour master Tomas Rekk said the Keldor Wagon Works had delivered ${day * 10} wagons to Velsk, Nordpress reports.

${minister}
`;
    } else {
      files[`2031/march-${day}.md`] = `---
title: Velsk harbour report number ${day}
date: ${date}T08:00:00+02:00
summary: The harbour of Velsk reports on day ${day}.
---
Tomas Rekk, harbour master of Velsk, said on day ${day} that the Keldor Wagon Works had delivered ${day * 10} wagons.

${minister}
`;
    }
  }
  return files;
}

/** Where, for a set of articles, a kind's inverse and its articlesShown disagree (views named by kind and permalink). */
function disagreements(kinds: readonly PageKind<unknown>[], build: BuildData, sets: readonly ReadonlySet<Article>[]): string[] {
  const found: string[] = [];
  for (const kind of kinds) {
    const shows = kind.shows;
    if (!shows) continue;
    const views = kind.views(build);
    const name = (view: unknown): string => `${kind.name} ${kind.permalink(view, build)}`;
    for (const articles of sets) {
      const expected = views.filter((view) => shows.articlesShown(view, build).some((article) => articles.has(article))).map(name).sort();
      const inverse = shows.viewsShowing(articles, build).map(name);
      const given = [...inverse].sort();
      const label = [...articles].map((article) => article.sourcePath).join(" + ");
      if (new Set(given).size !== given.length) found.push(`${label}: ${kind.name} gives a view twice`);
      if (JSON.stringify(given) !== JSON.stringify(expected)) found.push(`${label}: ${kind.name} gives [${given.join(", ")}], shown in [${expected.join(", ")}]`);
    }
  }
  return found;
}

describe("the views that show an article, both ways", () => {
  let build: BuildData;
  let articles: readonly Article[];
  let sets: ReadonlySet<Article>[];

  beforeAll(async () => {
    process.env["SITE_NOW"] = "2031-06-01T12:00:00Z";
    const input = tempContent({ ...fixtureFiles, ...busyMonth() });
    const planned = await planBuild(pageKinds, createSiteLoader(), input, path.join(tempDir(), "site"));
    // Small pages and feeds, so that every list has several pages and every feed leaves articles out.
    const settings = { ...planned.model.settings, pageSize: 3, feedSize: 4 };
    const model = buildSiteModel({
      settings,
      loaded: { articles: planned.model.articles, notices: [], draftsLeftOut: 0 },
      registryEntities: planned.model.entities.flatMap((entity): RegistryEntity[] => (entity.registry ? [entity.registry] : [])),
      // The agency named only in the credit is kept apart from the article's entities: given back with them.
      findEntities: (article) => (article.sourceEntity?.creditOnly ? [...article.entities, article.sourceEntity] : article.entities),
    });
    build = { ...planned.data, model, feedItemFor: createFeedItems(model), sitemaps: () => sitemapDocuments(model) };
    articles = model.articles;
    // Every article alone, and pairs of them: neighbours (on the same pages) and far apart.
    sets = [...articles.map((article) => new Set([article])), ...articles.slice(1).map((article, i) => new Set([articles[i]!, article])), new Set([articles[0]!, articles.at(-1)!])];
  });
  afterAll(() => {
    delete process.env["SITE_NOW"];
  });

  it("has several pages of each list to look at", () => {
    const count = (name: string): number => pageKinds.find((kind) => kind.name === name)!.views(build).length;
    expect(count("home")).toBeGreaterThan(3);
    expect(new Set(build.model.entityPages.map((page) => page.entity)).size).toBeLessThan(build.model.entityPages.length);
    expect(build.model.yearArchives.some((year) => year.months.some((month) => month.count > month.articles.length))).toBe(true);
    expect(build.model.entities.some((entity) => entity.articleCount > build.model.settings.feedSize)).toBe(true);
    expect(build.model.entityPages.some((page) => page.items.some((item) => item.supplied))).toBe(true);
    expect(pageKinds.filter((kind) => kind.shows).map((kind) => kind.name)).toEqual(expect.arrayContaining(["article", "home", "year-archive", "month-archive", "entity", "entity-feed", "feed-rss"]));
  });

  it("gives, for every article and pair of articles, exactly the views whose articlesShown hold them", () => {
    expect(disagreements(pageKinds, build, sets)).toEqual([]);
  });

  // The check itself must catch an inverse that drifts from its kind's articlesShown.
  it("finds an inverse that leaves out a view, or gives one that does not show the article", () => {
    for (const name of ["home", "entity", "entity-feed", "year-archive"]) {
      const kind = pageKinds.find((k) => k.name === name)!;
      const shows = kind.shows!;
      const missing: PageKind<unknown> = { ...kind, shows: { ...shows, viewsShowing: (edited, data) => shows.viewsShowing(edited, data).slice(1) } };
      expect(disagreements([missing], build, sets), name).not.toEqual([]);
      const extra: PageKind<unknown> = { ...kind, shows: { ...shows, viewsShowing: (edited, data) => [...new Set([...shows.viewsShowing(edited, data), kind.views(data).at(-1)])] } };
      expect(disagreements([extra], build, sets), name).not.toEqual([]);
    }
  });
});
