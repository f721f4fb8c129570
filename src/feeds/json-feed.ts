/**
 * JSON Feed 1.1 writer (standards.md 3.2).
 *
 * Built as a plain object and serialised with JSON.stringify, never by string
 * interpolation: the RSS plugin's JSON template HTML-escapes text fields, so a
 * title "Fish & Chips" reaches readers as "Fish &amp; Chips". Titles here are
 * plain text; only `content_html` is HTML.
 */

import { toRfc3339 } from "./dates.ts";
import { prepareChannel } from "./prepare.ts";
import type { FeedChannel } from "./types.ts";

export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

export interface JsonFeedAuthor {
  name: string;
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary?: string;
  image?: string;
  date_published: string;
  date_modified: string;
  authors?: JsonFeedAuthor[];
  tags?: string[];
}

export interface JsonFeed {
  version: typeof JSON_FEED_VERSION;
  title: string;
  home_page_url: string;
  feed_url: string;
  description?: string;
  language: string;
  authors: JsonFeedAuthor[];
  items: JsonFeedItem[];
}

/** The JSON Feed object for `channel` (exposed for tests and for callers that post-process). */
export function buildJsonFeed(channel: FeedChannel): JsonFeed {
  const c = prepareChannel(channel);
  // Keys are written in this order every time, so the output is byte-stable.
  return {
    version: JSON_FEED_VERSION,
    title: c.title,
    home_page_url: c.homeUrl,
    feed_url: c.selfUrl,
    ...(c.description === "" ? {} : { description: c.description }),
    language: c.language,
    authors: [{ name: c.author }],
    items: c.items.map((item) => {
      const out: JsonFeedItem = {
        id: item.url,
        url: item.url,
        title: item.title,
        // JSON Feed requires content_html or content_text; an item without a body still gets "".
        content_html: item.contentHtml,
        date_published: toRfc3339(item.published),
        date_modified: toRfc3339(item.updated),
      };
      if (item.summary !== "") out.summary = item.summary;
      if (item.image !== undefined) out.image = item.image.url;
      if (item.creator !== undefined) out.authors = [{ name: item.creator }];
      if (item.categories.length > 0) out.tags = item.categories.map((category) => category.name);
      return out;
    }),
  };
}

/** Renders `channel` as JSON Feed 1.1 text (two-space indented, newline-terminated, deterministic). */
export function renderJsonFeed(channel: FeedChannel): string {
  return `${JSON.stringify(buildJsonFeed(channel), null, 2)}\n`;
}
