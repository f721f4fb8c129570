/**
 * Wiring only: which files are pages, where the site model comes from, and what is watched.
 * Everything a page shows is computed in src/ (plain TypeScript) and rendered by the typed
 * views in _includes/.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { createFeedItems } from "./src/model/feed-channels.ts";
import { createSiteLoader } from "./src/model/load-site.ts";
import { sitemapDocuments } from "./src/model/sitemap-entries.ts";
import { buildNow, loadSettings } from "./src/site.ts";
import type { BuildData } from "./_includes/pages/page-data.ts";
import articlePage from "./_includes/pages/article.11ty.ts";
import entityIndexPage from "./_includes/pages/entity-index.11ty.ts";
import entityPage from "./_includes/pages/entity.11ty.ts";
import { atomFeed, entityFeed, feedStylesheet, jsonFeed, newsSitemap, opml, rssFeed, sitemap } from "./_includes/pages/feeds.11ty.ts";
import homePage from "./_includes/pages/home.11ty.ts";
import monthArchivePage from "./_includes/pages/month-archive.11ty.ts";
import newsArchivePage from "./_includes/pages/news-archive.11ty.ts";
import notFoundPage from "./_includes/pages/not-found.11ty.ts";
import robotsPage from "./_includes/pages/robots.11ty.ts";
import stylesheetPage from "./_includes/pages/stylesheet.11ty.ts";
import yearArchivePage from "./_includes/pages/year-archive.11ty.ts";

const root = path.dirname(fileURLToPath(import.meta.url));
const includes = path.join(root, "_includes");

/** Pages are registered from code, so that content/ holds nothing but articles and the registry. */
const pages: Readonly<Record<string, object>> = {
  "article.11ty.ts": articlePage,
  "home.11ty.ts": homePage,
  "year-archive.11ty.ts": yearArchivePage,
  "month-archive.11ty.ts": monthArchivePage,
  "news-archive.11ty.ts": newsArchivePage,
  "entity.11ty.ts": entityPage,
  "entity-index.11ty.ts": entityIndexPage,
  "not-found.11ty.ts": notFoundPage,
  "robots.11ty.ts": robotsPage,
  "stylesheet.11ty.ts": stylesheetPage,
  "feed-rss.11ty.ts": rssFeed,
  "feed-atom.11ty.ts": atomFeed,
  "feed-json.11ty.ts": jsonFeed,
  "feed-xsl.11ty.ts": feedStylesheet,
  "entity-feed.11ty.ts": entityFeed,
  "feeds-opml.11ty.ts": opml,
  "sitemap.11ty.ts": sitemap,
  "sitemap-news.11ty.ts": newsSitemap,
};

/** Static files served as they are, from _includes/assets. */
const assets = ["favicon.svg", "logo.svg"];

function stylesheetData(): Pick<BuildData, "stylesheet" | "stylesheetPath"> {
  const stylesheet = readFileSync(path.join(includes, "styles", "site.css"), "utf8");
  const hash = createHash("sha256").update(stylesheet).digest("hex").slice(0, 10);
  return { stylesheet, stylesheetPath: `/assets/site-${hash}.css` };
}

export default function (eleventyConfig: UserConfig) {
  let build: BuildData | undefined;
  const loadSite = createSiteLoader();

  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.setTemplateFormats(["11ty.ts"]);

  // The model is built once per build (and per rebuild in the dev server), before any page renders.
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { input: string } }) => {
    const settings = loadSettings();
    const model = loadSite(path.resolve(directories.input), settings);
    build = { model, ...stylesheetData(), feedItemFor: createFeedItems(model), sitemaps: sitemapDocuments(model), now: buildNow() };
    for (const notice of build.model.notices) console.warn(`[wireroom] notice: ${notice.file} ${notice.message}`);
  });
  eleventyConfig.addGlobalData("wireroom", () => {
    if (!build) throw new Error("Wireroom: the site model was not built before rendering");
    return build;
  });

  for (const [name, template] of Object.entries(pages)) eleventyConfig.addTemplate(`_wireroom/${name}`, template);
  for (const asset of assets) {
    eleventyConfig.addTemplate(`_wireroom/assets/${asset}.11ty.ts`, {
      data: { permalink: `/${asset}`, eleventyExcludeFromCollections: true },
      render: () => readFileSync(path.join(includes, "assets", asset), "utf8"),
    });
  }

  // Articles and the registry are read by the site model, not as templates: watch them too.
  eleventyConfig.addWatchTarget("./content/**/*.{txt,md,json,yaml}");
  eleventyConfig.addWatchTarget("./src/");
  eleventyConfig.addWatchTarget("./_includes/");
  eleventyConfig.setServerOptions({ port: 8080, showAllHosts: false });

  // No `dir` here: the input and output folders are given by whoever runs Eleventy (the atomic
  // build, `npm start`), because a config's `dir` would override a programmatic build's folders.
}
