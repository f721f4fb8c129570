import type { PageKind } from "../../src/render/page-kind.ts";

/** The one stylesheet, at a fingerprinted path so that it can be cached for ever. */
const stylesheet: PageKind<string> = {
  name: "stylesheet",
  views: (build) => [build.stylesheetPath],
  permalink: (path) => path,
  render: (_path, build) => build.stylesheet,
  // The path holds a hash of the stylesheet's text.
  dependsOn: (path) => path,
};
export default stylesheet;
