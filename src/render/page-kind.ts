import type { BuildData } from "./build-data.ts";

/**
 * A kind of page (Hugo's word): the views of that kind in the site, where each one goes and
 * how it renders. Eleventy paginates over the views; the incremental build renders the same
 * kinds directly. Either way one function turns a view into text, so both write the same bytes.
 */
export interface PageKind<T> {
  readonly name: string;
  /** Every view of this kind in the site, one output file each. */
  views(build: BuildData): readonly T[];
  /** Site path of the output ("/news/.../" for a folder's index.html, "/feed.xml" for a file). */
  permalink(view: T, build: BuildData): string;
  render(view: T, build: BuildData): string;
  /**
   * What the output depends on, besides the code, the settings and the registry: the view
   * itself unless said otherwise; "always" for outputs that are cheap or depend on the clock.
   */
  dependsOn?(view: T, build: BuildData): unknown;
}

/** Declares a kind with one output per item of a list of the site model. */
export function pageKind<T>(
  name: string,
  views: (build: BuildData) => readonly T[],
  permalink: (view: T) => string,
  render: (view: T, build: BuildData) => string,
): PageKind<T> {
  return { name, views, permalink: (view) => permalink(view), render };
}

/** A kind with exactly one output. `dependsOn` says what it shows, so that it is re-rendered only when that changes. */
export function singlePage(
  name: string,
  permalink: string,
  render: (build: BuildData) => string,
  dependsOn: (build: BuildData) => unknown = () => "always",
): PageKind<null> {
  return {
    name,
    views: () => [null],
    permalink: () => permalink,
    render: (_view, build) => render(build),
    dependsOn: (_view, build) => dependsOn(build),
  };
}

/** File path of an output, relative to the output folder: "/a/b/" → "a/b/index.html". */
export function outputPathOf(permalink: string): string {
  const relative = permalink.replace(/^\/+/, "");
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}

/**
 * Lists of kinds hold different view types; each kind only ever sees views it made itself,
 * so forgetting the type in the list is safe.
 */
export function eraseViewType<T>(kind: PageKind<T>): PageKind<unknown> {
  return kind as unknown as PageKind<unknown>;
}
