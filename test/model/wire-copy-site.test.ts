/**
 * The "done when", on a site made from the headline-less wire items of the headline
 * evaluation set: no dateline, credit or ellipsis in any headline, title, slug or feed title,
 * and agencies shown as sources, not as mentions.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { headlineFaults } from "../../src/articles/headline-rules.ts";
import { createFeedItems } from "../../src/model/feed-channels.ts";
import { createSiteLoader } from "../../src/model/load-site.ts";
import { defaultSettings } from "../../src/site.ts";

const dir = path.resolve(import.meta.dirname, "../articles/wire-headlines");
const { model } = createSiteLoader().load(dir, defaultSettings);
const itemFor = createFeedItems(model);

describe("a site built from headline-less wire copy", () => {
  it("has every item of the set", () => {
    expect(model.articles.length).toBeGreaterThanOrEqual(40);
  });

  it("shows no dateline, credit or ellipsis in any headline, slug or feed title", () => {
    for (const article of model.articles) {
      const faults = headlineFaults(itemFor(article).title, article.source).filter((f) => f === "dateline" || f === "credit" || f === "ellipsis");
      expect(faults, article.sourcePath).toEqual([]);
      expect(article.slug, article.sourcePath).not.toMatch(/nordpress|kelwire|velta|capsinform|ledger/);
      expect(article.summary.startsWith(article.headline), article.sourcePath).toBe(false);
    }
  });

  it("makes the agency of every credited item its source, never one of its chips", () => {
    for (const article of model.articles.filter((a) => a.dateline?.agency)) {
      expect(article.source, article.sourcePath).toBeDefined();
      const chips = article.entities.map((e) => e.name.toLowerCase());
      if (article.sourceEntity) expect(chips, article.sourcePath).not.toContain(article.sourceEntity.name.toLowerCase());
    }
    const agencies = model.entities.filter((e) => ["Nordpress", "Kelwire"].includes(e.name));
    expect(agencies.length).toBe(2);
    for (const agency of agencies) {
      const page = model.entityPages.find((p) => p.entity.id === agency.id)!;
      expect(page.items.every((item) => item.supplied)).toBe(true);
      expect(page.coMentioned).toEqual([]);
    }
  });
});
