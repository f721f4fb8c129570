import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { FeedBodies } from "../feeds/feed-bodies.ts";
import { createFeedItems } from "../model/feed-channels.ts";
import type { SiteModel } from "../model/site-model.ts";
import { sitemapDocuments, type SitemapDocument } from "../model/sitemap-entries.ts";
import { projectPath } from "../project-root.ts";
import type { BuildData } from "./build-data.ts";

const stylesheetFile = projectPath("_includes", "styles", "site.css");

/** The stylesheet and its fingerprinted path: a new stylesheet gets a new URL, so caches never serve a stale one. */
export function stylesheetData(): Pick<BuildData, "stylesheet" | "stylesheetPath"> {
  const stylesheet = readFileSync(stylesheetFile, "utf8");
  const hash = createHash("sha256").update(stylesheet).digest("hex").slice(0, 10);
  return { stylesheet, stylesheetPath: `/assets/site-${hash}.css` };
}

/** Everything the pages of one build share, derived once from the site model; `feedBodies` keeps the site feeds' bodies between builds. */
export function prepareBuild(model: SiteModel, now: string, feedBodies?: FeedBodies): BuildData {
  let sitemaps: readonly SitemapDocument[] | undefined;
  return { model, ...stylesheetData(), feedItemFor: createFeedItems(model, feedBodies), sitemaps: () => (sitemaps ??= sitemapDocuments(model)), now, ...(feedBodies ? { feedBodies } : {}) };
}
