import type { Article } from "../articles/article.ts";
import type { BuildData } from "./build-data.ts";

/**
 * What an output's fingerprint is made of: plain data, hashed as JSON. Only strings, numbers,
 * booleans, null and arrays of them, so that nothing can hide what it adds (no objects whose
 * keys or toJSON decide what counts).
 */
export type Fingerprint = string | number | boolean | null | readonly Fingerprint[];

/** Said by an output that must be written on every build (it depends on the clock). */
export const everyBuild: unique symbol = Symbol("written on every build");

/**
 * A kind of page (Hugo's word): the views of that kind in the site, where each one goes, how it
 * renders and what its output depends on. Every build mode renders the same kinds through
 * renderOutput (src/render/render-plan.ts), so they all write the same bytes.
 */
export interface PageKind<T> {
  readonly name: string;
  /** Every view of this kind in the site, one output file each. */
  views(build: BuildData): readonly T[];
  /** Site path of the output ("/news/.../" for a folder's index.html, "/feed.xml" for a file). */
  permalink(view: T, build: BuildData): string;
  render(view: T, build: BuildData): string;
  /**
   * Everything the output shows, beside what every output depends on (the code, the settings,
   * the registry, the stylesheet's path): an incremental build re-renders the output exactly
   * when this changes. It must cover every field `render` reads; test/render/fingerprints.test.ts
   * changes each field of the site model in turn and checks it.
   */
  dependsOn(view: T, build: BuildData): Fingerprint | typeof everyBuild;
  /**
   * For the kinds that can say which articles each output shows (ShownArticles): with the site's
   * structure unchanged, an edit is planned from the edited articles to the outputs that show
   * them, without visiting the other views.
   */
  readonly shows?: ShownArticles<T>;
  /**
   * Said by a kind whose outputs follow from the site's structure and the articles' modified
   * dates alone (the sitemap): with both unchanged since the last build, its outputs keep their
   * fingerprints unvisited, and what they are made of (every page's date) is not worked out.
   */
  readonly followsDates?: true;
}

/**
 * Which articles a kind's outputs show, both ways. A kind declares this only when the rest of its
 * `dependsOn` reads nothing of the site but its structure (src/render/unchanged-outputs.ts:
 * articles' places, URLs, headlines, dates and entities, the front page's strip, the build-wide
 * inputs): then, with the structure unchanged, an output's fingerprint can move only through
 * the stamps (articleStamp) of the edited articles it shows. test/render/shown-articles.test.ts
 * checks that the two ways agree for every article of a fixture site.
 */
export interface ShownArticles<T> {
  /** The articles whose stamps `dependsOn` reads for `view`. */
  articlesShown(view: T, build: BuildData): readonly Article[];
  /**
   * The inverse: every view whose articlesShown holds any of `articles`, each once. Found from the
   * articles' places in the site model rather than by visiting every view: an edit of one article
   * at 10,000 articles is in about a dozen of the 18,300 outputs.
   */
  viewsShowing(articles: ReadonlySet<Article>, build: BuildData): readonly T[];
}

/** Declares a kind with one output per item of a list of the site model. */
export function pageKind<T>(
  name: string,
  views: (build: BuildData) => readonly T[],
  permalink: (view: T) => string,
  render: (view: T, build: BuildData) => string,
  dependsOn: (view: T, build: BuildData) => Fingerprint | typeof everyBuild,
  shows?: ShownArticles<T>,
): PageKind<T> {
  return { name, views, permalink: (view) => permalink(view), render, dependsOn, ...(shows ? { shows } : {}) };
}

/**
 * A kind with exactly one output. `dependsOn` says what it shows of the site model (null for
 * nothing: it changes only with the code, settings or registry). `articlesShown`, when given,
 * says the same as ShownArticles.articlesShown (its inverse follows from it: one view); a page
 * that shows only the site's structure says none (() => []).
 */
export function singlePage(
  name: string,
  permalink: string,
  render: (build: BuildData) => string,
  dependsOn: (build: BuildData) => Fingerprint | typeof everyBuild,
  articlesShown?: (build: BuildData) => readonly Article[],
): PageKind<null> {
  const shows: ShownArticles<null> | undefined = articlesShown && {
    articlesShown: (_view, build) => articlesShown(build),
    viewsShowing: (articles, build) => (articlesShown(build).some((article) => articles.has(article)) ? [null] : []),
  };
  return {
    name,
    views: () => [null],
    permalink: () => permalink,
    render: (_view, build) => render(build),
    dependsOn: (_view, build) => dependsOn(build),
    ...(shows ? { shows } : {}),
  };
}

/** File path of an output, relative to the output folder: "/a/b/" → "a/b/index.html". */
export function outputPathOf(permalink: string): string {
  // By hand rather than with a regular expression: called for each of 18,000 outputs on every build.
  let start = 0;
  while (permalink.charCodeAt(start) === 47 /* "/" */) start++;
  const relative = start === 0 ? permalink : permalink.slice(start);
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}

/**
 * Lists of kinds hold different view types; each kind only ever sees views it made itself,
 * so forgetting the type in the list is safe.
 */
export function eraseViewType<T>(kind: PageKind<T>): PageKind<unknown> {
  return kind as unknown as PageKind<unknown>;
}
