/**
 * RSS 2.0 writer, following the RSS Advisory Board's Best Practices Profile
 * (standards.md 3.1). Written by hand rather than with the RSS plugin's
 * template, which forgets to declare the `content:` namespace.
 *
 * Item element order is fixed: `description` (plain summary) comes BEFORE
 * `content:encoded` (NeedDescriptionBeforeContent), names go in `dc:creator`
 * and never also in `author` (DuplicateItemSemantics; `author` must be an email).
 */

import { toRfc822 } from "./dates.ts";
import { ATOM_NS, CONTENT_NS, DC_NS } from "./namespaces.ts";
import { prepareChannel, type PreparedItem } from "./prepare.ts";
import type { FeedChannel } from "./types.ts";
import { escapeHtmlText, escapeXmlAttr, escapeXmlText, textElement } from "./xml.ts";

/**
 * An <item> depends only on its article, never on the feed it is in, and one
 * article appears in many feeds (home, every tagged entity): write it once.
 */
const itemCache = new WeakMap<PreparedItem, string>();

function renderItem(item: PreparedItem): string {
  const cached = itemCache.get(item);
  if (cached !== undefined) return cached;
  const out: string[] = [
    "<item>",
    textElement("title", item.title),
    textElement("link", item.url),
    `<guid isPermaLink="true">${escapeXmlText(item.url)}</guid>`,
    // In the site's own offset (valid RFC 822), so that the feed's page shows the site's dates.
    textElement("pubDate", toRfc822(item.published, item.publishedOffset)),
  ];
  if (item.creator !== undefined) out.push(textElement("dc:creator", item.creator));
  for (const category of item.categories) {
    // Guardian style: one category per entity, domain = its page.
    out.push(`<category domain="${escapeXmlAttr(category.url)}">${escapeXmlText(category.name)}</category>`);
  }
  // Readers treat description as HTML: the plain summary is HTML-escaped, then XML-escaped.
  out.push(textElement("description", escapeHtmlText(item.summary === "" ? item.title : item.summary)));
  // Escaped rather than CDATA: one code path, and no "]]>" splitting.
  if (item.contentHtml.trim() !== "") out.push(`<content:encoded>${item.contentXml}</content:encoded>`);
  out.push("</item>");
  const xml = out.join("\n");
  itemCache.set(item, xml);
  return xml;
}

/** Renders `channel` as an RSS 2.0 document (UTF-8 text, newline-terminated, deterministic). */
export function renderRss(channel: FeedChannel): string {
  const c = prepareChannel(channel);
  // The XML declaration must be the very first bytes: no BOM, no blank line (WPBlankLine).
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  if (c.stylesheetUrl !== undefined) {
    out.push(`<?xml-stylesheet type="text/xsl" href="${escapeXmlAttr(c.stylesheetUrl)}"?>`);
  }
  out.push(
    `<rss version="2.0" xmlns:atom="${ATOM_NS}" xmlns:content="${CONTENT_NS}" xmlns:dc="${DC_NS}">`,
    "<channel>",
    textElement("title", c.title),
    textElement("link", c.homeUrl),
    // RSS requires a channel description; fall back to the title rather than emit none.
    textElement("description", escapeHtmlText(c.description === "" ? c.title : c.description)),
    textElement("language", c.language),
    `<atom:link href="${escapeXmlAttr(c.selfUrl)}" rel="self" type="application/rss+xml"/>`,
  );
  // The newest item's date, never the build clock; omitted when there is nothing to date.
  if (c.updated !== undefined) out.push(textElement("lastBuildDate", toRfc822(c.updated)));
  out.push("<generator>Wireroom</generator>");

  for (const item of c.items) out.push(renderItem(item));
  out.push("</channel>", "</rss>", "");
  return out.join("\n");
}
