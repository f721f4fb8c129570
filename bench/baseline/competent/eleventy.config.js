/**
 * The competent Eleventy baseline for `npm run bench`: a news site as an experienced Eleventy
 * user writes it. Plain JS config, Nunjucks, tags in front matter, and the person/organisation
 * map built ONCE in `addCollection` (one pass over the articles) and paginated over: one page
 * and one RSS feed per tag, with no per-page scan of `collections`. The site feed comes from
 * @11ty/eleventy-plugin-rss's feed plugin; tag feeds use the plugin's filters. The home page
 * lists the 50 newest articles. Templates live in ./site and are copied next to the articles.
 *
 * The same config builds the bench's `eleventy-names` variant, whose articles list the names
 * under `names:` instead of `tags:`: Eleventy makes a collection of every value of `tags`
 * (a filter and a sort over all items per tag), which no config can turn off.
 */
import pluginRss, { feedPlugin } from "@11ty/eleventy-plugin-rss";

const metadata = {
  title: "Competent News",
  subtitle: "The competent Eleventy baseline of the Wireroom benchmark.",
  language: "en",
  base: "https://competent.example.org/",
  author: { name: "Competent News" },
};

export default function (eleventyConfig) {
  // The benchmark builds under bench/out/, which the repository's .gitignore lists.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addGlobalData("metadata", metadata);

  // Filters for the tag feeds (absoluteUrl, dateToRfc822, getNewestCollectionItemDate, …).
  eleventyConfig.addPlugin(pluginRss);
  eleventyConfig.addPlugin(feedPlugin, {
    type: "rss",
    outputPath: "/feed.xml",
    collection: { name: "articles", limit: 20 },
    metadata,
  });

  // Every person and organisation once: name, slug, articles newest first. Built in one pass
  // over the articles when Eleventy builds collections; pages and feeds paginate over it.
  const slugify = eleventyConfig.getFilter("slugify");
  const slugs = new Map();
  const slugOf = (name) => {
    let slug = slugs.get(name);
    if (slug === undefined) slugs.set(name, (slug = slugify(name)));
    return slug;
  };
  eleventyConfig.addCollection("entities", (collectionApi) => {
    const byName = new Map();
    for (const article of collectionApi.getFilteredByTag("articles")) {
      // `names` in the variant that keeps the names out of `tags` (bench tool eleventy-names).
      for (const name of article.data.names ?? article.data.tags) {
        if (name === "articles") continue;
        let entity = byName.get(name);
        if (!entity) byName.set(name, (entity = { name, slug: slugOf(name), articles: [] }));
        entity.articles.push(article);
      }
    }
    const entities = [...byName.values()];
    for (const entity of entities) {
      entity.articles.reverse(); // collections are oldest first
      entity.newest = entity.articles.slice(0, 20);
    }
    return entities.sort((a, b) => a.name.localeCompare(b.name));
  });
  eleventyConfig.addCollection("newest", (collectionApi) => collectionApi.getFilteredByTag("articles").slice(-50).reverse());

  eleventyConfig.addFilter("tagUrl", (name) => `/tags/${slugOf(name)}/`);
  eleventyConfig.addFilter("withoutArticles", (tags) => (tags || []).filter((tag) => tag !== "articles"));
  const readable = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Asia/Almaty" });
  eleventyConfig.addFilter("readableDate", (date) => readable.format(date));
  eleventyConfig.addFilter("isoDate", (date) => date.toISOString());
}

export const config = {
  templateFormats: ["md", "njk"],
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
  dir: { includes: "_includes", data: "_data" },
};
