/**
 * The seed article reaches a reader in one round trip's worth of bytes: its HTML plus its one
 * stylesheet, each gzip-compressed (level 9) as a host would send them, stay within 14 KB
 * (TCP's initial congestion window of ten packets). Nothing else is needed to render it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { scanTags } from "../helpers/built-site.ts";
import { seedFiles, seedPagePath } from "../helpers/seed.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

const budget = 14 * 1024;

const gzipped = (bytes: Buffer): number => gzipSync(bytes, { level: 9 }).length;

describe("the seed article's weight", () => {
  let output: string;
  beforeAll(async () => {
    output = path.join(tempDir(), "site");
    await buildSite({ input: tempContent(seedFiles), output });
  });

  it(`is at most ${budget} bytes of gzipped HTML and CSS, and needs nothing else to render`, () => {
    const html = readFileSync(path.join(output, seedPagePath));
    const tags = scanTags(html.toString("utf8"));
    const stylesheets = tags.filter((t) => t.name === "link" && t.attributes.get("rel") === "stylesheet").map((t) => t.attributes.get("href")!);
    expect(stylesheets).toHaveLength(1);
    // Render-blocking resources: the stylesheet only; no script runs, no web font, no image.
    expect(tags.filter((t) => t.name === "script" && t.attributes.get("type") !== "application/ld+json")).toEqual([]);
    expect(tags.filter((t) => t.name === "img")).toEqual([]);
    const css = readFileSync(path.join(output, stylesheets[0]!));
    const htmlBytes = gzipped(html);
    const cssBytes = gzipped(css);
    const total = htmlBytes + cssBytes;
    console.info(`page weight: seed article ${htmlBytes} B + stylesheet ${cssBytes} B = ${total} B gzipped (budget ${budget} B; raw ${html.length} + ${css.length} B)`);
    expect(total).toBeLessThanOrEqual(budget);
  });
});
