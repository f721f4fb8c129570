/**
 * Atom 1.0 writer (RFC 4287, standards.md 3.2).
 *
 * The feed `updated` is the newest entry's `updated` (never the build clock),
 * the feed-level author covers entries without a byline (RFC 4287 requires an
 * author on the feed or on every entry), and content is `type="html"`, escaped.
 */

import { toRfc3339 } from "./dates.ts";
import { ATOM_NS } from "./namespaces.ts";
import { prepareChannel, type PreparedItem } from "./prepare.ts";
import type { FeedChannel } from "./types.ts";
import { escapeXmlAttr, escapeXmlText } from "./xml.ts";

/** An <entry> depends only on its article: write it once however many feeds carry it. */
const entryCache = new WeakMap<PreparedItem, string>();

function renderEntry(item: PreparedItem): string {
  const cached = entryCache.get(item);
  if (cached !== undefined) return cached;
  const out: string[] = [
    "<entry>",
    `<id>${escapeXmlText(item.url)}</id>`,
    `<title type="text">${escapeXmlText(item.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${escapeXmlAttr(item.url)}"/>`,
    `<published>${toRfc3339(item.published)}</published>`,
    `<updated>${toRfc3339(item.updated)}</updated>`,
  ];
  if (item.creator !== undefined) out.push(`<author><name>${escapeXmlText(item.creator)}</name></author>`);
  for (const category of item.categories) {
    // term = the name readers show; scheme = the entity page (standards.md 3.1/3.2).
    out.push(
      `<category term="${escapeXmlAttr(category.name)}" label="${escapeXmlAttr(category.name)}" scheme="${escapeXmlAttr(category.url)}"/>`,
    );
  }
  if (item.summary !== "") out.push(`<summary type="text">${escapeXmlText(item.summary)}</summary>`);
  if (item.contentHtml.trim() !== "") out.push(`<content type="html">${item.contentXml}</content>`);
  out.push("</entry>");
  const xml = out.join("\n");
  entryCache.set(item, xml);
  return xml;
}

/** Renders `channel` as an Atom 1.0 document (newline-terminated, deterministic). */
export function renderAtom(channel: FeedChannel): string {
  const c = prepareChannel(channel);
  if (c.updated === undefined) {
    // Atom requires <updated>; inventing one from the clock would make builds differ.
    throw new Error(`renderAtom: feed ${JSON.stringify(c.title)} has no items; give channel.updated for an empty Atom feed`);
  }
  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NS}" xml:lang="${escapeXmlAttr(c.language)}">`,
    // The home page URL is a stable, unique IRI for the feed.
    `<id>${escapeXmlText(c.homeUrl)}</id>`,
    `<title type="text">${escapeXmlText(c.title)}</title>`,
  ];
  if (c.description !== "") out.push(`<subtitle type="text">${escapeXmlText(c.description)}</subtitle>`);
  out.push(
    `<updated>${toRfc3339(c.updated)}</updated>`,
    `<author><name>${escapeXmlText(c.author)}</name></author>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXmlAttr(c.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXmlAttr(c.homeUrl)}"/>`,
    "<generator>Wireroom</generator>",
  );

  for (const item of c.items) out.push(renderEntry(item));
  out.push("</feed>", "");
  return out.join("\n");
}
