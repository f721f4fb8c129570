/**
 * The bare Eleventy baseline for `npm run bench`: the way a typical Eleventy user writes a
 * news site. Tags come from front matter (no detection), pages are Nunjucks, feeds use the
 * helper filters of @11ty/eleventy-plugin-rss. The templates live in ./site and are copied
 * next to the generated articles (input folder layout: articles/*.md plus these templates).
 */
import pluginRss from "@11ty/eleventy-plugin-rss";

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(pluginRss);
  // The benchmark builds under bench/out/, which the repository's .gitignore lists.
  eleventyConfig.setUseGitIgnore(false);

  // The n newest items of a collection (collections are sorted oldest first).
  eleventyConfig.addFilter("newest", (items, n) => items.slice(-n).reverse());

  // Every tag except the collection of all articles, as in eleventy-base-blog.
  eleventyConfig.addFilter("getAllTags", (items) => {
    const tags = new Set();
    for (const item of items) for (const tag of item.data.tags || []) tags.add(tag);
    return [...tags];
  });
  eleventyConfig.addFilter("filterTagList", (tags) =>
    (tags || []).filter((tag) => !["all", "articles"].includes(tag)).sort((a, b) => a.localeCompare(b)),
  );

  const readable = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Asia/Almaty" });
  eleventyConfig.addFilter("readableDate", (date) => readable.format(date));
  eleventyConfig.addFilter("isoDate", (date) => date.toISOString());
}

export const config = {
  templateFormats: ["md", "njk"],
  htmlTemplateEngine: "njk",
  dir: {
    includes: "_includes",
    data: "_data",
  },
};
