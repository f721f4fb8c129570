/**
 * Turns a FeedChannel into checked, normalised values that the RSS, Atom and
 * JSON Feed writers format. Doing it in one place means the three formats say
 * the same thing about every item (same absolute URLs, same dates, same text),
 * and a bad input fails loudly here instead of producing a feed that some
 * reader silently rejects.
 */

import { absolutizeHtml, requireAbsoluteHttpUrl } from "./absolute-urls.ts";
import { laterOf, offsetMinutes, parseIsoDateTime } from "./dates.ts";
import type { FeedCategory, FeedChannel, FeedItem } from "./types.ts";
import { escapeXmlText, stripInvalidXmlChars } from "./xml.ts";

export interface PreparedItem {
  readonly title: string;
  readonly url: string;
  readonly published: Date;
  /** Offset of `published` as the site wrote it, in minutes east of UTC: RSS shows the site's local time. */
  readonly publishedOffset: number;
  /** max(published, modified): an entry is never updated before it was published. */
  readonly updated: Date;
  readonly summary: string;
  /** Article HTML with every URL absolute against `url`. */
  readonly contentHtml: string;
  /** `contentHtml` escaped as XML character data: RSS and Atom carry the same text. */
  readonly contentXml: string;
  readonly creator: string | undefined;
  readonly categories: readonly FeedCategory[];
  readonly image: { readonly url: string; readonly alt: string } | undefined;
}

export interface PreparedChannel {
  readonly title: string;
  readonly description: string;
  readonly homeUrl: string;
  readonly selfUrl: string;
  readonly language: string;
  readonly author: string;
  readonly stylesheetUrl: string | undefined;
  readonly items: readonly PreparedItem[];
  /**
   * Newest item date (published or modified), or `channel.updated` when there
   * are no items; never the build clock. Undefined for an empty feed without one.
   */
  readonly updated: Date | undefined;
}

/** Text for any format: characters invalid in XML are dropped everywhere, so all formats agree. */
const clean = stripInvalidXmlChars;

/** An item's body as every format carries it: each URL absolute against the item's `url`, no character XML forbids. */
export function feedBodyHtml(html: string, url: string): string {
  return clean(absolutizeHtml(html, url));
}

/**
 * One article appears in many feeds (home, each tagged entity) and in three
 * formats each: prepare it once. FeedItems are read-only data, so caching by
 * object identity is safe; the WeakMap lets finished builds be collected.
 */
const preparedItems = new WeakMap<FeedItem, PreparedItem>();

function prepareItem(item: FeedItem, index: number): PreparedItem {
  const cached = preparedItems.get(item);
  if (cached !== undefined) return cached;
  const prepared = prepareItemUncached(item, index);
  preparedItems.set(item, prepared);
  return prepared;
}

function prepareItemUncached(item: FeedItem, index: number): PreparedItem {
  const where = `feed item ${index} (${JSON.stringify(item.title)})`;
  const url = requireAbsoluteHttpUrl(item.url, `${where}: url`);
  const published = parseIsoDateTime(item.published);
  const categories: FeedCategory[] = [];
  const seen = new Set<string>();
  for (const category of item.categories) {
    requireAbsoluteHttpUrl(category.url, `${where}: category ${JSON.stringify(category.name)} url`);
    // The same entity tagged twice would give a duplicate category: keep the first.
    if (seen.has(category.url)) continue;
    seen.add(category.url);
    categories.push({ name: clean(category.name), url: category.url });
  }
  const creator = item.creator === undefined ? undefined : clean(item.creator).trim();
  let contentHtml: string | undefined;
  let contentXml: string | undefined;
  return {
    title: clean(item.title),
    url,
    published,
    publishedOffset: offsetMinutes(item.published),
    updated: laterOf(item.published, item.modified),
    summary: clean(item.summary),
    // A getter, as in the FeedItem: made only for the items whose body a format writes (the site
    // feeds' newest), then kept for the other formats, which write the same body.
    get contentHtml() {
      return (contentHtml ??= item.contentPrepared === true ? item.contentHtml : feedBodyHtml(item.contentHtml, url));
    },
    get contentXml() {
      return (contentXml ??= escapeXmlText(this.contentHtml));
    },
    creator: creator === "" ? undefined : creator,
    categories,
    image:
      item.image === undefined
        ? undefined
        : { url: requireAbsoluteHttpUrl(item.image.url, `${where}: image url`), alt: clean(item.image.alt) },
  };
}

export function prepareChannel(channel: FeedChannel): PreparedChannel {
  const items: PreparedItem[] = [];
  const urls = new Set<string>();
  let newest: Date | undefined;
  channel.items.forEach((item, index) => {
    const prepared = prepareItem(item, index);
    // The URL is the guid / id: two items with one id make readers drop or merge them.
    if (urls.has(prepared.url)) throw new Error(`feed ${JSON.stringify(channel.title)}: duplicate item url ${prepared.url}`);
    urls.add(prepared.url);
    if (newest === undefined || prepared.updated.getTime() > newest.getTime()) newest = prepared.updated;
    items.push(prepared);
  });
  return {
    title: clean(channel.title),
    description: clean(channel.description),
    homeUrl: requireAbsoluteHttpUrl(channel.homeUrl, "feed homeUrl"),
    selfUrl: requireAbsoluteHttpUrl(channel.selfUrl, "feed selfUrl"),
    language: channel.language,
    author: clean(channel.author),
    stylesheetUrl: channel.stylesheetUrl,
    items,
    updated: newest ?? (channel.updated === undefined ? undefined : parseIsoDateTime(channel.updated)),
  };
}
