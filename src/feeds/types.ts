/**
 * Feeds are written from this plain data, never from the Eleventy data cascade,
 * so that every format (RSS, Atom, JSON Feed) says the same thing about an item.
 */

export interface FeedCategory {
  /** Display name of the person or organisation. */
  readonly name: string;
  /** Absolute URL of its page: RSS `category@domain`, Atom `category@scheme`. */
  readonly url: string;
}

export interface FeedItem {
  /** Plain text, never HTML. */
  readonly title: string;
  /** Absolute URL of the article; also its guid / id. */
  readonly url: string;
  /** ISO 8601 with offset, e.g. 2026-02-26T00:00:00+05:00. */
  readonly published: string;
  /** ISO 8601 with offset; equals `published` when the article was never updated. */
  readonly modified: string;
  /** Plain-text summary. */
  readonly summary: string;
  /** Article body HTML; may hold relative URLs, which the writers make absolute against `url`. */
  readonly contentHtml: string;
  /**
   * True when `contentHtml` is already as the writers would make it (feedBodyHtml: every URL
   * absolute against `url`, no character XML forbids), e.g. kept so by an earlier build.
   */
  readonly contentPrepared?: boolean;
  /** Byline, or the source agency when there is no byline. */
  readonly creator?: string;
  readonly categories: readonly FeedCategory[];
  /** Absolute URL of a lead image, when the article has one. */
  readonly image?: { readonly url: string; readonly alt: string };
}

export interface FeedChannel {
  /** Plain text. */
  readonly title: string;
  readonly description: string;
  /** Absolute URL of the HTML page the feed mirrors (home or entity page). */
  readonly homeUrl: string;
  /** Absolute URLs where each format of this feed is served (only those that exist). */
  readonly selfUrl: string;
  /** BCP 47 language tag, e.g. "en". */
  readonly language: string;
  /** Publisher / author name at feed level. */
  readonly author: string;
  /** Absolute URL of the XSL stylesheet for people who open the feed in a browser. */
  readonly stylesheetUrl?: string;
  /**
   * ISO 8601 with offset. Only used when `items` is empty, as the feed's
   * `updated` / `lastBuildDate` (Atom requires one; never the build clock).
   * With items, the newest item date always wins.
   */
  readonly updated?: string;
  /** Newest first. */
  readonly items: readonly FeedItem[];
}
