import { readFileSync } from "node:fs";
import { html } from "../../src/html/html.ts";
import { projectPath } from "../../src/project-root.ts";
import { pageKind, singlePage } from "../../src/render/page-kind.ts";
import { listHead } from "../../src/seo/heads.ts";
import { linkTo } from "../../src/site.ts";
import { baseLayout, contentSecurityPolicy } from "../layouts/base.11ty.ts";

/** Where the build writes Pagefind's UI and its shard bundles (src/cli/search-index.ts). */
export const pagefindPath = "/pagefind/";
/**
 * The list of shard bundles the indexer writes. Pages render before the index exists, so the
 * page names the list, not the shards; the script reads it and merges the bundles.
 */
export const bundleListPath = `${pagefindPath}bundles.json`;
/** The search page's script of our own. */
export const searchScriptPath = "/assets/search.js";

const scriptFile = projectPath("_includes", "assets", "search.js");

/** /assets/search.js, as it is in _includes/assets. */
export const searchScript = pageKind<string>(
  "search-script",
  () => [searchScriptPath],
  (sitePath) => sitePath,
  () => readFileSync(scriptFile, "utf8"),
  // The file's bytes are code (the code hash covers _includes/assets/).
  (sitePath) => sitePath,
);

/**
 * /search/: Pagefind's UI over the article index, filterable by person and organisation. It
 * is the one page that runs a script (ours, /assets/search.js, and Pagefind's), so its policy
 * adds 'wasm-unsafe-eval' for Pagefind's WebAssembly and nothing else. Without JavaScript the
 * default content stays: how to find articles by browsing instead.
 */
export default singlePage("search", "/search/", (build) => {
  const { settings } = build.model;
  const link = (sitePath: string): string => linkTo(settings, sitePath);
  const body = html`<h1 class="page-title">Search</h1>
<div id="search" class="search-ui" data-base-url="${link("/")}" data-bundles="${link(bundleListPath)}">
<p class="search-fallback">Search runs in your browser and needs JavaScript, which is off or has not loaded. You can still find every article by browsing.</p>
</div>
<nav class="browse" aria-labelledby="browse-heading">
<h2 id="browse-heading">Browse the news</h2>
<ul role="list">
<li><a href="${link("/")}">Latest news</a>, newest first</li>
<li><a href="${link("/people/")}">People A–Z</a>, each with their articles and a feed</li>
<li><a href="${link("/organisations/")}">Organisations A–Z</a>, each with their articles and a feed</li>
<li><a href="${link("/news/")}">The archive</a>, by year and month</li>
</ul>
</nav>`;
  const head = {
    ...listHead(settings, "/search/", "Search", `Search every article on ${settings.title}, and narrow the results to one person or organisation.`),
    contentSecurityPolicy: contentSecurityPolicy(["'wasm-unsafe-eval'"]),
    // A search page has nothing of its own for search engines to index.
    noindex: true,
  };
  return baseLayout(
    {
      settings,
      head,
      stylesheetPath: build.stylesheetPath,
      section: "search",
      styles: [`${pagefindPath}pagefind-ui.css`],
      scripts: [`${pagefindPath}pagefind-ui.js`, searchScriptPath],
    },
    body,
  );
}, () => null);
