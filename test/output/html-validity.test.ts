/**
 * Every file the fixture site writes is valid for its format: HTML under the Nu Html Checker
 * (one JVM run over every page), XML (feeds, OPML, sitemaps) well-formed
 * under libxml2, and the JSON Feed parseable.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtSite, fixtureArticleCount, htmlFiles, listFiles } from "../helpers/built-site.ts";
import { tempDir } from "../helpers/temp-content.ts";

/** The package exports the jar's path (a String object), and has no type declarations. */
const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));

interface VnuMessage {
  readonly type: string;
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly firstLine?: number;
  readonly message: string;
  readonly extract?: string;
}

/** Runs vnu once over `files` (absolute paths); returns its error messages. */
function nuHtmlChecker(files: readonly string[]): VnuMessage[] {
  const result = spawnSync("java", ["-Xss8m", "-jar", vnuJar, "--errors-only", "--format", "json", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 180_000,
  });
  if (result.error) throw result.error;
  // vnu writes its JSON report to stderr and exits 1 when there are errors.
  const report = JSON.parse(result.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
  return report.messages.filter((m) => m.type === "error" || m.subType === "fatal" || m.type === "non-document-error");
}

/** A page with known errors, checked in the same JVM run: a checker that cannot fail proves nothing. */
const invalidPage =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body><main></main><main></main><li bogus="1">x</li></body></html>';

function fileOf(message: VnuMessage): string {
  return message.url ? new URL(message.url).pathname : "?";
}

describe("the fixture site's output", () => {
  let output: string;
  let files: string[];
  let pages: string[];
  let invalid: string;
  let messages: VnuMessage[];
  beforeAll(async () => {
    ({ output } = await builtSite());
    files = listFiles(output);
    pages = htmlFiles(output).map((f) => path.join(output, f));
    invalid = path.join(tempDir(), "invalid.html");
    writeFileSync(invalid, invalidPage);
    messages = nuHtmlChecker([...pages, invalid]);
  });

  it("has every kind of page the site makes", () => {
    const html = htmlFiles(output);
    const articles = html.filter((f) => /^news\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f));
    expect(articles).toHaveLength(fixtureArticleCount);
    for (const page of ["index.html", "page/2/index.html", "404.html", "news/index.html", "news/2031/index.html", "news/2031/05/index.html", "people/index.html", "organisations/index.html"]) {
      expect(html).toContain(page);
    }
  });

  it("passes the Nu Html Checker with zero errors on every HTML page", () => {
    expect(pages.length).toBeGreaterThan(fixtureArticleCount);
    const errors = messages.filter((m) => fileOf(m) !== invalid);
    const report = errors.map(
      (m) => `${path.relative(output, fileOf(m))}:${m.lastLine ?? m.firstLine ?? "?"}: ${m.message}${m.extract ? ` [${m.extract.replace(/\s+/g, " ").trim()}]` : ""}`,
    );
    console.info(`vnu checked ${pages.length} HTML pages of the fixture site: ${errors.length} errors`);
    expect(report, report.join("\n")).toEqual([]);
  });

  it("reports the errors of an invalid page, with its file and line (the check can fail)", () => {
    const errors = messages.filter((m) => fileOf(m) === invalid);
    // A second visible <main>, an <li> outside a list, an unknown attribute.
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors.every((m) => m.lastLine === 1)).toBe(true);
  });

  it("writes XML files (feeds, OPML, sitemaps) that are well-formed", () => {
    const xml = files.filter((f) => /\.(xml|atom|opml|xsl)$/.test(f));
    for (const expected of ["feed.xml", "feed.atom", "feeds.opml", "sitemap.xml", "sitemap-news.xml"]) expect(xml).toContain(expected);
    const result = spawnSync("xmllint", ["--noout", "--nonet", ...xml], { cwd: output, encoding: "utf8" });
    if (result.error) throw result.error;
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("finds a malformed XML file (the check can fail)", () => {
    const bad = path.join(tempDir(), "bad.xml");
    writeFileSync(bad, "<rss><channel><title>A & B</title></rss>");
    const result = spawnSync("xmllint", ["--noout", "--nonet", bad], { encoding: "utf8" });
    expect(result.status).not.toBe(0);
  });

  it("writes a JSON Feed that parses, with every article", () => {
    const feed = JSON.parse(readFileSync(path.join(output, "feed.json"), "utf8")) as { version: string; items: unknown[] };
    expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/);
    expect(feed.items).toHaveLength(fixtureArticleCount);
  });
});
