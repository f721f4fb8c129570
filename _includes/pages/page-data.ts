import type { Article } from "../../src/articles/article.ts";
import type { FeedItem } from "../../src/feeds/types.ts";
import type { SiteModel } from "../../src/model/site-model.ts";
import type { SitemapDocument } from "../../src/model/sitemap-entries.ts";

/** What every page gets from the build: the site model, derived documents and asset paths. */
export interface BuildData {
  readonly model: SiteModel;
  readonly stylesheetPath: string;
  readonly stylesheet: string;
  /** One feed item per article, shared by every feed that lists it. */
  readonly feedItemFor: (article: Article) => FeedItem;
  readonly sitemaps: readonly SitemapDocument[];
  /** The build's "now" (ISO 8601): only the news sitemap depends on it. */
  readonly now: string;
}

/** The data Eleventy hands a paginated page template: the build data and this page's item. */
export interface PageData<T> {
  readonly wireroom: BuildData;
  readonly view: T;
}

/** An Eleventy JavaScript template over one kind of page: paginate `items` one per output file. */
export interface PageTemplate<T> {
  readonly data: {
    readonly pagination: { readonly data: string; readonly size: 1; readonly alias: "view"; readonly addAllPagesToCollections?: boolean };
    readonly permalink: (data: PageData<T>) => string;
    readonly eleventyExcludeFromCollections: true;
  };
  render(data: PageData<T>): string;
}

/** Declares a page kind: which list of the site model it paginates and how one item becomes a file. */
export function pageKind<T>(
  modelKey: keyof SiteModel,
  permalink: (view: T) => string,
  render: (view: T, build: BuildData) => string,
): PageTemplate<T> {
  return {
    data: {
      pagination: { data: `wireroom.model.${String(modelKey)}`, size: 1, alias: "view" },
      permalink: (data) => permalink(data.view),
      eleventyExcludeFromCollections: true,
    },
    render: (data) => render(data.view, data.wireroom),
  };
}

/** A page that is one file, not a list. */
export interface SingleTemplate {
  readonly data: { readonly permalink: string; readonly eleventyExcludeFromCollections: true };
  render(data: { readonly wireroom: BuildData }): string;
}

export function singlePage(permalink: string, render: (build: BuildData) => string): SingleTemplate {
  return { data: { permalink, eleventyExcludeFromCollections: true }, render: (data) => render(data.wireroom) };
}
