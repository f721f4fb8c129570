/**
 * A link checker of our own: every internal href/src/srcset of every HTML page resolves to a
 * file of the output (a folder to its index.html), and every #fragment to an id of its target.
 * Absolute URLs on the site's base URL are internal; external links are never fetched.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtSite, htmlFiles, listFiles, scanTags, siteOrigin, sitePathOf } from "../helpers/built-site.ts";

interface LinkProblem {
  readonly page: string;
  readonly line: number;
  readonly attribute: string;
  readonly url: string;
  readonly problem: string;
}

interface LinkReport {
  readonly problems: LinkProblem[];
  readonly internal: number;
  readonly fragments: number;
  readonly external: number;
}

/** Attributes that hold one URL, and the elements on which a browser follows or loads it. */
const urlAttributes: Readonly<Record<string, readonly string[]>> = {
  href: ["a", "area", "link", "base"],
  src: ["img", "script", "iframe", "source", "audio", "video", "track", "embed", "input"],
  poster: ["video"],
  cite: ["blockquote", "q", "del", "ins"],
  action: ["form"],
  data: ["object"],
};
const externalSchemes = new Set(["https:", "http:", "mailto:", "tel:"]);

/** The URLs of a srcset: candidates "URL [descriptor]" separated by commas (our URLs hold none). */
function srcsetUrls(value: string): string[] {
  return value
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

/**
 * Checks the links of `pages` (HTML by path relative to the site root) against `files` (every
 * file of the site). Pure, so that the checker itself can be tested on a made-up page.
 */
function checkLinks(pages: ReadonlyMap<string, string>, files: ReadonlySet<string>): LinkReport {
  const problems: LinkProblem[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> | undefined => {
    const html = pages.get(file);
    if (html === undefined) return undefined;
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set();
      for (const tag of scanTags(html)) {
        const id = tag.attributes.get("id");
        if (id) ids.add(id);
        const name = tag.name === "a" ? tag.attributes.get("name") : undefined;
        if (name) ids.add(name);
      }
      idsCache.set(file, ids);
    }
    return ids;
  };
  let internal = 0;
  let fragments = 0;
  let external = 0;
  for (const [page, html] of pages) {
    const pageUrl = new URL(sitePathOf(page), `${siteOrigin}/`);
    for (const tag of scanTags(html)) {
      const urls: [string, string][] = [];
      for (const [attribute, elements] of Object.entries(urlAttributes)) {
        const value = tag.attributes.get(attribute);
        if (value !== undefined && elements.includes(tag.name)) urls.push([attribute, value]);
      }
      const srcset = tag.attributes.get("srcset");
      if (srcset !== undefined && (tag.name === "img" || tag.name === "source")) for (const url of srcsetUrls(srcset)) urls.push(["srcset", url]);
      for (const [attribute, value] of urls) {
        const report = (problem: string): void => {
          problems.push({ page, line: tag.line, attribute, url: value, problem });
        };
        let url: URL;
        try {
          url = new URL(value.trim(), pageUrl);
        } catch {
          report("is not a valid URL");
          continue;
        }
        if (url.origin !== siteOrigin) {
          if (externalSchemes.has(url.protocol)) external++;
          else report(`uses the scheme ${url.protocol}, which the site never links to`);
          continue;
        }
        internal++;
        let sitePath: string;
        try {
          sitePath = decodeURIComponent(url.pathname);
        } catch {
          report("has a broken percent-encoding");
          continue;
        }
        const target = sitePath.endsWith("/") ? `${sitePath.slice(1)}index.html` : sitePath.slice(1);
        if (!files.has(target)) {
          report(files.has(`${target}/index.html`) ? "names a folder without its trailing slash" : `points to ${sitePath}, which is not in the output`);
          continue;
        }
        if (url.hash.length > 1) {
          fragments++;
          const fragment = decodeURIComponent(url.hash.slice(1));
          const ids = idsOf(target);
          if (!ids) report(`has the fragment #${fragment}, but ${target} is not an HTML page`);
          else if (!ids.has(fragment)) report(`has the fragment #${fragment}, which no id of ${target} matches`);
        }
      }
    }
  }
  return { problems, internal, fragments, external };
}

function format(problems: readonly LinkProblem[]): string {
  return problems.map((p) => `${p.page}:${p.line}: ${p.attribute}="${p.url}" ${p.problem}`).join("\n");
}

describe("links in the fixture site", () => {
  let output: string;
  let report: LinkReport;
  let pageCount: number;
  beforeAll(async () => {
    ({ output } = await builtSite());
    const pages = new Map(htmlFiles(output).map((file) => [file, readFileSync(path.join(output, file), "utf8")]));
    pageCount = pages.size;
    report = checkLinks(pages, new Set(listFiles(output)));
  });

  it("all resolve: every internal href/src/srcset to a file, every fragment to an id", () => {
    console.info(
      `links: ${pageCount} pages, ${report.internal} internal links (${report.fragments} with a fragment), ${report.external} external (not fetched), ${report.problems.length} problems`,
    );
    expect(report.problems, format(report.problems)).toEqual([]);
  });

  it("were really checked: many internal links, fragments and the external links of the Markdown article", () => {
    // Every page has at least the masthead, footer, stylesheet, favicon and skip link.
    expect(report.internal).toBeGreaterThan(pageCount * 10);
    expect(report.fragments).toBeGreaterThanOrEqual(pageCount);
    expect(report.external).toBeGreaterThanOrEqual(3);
  });
});

describe("the link checker itself", () => {
  const files = new Set(["index.html", "news/index.html", "other/index.html", "feed.xml", "assets/site.css"]);
  const page = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/assets/site.css"><title>t</title></head>
<body><a href="#main">skip</a>
<main id="main">
<a href="/news/">fine</a>
<a href="https://wireroom.example.org/other/#here">fine, absolute on the base URL</a>
<a href="https://elsewhere.example/nothing/">external, not checked</a>
<a href="/news/2031/01/01/gone/">broken page</a>
<a href="#nowhere">broken fragment on the same page</a>
<a href="/other/#missing">broken fragment on another page</a>
<a href="https://wireroom.example.org/missing.html">broken, absolute on the base URL</a>
<a href="/news">folder without a slash</a>
<a href="/feed.xml#item">fragment into a file that is not a page</a>
<img src="/img/missing.png" alt="broken image" srcset="/assets/site.css 1x, /img/missing-2x.png 2x">
<a href="jav&#x61;script:alert(1)">script link</a>
<script type="application/ld+json">{"url": "<a href=\\"/not-a-link/\\">"}</script>
<!-- <a href="/commented-out/">not a link</a> -->
</main></body></html>`;
  const other = `<!doctype html><html lang="en"><body><h1 id="here">Here</h1></body></html>`;

  it("reports broken links and broken fragments, with page and line, and nothing else", () => {
    const report = checkLinks(
      new Map([
        ["index.html", page],
        ["other/index.html", other],
      ]),
      files,
    );
    const found = report.problems.map((p) => `${p.line} ${p.url}`);
    expect(found).toEqual([
      "7 /news/2031/01/01/gone/",
      "8 #nowhere",
      "9 /other/#missing",
      "10 https://wireroom.example.org/missing.html",
      "11 /news",
      "12 /feed.xml#item",
      "13 /img/missing.png",
      "13 /img/missing-2x.png",
      "14 javascript:alert(1)",
    ]);
    expect(report.problems[1]!.problem).toMatch(/#nowhere, which no id of index\.html matches/);
    expect(report.problems[2]!.problem).toMatch(/#missing, which no id of other\/index\.html matches/);
    expect(report.external).toBe(1);
  });
});
