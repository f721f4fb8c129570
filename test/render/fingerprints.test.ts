import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageKinds } from "../../_includes/pages/index.ts";
import type { Article } from "../../src/articles/article.ts";
import type { MentionSummary } from "../../src/entities/mention-summary.ts";
import type { ArticleEntity, Mention, RegistryEntity } from "../../src/entities/types.ts";
import { buildSiteModel } from "../../src/model/build-site-model.ts";
import { createFeedItems } from "../../src/model/feed-channels.ts";
import { createSiteLoader } from "../../src/model/load-site.ts";
import type { EntitySummary, SiteModel } from "../../src/model/site-model.ts";
import { sitemapDocuments } from "../../src/model/sitemap-entries.ts";
import type { BuildData } from "../../src/render/build-data.ts";
import { buildInputsFingerprint } from "../../src/render/build-inputs.ts";
import { planBuild } from "../../src/render/plan-build.ts";
import { coMentionsStamp, perMonthStamp } from "../../src/render/fingerprints.ts";
import { planRender, renderOutput, type Manifest } from "../../src/render/render-plan.ts";
import { fixtureFiles } from "../helpers/built-site.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

/**
 * Each page kind declares what its output depends on (PageKind.dependsOn). Here every field of
 * the site model that a page can show is changed in turn, the way an edit of a source changes
 * it (a new source hash with it), and the outputs whose fingerprint moved must be exactly the
 * outputs whose bytes changed: none stale, none written for nothing. Lists take an article whole
 * (articleStamp, the hash of its source) and may be written for a field they do not show: a
 * teaser's own stamp cost more to compute on every build (at 2,000 articles 19 ms, most of it
 * making dates that a rebuild otherwise never makes) than re-rendering the lists of an edited
 * article; entity pages find their mention sentence only when they render; feeds carry the
 * full text.
 */
const takeArticlesWhole = new Set(["home", "year-archive", "month-archive", "entity", "entity-feed", "feed-rss", "feed-atom", "feed-json"]);

type Site = { readonly data: BuildData; readonly registryHash: string };

/** Every output of the site, rendered, and the manifest of its fingerprints. */
function renderAll(site: Site): { texts: Map<string, string>; manifest: Manifest; plan: (previous: Manifest) => ReturnType<typeof planRender> } {
  const inputs = buildInputsFingerprint(site.data, site.registryHash);
  const plan = planRender(pageKinds, site.data, inputs);
  const texts = new Map(plan.changed.map((output) => [output.outputPath, renderOutput(output, site.data)]));
  return { texts, manifest: plan.manifest, plan: (previous) => planRender(pageKinds, site.data, inputs, previous) };
}

/** The site again from `articles` (as they would load after an edit), sharing everything else with `base`. */
function siteWith(base: Site, articles: readonly Article[], settings = base.data.model.settings): Site {
  const registryEntities: RegistryEntity[] = base.data.model.entities.flatMap((e) => (e.registry ? [e.registry] : []));
  const model: SiteModel = buildSiteModel({
    settings,
    loaded: { articles, notices: [], draftsLeftOut: 0 },
    registryEntities,
    findEntities: (article) => article.entities,
  });
  return { data: { ...base.data, model, feedItemFor: createFeedItems(model), sitemaps: () => sitemapDocuments(model) }, registryHash: base.registryHash };
}

/** A copy of `article` with `changes`, as a changed source would give: with a new source hash. Getters stay lazy. */
function edited(article: Article, changes: Partial<Record<keyof Article, unknown>>): Article {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(article)) as Record<string, unknown>;
  for (const [key, value] of Object.entries({ ...changes, sourceHash: `${article.sourceHash}-edited` })) {
    Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: false });
  }
  return copy as unknown as Article;
}

describe("what each page kind declares it depends on", () => {
  let base: Site;
  let before: ReturnType<typeof renderAll>;
  let articles: readonly Article[];

  beforeAll(async () => {
    process.env["SITE_NOW"] = "2031-06-01T12:00:00Z";
    const input = tempContent(fixtureFiles);
    const planned = await planBuild(pageKinds, createSiteLoader(), input, path.join(tempDir(), "site"));
    // Made again as each edit below is (siteWith): the structure digest reads the entities as the
    // model was given them, and these are the resolved ones, not the loader's as detected.
    articles = planned.model.articles;
    base = siteWith({ data: planned.data, registryHash: "registry" }, articles);
    before = renderAll(base);
  });
  afterAll(() => {
    delete process.env["SITE_NOW"];
  });

  /** The outputs whose bytes differ (or that appeared or went), and those the plan re-renders or removes. */
  function compare(after: Site): { shown: string[]; rerendered: string[]; wholeArticle: string[] } {
    const now = renderAll(after);
    const paths = new Set([...before.texts.keys(), ...now.texts.keys()]);
    const shown = [...paths].filter((p) => before.texts.get(p) !== now.texts.get(p)).sort();
    const plan = now.plan(before.manifest);
    // The news sitemap depends on the clock and is written on every build.
    const rerendered = [...plan.changed.map((o) => o.outputPath), ...plan.removed].filter((p) => p !== "sitemap-news.xml").sort();
    const wholeArticle = plan.changed.filter((o) => takeArticlesWhole.has(o.kind.name)).map((o) => o.outputPath);
    return { shown, rerendered, wholeArticle };
  }

  /** An article in the middle of the list with people or organisations, and neighbours on both sides. */
  const subject = (): { article: Article; index: number } => {
    const index = articles.findIndex((a, i) => i > 0 && i < articles.length - 1 && a.entities.length >= 2);
    return { article: articles[index]!, index };
  };
  const replaced = (index: number, article: Article): Article[] => articles.map((a, i) => (i === index ? article : a));

  it("writes nothing when nothing changed", () => {
    expect(compare(siteWith(base, articles))).toMatchObject({ shown: [], rerendered: [] });
  });

  // An entity page quotes the sentence of the first mention: the text's, not the site's structure.
  const withOtherSentences = (a: Article): Partial<Record<keyof Article, unknown>> => ({
    entities: a.entities.map((e) => {
      const more = (m: Mention): Mention => ({ ...m, sentence: `${m.sentence} Indeed.` });
      const summary = (e as { mentionSummary?: MentionSummary }).mentionSummary;
      return { ...e, mentions: e.mentions.map(more), ...(summary?.first ? { mentionSummary: { ...summary, first: more(summary.first) } } : {}) };
    }),
  });

  const fieldChanges: Record<string, (a: Article) => Partial<Record<keyof Article, unknown>>> = {
    headline: (a) => ({ headline: `${a.headline} (updated)` }),
    summary: (a) => ({ summary: `${a.summary} More.` }),
    "lead paragraph": (a) => ({ leadHtml: `${a.leadHtml}<p>More.</p>` }),
    "rest of the body": (a) => ({ restHtml: `${a.restHtml}<p>A further paragraph.</p>` }),
    "word count": (a) => ({ wordCount: a.wordCount + 2000 }),
    byline: () => ({ byline: "Ilse Varnhagen" }),
    source: () => ({ source: "Kessel Wire Service" }),
    "photo credit": () => ({ photoCredit: "Velsk Photo Pool" }),
    "modified time": (a) => ({ modified: a.modified.plus({ hours: 3 }) }),
    "published time (same place in the list)": (a) => ({ published: a.published.plus({ seconds: 1 }), modified: a.modified.plus({ seconds: 1 }) }),
    "url (a new slug)": (a) => ({ url: a.url.replace(/\/$/, "-renamed/"), slug: `${a.slug}-renamed` }),
    "entities (one dropped)": (a) => ({ entities: a.entities.slice(1) }),
    "entities (one of another article's added)": (a) => {
      const other = articles.flatMap((b) => b.entities).find((e) => !a.entities.some((own) => own.id === e.id))!;
      return { entities: [...a.entities, other] satisfies readonly ArticleEntity[] };
    },
  };

  for (const [field, change] of Object.entries(fieldChanges)) {
    it(`re-renders exactly the outputs that show an article's ${field}`, () => {
      const { article, index } = subject();
      const { shown, rerendered, wholeArticle } = compare(siteWith(base, replaced(index, edited(article, change(article)))));
      expect(shown.length).toBeGreaterThan(0);
      // Never stale: every output that shows the change is re-rendered.
      expect(rerendered).toEqual(expect.arrayContaining(shown));
      // Never for nothing, but where a kind takes a listed article whole.
      expect(rerendered.filter((p) => !shown.includes(p) && !wholeArticle.includes(p))).toEqual([]);
    });
  }

  // With the site's structure unchanged, the plan fingerprints again only the outputs that show an
  // edited article (PageKind.shows): whichever article is edited, nothing may go stale.
  // A headline stands in lists and feeds and on the article pages beside its own, which all say so.
  it("re-renders what shows an edited body or headline, whichever article it is, fingerprinting only those outputs again", () => {
    for (const [index, article] of articles.entries()) {
      const changes = [{ summary: `${article.summary} More.` }, { restHtml: `${article.restHtml}<p>A further paragraph.</p>` }, withOtherSentences(article), { headline: `${article.headline}, officials say` }];
      for (const change of changes) {
        const after = siteWith(base, replaced(index, edited(article, change)));
        const { shown, rerendered } = compare(after);
        expect(rerendered).toEqual(expect.arrayContaining(shown));
        expect(renderAll(after).plan(before.manifest).kept).toBeGreaterThan(0);
      }
    }
  });

  // The plan of an edit starts from the last manifest as the whole site; an incremental build
  // leaves the pages it found damaged out of it, and those must be planned all the same.
  it("plans an output the last manifest lacks (a damaged page left out), and keeps the others unvisited", () => {
    const { article, index } = subject();
    const after = renderAll(siteWith(base, replaced(index, edited(article, { restHtml: `${article.restHtml}<p>A further paragraph.</p>` }))));
    const other = articles.find((a) => a !== article && a !== articles[index - 1] && a !== articles[index + 1])!;
    const damaged = other.url.slice(1) + "index.html";
    expect(before.manifest.outputs[damaged]).toBeDefined();
    const whole = after.plan(before.manifest);
    expect(whole.changed.map((o) => o.outputPath)).not.toContain(damaged);
    expect(whole.kept).toBeGreaterThan(Object.keys(before.manifest.outputs).length / 2);
    const outputs = Object.fromEntries(Object.entries(before.manifest.outputs).filter(([file]) => file !== damaged));
    const partial = after.plan({ ...before.manifest, outputs });
    expect(partial.changed.map((o) => o.outputPath)).toContain(damaged);
    expect(Object.keys(partial.manifest.outputs).sort()).toEqual(Object.keys(before.manifest.outputs).sort());
  });

  it("fingerprints every output again when the site's structure changes (who is named)", () => {
    const { article, index } = subject();
    expect(renderAll(siteWith(base, replaced(index, edited(article, { entities: article.entities.slice(1) })))).plan(before.manifest).kept).toBe(0);
  });

  it("re-renders everything when a setting changes", () => {
    const settings = { ...base.data.model.settings, title: "The Velsk Wire" };
    const { shown, rerendered } = compare(siteWith(base, articles, settings));
    expect(rerendered).toEqual([...before.texts.keys()].filter((p) => p !== "sitemap-news.xml").sort());
    expect(shown.length).toBeGreaterThan(0);
  });
});

/**
 * An entity's chips and month chart are on each of its pages, and change with articles listed on
 * its other pages: their stamps are digested once per list (the lists are made anew by each
 * build and never changed). A list with other content must get another stamp, never the memo of
 * an earlier list.
 */
describe("the stamps of what all of an entity's pages share", () => {
  const entity = { id: "person:tomas-rekk", type: "person", name: "Tomas Rekk", slug: "tomas-rekk", url: "/people/tomas-rekk/" } as unknown as EntitySummary;

  it("follow each field a chip shows", () => {
    const stamp = coMentionsStamp([{ entity, count: 2 }]);
    expect(coMentionsStamp([{ entity, count: 2 }])).toBe(stamp);
    expect(coMentionsStamp([{ entity, count: 3 }])).not.toBe(stamp);
    expect(coMentionsStamp([{ entity: { ...entity, name: "Tomas Rekk-Alm" }, count: 2 }])).not.toBe(stamp);
    expect(coMentionsStamp([{ entity: { ...entity, url: "/people/tomas-rekk-2/" }, count: 2 }])).not.toBe(stamp);
    expect(coMentionsStamp([{ entity: { ...entity, type: "organisation" }, count: 2 }])).not.toBe(stamp);
    expect(coMentionsStamp([])).not.toBe(stamp);
    expect(coMentionsStamp([{ entity, count: 2 }, { entity, count: 2 }])).not.toBe(stamp);
  });

  it("follow each month of the chart", () => {
    const months = (counts: number[]) => counts.map((count, i) => ({ year: 2031, month: i + 1, count }));
    const stamp = perMonthStamp(months([1, 0, 4]));
    expect(perMonthStamp(months([1, 0, 4]))).toBe(stamp);
    expect(perMonthStamp(months([1, 1, 4]))).not.toBe(stamp);
    expect(perMonthStamp(months([1, 0, 4, 0]))).not.toBe(stamp);
    expect(perMonthStamp(months([1, 0, 4]).map((m) => ({ ...m, year: 2030 })))).not.toBe(stamp);
    expect(perMonthStamp(undefined)).not.toBe(stamp);
  });
});
