import type { BuildData } from "./page-data.ts";

/** The one stylesheet, at a fingerprinted path so that it can be cached for ever. */
export default {
  data: {
    permalink: (data: { wireroom: BuildData }): string => data.wireroom.stylesheetPath,
    eleventyExcludeFromCollections: true,
  },
  render: (data: { wireroom: BuildData }): string => data.wireroom.stylesheet,
};
