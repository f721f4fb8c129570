import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { slugify } from "../../src/slug.ts";
import { buildSite } from "../../src/cli/build-site.ts";
import { readOutput } from "../helpers/output.ts";
import { projectRoot, seedFiles, seedPagePath } from "../helpers/seed.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

/** The hand labels of the seed (a copy of shared/seed/seed-entities.json). */
const labels = JSON.parse(readFileSync(path.join(projectRoot, "test/entities/eval/000_bb15c65c48445c85.json"), "utf8")) as {
  people: { name: string }[];
  organisations: { name: string }[];
  optional: { name: string; type: string }[];
  not_entities: string[];
};

function entityPages(out: string, section: string): string[] {
  const dir = path.join(out, section);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function h1(html: string): string {
  return /<h1>([^<]*)/.exec(html)![1]!;
}

describe("the seed's people and organisations, as the built site shows them", () => {
  let out: string;
  beforeAll(async () => {
    out = path.join(tempDir(), "out");
    await buildSite({ input: tempContent(seedFiles), output: out });
  });

  it("gives exactly one page to each labelled person, with the right name and type", () => {
    const pages = entityPages(out, "people");
    expect(pages.map((slug) => h1(readOutput(out, `people/${slug}/index.html`))).sort()).toEqual(labels.people.map((p) => p.name).sort());
    for (const slug of pages) expect(readOutput(out, `people/${slug}/index.html`)).toContain('<p class="entity-type">Person</p>');
  });

  it("gives exactly one page to each labelled organisation (optional ones may or may not have one)", () => {
    const optional = new Set(labels.optional.map((o) => o.name));
    const names = entityPages(out, "organisations").map((slug) => h1(readOutput(out, `organisations/${slug}/index.html`)));
    expect(names.filter((n) => !optional.has(n)).sort()).toEqual(labels.organisations.map((o) => o.name).sort());
    for (const slug of entityPages(out, "organisations")) {
      expect(readOutput(out, `organisations/${slug}/index.html`)).toContain('<p class="entity-type">Organisation</p>');
    }
  });

  it("gives no page to anything that is not an entity", () => {
    const slugs = new Set([...entityPages(out, "people"), ...entityPages(out, "organisations")]);
    for (const name of labels.not_entities) expect(slugs.has(slugify(name)), name).toBe(false);
  });

  it("gives each entity its own feed, and lists all of them in the A–Z indexes with counts", () => {
    const people = readOutput(out, "people/index.html");
    const organisations = readOutput(out, "organisations/index.html");
    for (const slug of entityPages(out, "people")) {
      expect(existsSync(path.join(out, "people", slug, "feed.xml"))).toBe(true);
      expect(people).toContain(`href="/people/${slug}/"`);
    }
    for (const slug of entityPages(out, "organisations")) {
      expect(existsSync(path.join(out, "organisations", slug, "feed.xml"))).toBe(true);
      expect(organisations).toContain(`href="/organisations/${slug}/"`);
    }
    // People by surname, with the registry's description.
    expect(people).toMatch(/Kosherbayev, Yermek<\/a> <span class="count">1 article<\/span><span class="description">Kazakh diplomat and politician<\/span>/);
    // A style that serves as the name is filed under the name: Prince Edward under E, before K.
    expect(people.indexOf(">Prince Edward<")).toBeLessThan(people.indexOf("Kosherbayev, Yermek"));
  });

  it("links the article to its people and organisations, in the page and in its JSON-LD", () => {
    const page = readOutput(out, seedPagePath);
    for (const slug of entityPages(out, "people")) expect(page).toContain(`href="/people/${slug}/"`);
    for (const slug of entityPages(out, "organisations")) expect(page).toContain(`href="/organisations/${slug}/"`);
    const jsonLd = [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    const article = jsonLd.find((d) => d["@type"] === "NewsArticle")!;
    const things = [...((article["about"] as { name: string; url: string }[]) ?? []), ...((article["mentions"] as { name: string; url: string }[]) ?? [])];
    expect(things.map((t) => t.name).sort()).toEqual([...labels.people, ...labels.organisations].map((e) => e.name).sort());
    for (const thing of things) expect(thing.url).toMatch(/^https:\/\/wireroom\.example\.org\/(people|organisations)\/[a-z0-9-]+\/$/);
  });

  it("shows the sentence that names the entity, with the name marked", () => {
    const page = readOutput(out, "people/prince-edward/index.html");
    expect(page).toContain("In his turn, <mark>Prince Edward</mark> underscored the importance");
  });
});
