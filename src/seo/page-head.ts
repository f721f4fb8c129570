/** Everything a page's <head> says about it to browsers, search engines, social cards and feed readers. */
export interface PageHead {
  /** Full text of <title>. */
  readonly title: string;
  /** Title for social cards (without the site name). */
  readonly shareTitle: string;
  readonly description: string;
  /** Absolute, self-referencing: also og:url and the JSON-LD @id. */
  readonly canonicalUrl: string;
  readonly ogType: "article" | "website";
  readonly jsonLd: readonly object[];
  /** Feeds offered for autodiscovery, most specific first. */
  readonly feeds: readonly { readonly title: string; readonly url: string; readonly type: string }[];
  readonly article?: {
    readonly publishedTime: string;
    readonly modifiedTime: string;
    readonly tags: readonly string[];
  };
  /** Pages that search engines should not index (the 404 page). */
  readonly noindex?: boolean;
  readonly prevUrl?: string;
  readonly nextUrl?: string;
}
