export default {
  layout: "layouts/article.njk",
  tags: ["articles"],
  permalink: (data) => `/news/${data.page.fileSlug}/`,
};
