/**
 * JSON Feed 1.1 writer (standards.md 3.2).
 *
 * Built as a plain object and serialised with JSON.stringify, never by string
 * interpolation: the RSS plugin's JSON template HTML-escapes text fields, so a
 * title "Fish & Chips" reaches readers as "Fish &amp; Chips". Titles here are
 * plain text; only `content_html` is HTML.
 */

import { toRfc3339 } from "./dates.ts";
import { prepareChannel, type PreparedItem } from "./prepare.ts";
import type { FeedChannel } from "./types.ts";

export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

export interface JsonFeedAuthor {
  readonly name: string;
}

export interface JsonFeedItem {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly content_html: string;
  readonly summary?: string;
  readonly image?: string;
  readonly date_published: string;
  readonly date_modified: string;
  readonly authors?: readonly JsonFeedAuthor[];
  readonly tags?: readonly string[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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

/** An item depends only on its article: build its object once however many feeds carry it. */
const itemCache = new WeakMap<PreparedItem, JsonFeedItem>();

function jsonItem(item: PreparedItem): JsonFeedItem {
  const cached = itemCache.get(item);
  if (cached !== undefined) return cached;
  const out: Mutable<JsonFeedItem> = {
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
  // Shared between feeds: frozen so a caller post-processing one feed cannot change another.
  if (out.authors !== undefined) for (const author of out.authors) Object.freeze(author);
  Object.freeze(out.authors);
  Object.freeze(out.tags);
  Object.freeze(out);
  itemCache.set(item, out);
  return out;
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
    items: c.items.map(jsonItem),
  };
}

/** Renders `channel` as JSON Feed 1.1 text (two-space indented, newline-terminated, deterministic). */
export function renderJsonFeed(channel: FeedChannel): string {
  return `${JSON.stringify(buildJsonFeed(channel), null, 2)}\n`;
}
