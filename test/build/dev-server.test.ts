import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { fixtureFiles } from "../helpers/built-site.ts";
import { hashTree } from "../helpers/output.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

const configPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.eleventy.ts");

/** The pages of a site: what the publish layer adds (search index, marker) left out. */
function pagesOf(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(hashTree(dir)).filter(([file]) => !file.startsWith("pagefind/") && file !== ".wireroom-site"));
}

// The dev server (`npm start`) runs Eleventy with .eleventy.ts; the full build configures
// Eleventy in-process. Both go through the one render entry, so they write the same pages.
describe("the dev server's Eleventy config", () => {
  beforeAll(() => {
    process.env["SITE_NOW"] = "2031-06-01T12:00:00Z";
  });
  afterAll(() => {
    delete process.env["SITE_NOW"];
  });

  it("writes the same pages as a full build", async () => {
    const input = tempContent(fixtureFiles);
    const full = path.join(tempDir(), "full");
    const dev = path.join(tempDir(), "dev");
    await buildSite({ input, output: full });
    const eleventy = new Eleventy(input, dev, { configPath, quietMode: true, source: "script" });
    eleventy.disableLogger();
    await eleventy.write();
    const pages = pagesOf(full);
    expect(Object.keys(pages).length).toBeGreaterThan(100);
    expect(pagesOf(dev)).toEqual(pages);
  });
});
