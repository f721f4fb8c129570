import { describe, expect, it } from "vitest";
import { renderSitemaps } from "../../src/feeds/sitemap.ts";
import { createSiteLoader } from "../../src/model/load-site.ts";
import { sitemapDocuments, sitemapEntries } from "../../src/model/sitemap-entries.ts";
import { absoluteUrl, loadSettings } from "../../src/site.ts";
import { fixtureFiles } from "../helpers/built-site.ts";
import { tempContent } from "../helpers/temp-content.ts";

/**
 * A site under 50,000 pages has one sitemap file, written only when the sitemap page renders;
 * its fingerprint (`stamp`) is a digest of the URLs and dates it lists. Both must agree with the
 * file the sitemap writer makes of the same entries.
 */
describe("the sitemap documents of a build", () => {
  const { model } = createSiteLoader().load(tempContent(fixtureFiles), loadSettings());

  it("write the same file as the sitemap writer, when asked for it", () => {
    const [document, ...others] = sitemapDocuments(model);
    expect(others).toEqual([]);
    const written = renderSitemaps(sitemapEntries(model), (n) => absoluteUrl(model.settings, `/sitemaps/${n}.xml`));
    expect(written.index).toBeUndefined();
    expect(document).toMatchObject({ path: "/sitemap.xml" });
    expect(document!.xml).toBe(written.files[0]!.xml);
  });

  it("stamp what the file lists: the same site the same stamp, a moved date another", () => {
    const stamp = sitemapDocuments(model)[0]!.stamp;
    expect(sitemapDocuments(model)[0]!.stamp).toBe(stamp);
    const [first, ...rest] = model.articles;
    const corrected = { ...model, articles: [Object.create(first!, { modified: { value: first!.modified.plus({ hours: 2 }) } }), ...rest] };
    expect(sitemapDocuments(corrected)[0]!.stamp).not.toBe(stamp);
  });
});
