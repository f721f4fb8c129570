import { absoluteUrl } from "../../src/site.ts";
import { singlePage } from "../../src/render/page-kind.ts";

/** robots.txt: everything may be crawled; the sitemaps say what there is. */
export default singlePage("robots", "/robots.txt", (build) => {
  const { settings } = build.model;
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(settings, "/sitemap.xml")}\nSitemap: ${absoluteUrl(settings, "/sitemap-news.xml")}\n`;
}, () => null);
