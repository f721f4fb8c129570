import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { fixtureFiles } from "../helpers/built-site.ts";
import { hashTree } from "../helpers/output.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

// The full build renders a planned site in several Eleventy runs, so that no run holds more
// than its share of pages in memory. How the pages are cut must never show in the output.
describe("a full build rendered in several Eleventy runs", () => {
  it("writes the same bytes whether the pages go in one run or in runs of 7", async () => {
    const input = tempContent(fixtureFiles);
    const one = path.join(tempDir(), "one");
    const many = path.join(tempDir(), "many");
    const single = await buildSite({ input, output: one, pagesPerRun: 100_000 });
    const split = await buildSite({ input, output: many, pagesPerRun: 7 });
    expect(split.files).toBe(single.files);
    // Enough pages that the runs of 7 cut through every kind of page.
    expect(single.files).toBeGreaterThan(100);
    expect(hashTree(many)).toEqual(hashTree(one));
  });

});
