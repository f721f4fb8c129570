/**
 * OPML 2.0 subscription list, so a reader can import all our feeds (the home
 * feed and one per person or organisation) in one step.
 *
 * Deterministic: no dateCreated unless the caller gives one (the clock would
 * make every build differ), outlines in the order given.
 */

import { requireAbsoluteHttpUrl } from "./absolute-urls.ts";
import { toRfc822 } from "./dates.ts";
import { escapeXmlAttr, textElement } from "./xml.ts";

export interface OpmlOutline {
  /** Plain text. */
  readonly title: string;
  /** Absolute URL of the feed. */
  readonly xmlUrl: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  readonly htmlUrl: string;
}

export interface OpmlDocument {
  readonly title: string;
  readonly ownerName?: string;
  /** ISO 8601 with offset; written as RFC 822 (OPML 2.0's date format). Omitted unless given. */
  readonly dateCreated?: string;
  readonly outlines: readonly OpmlOutline[];
}

export function renderOpml(doc: OpmlDocument): string {
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>', '<opml version="2.0">', "<head>", textElement("title", doc.title)];
  if (doc.dateCreated !== undefined) out.push(textElement("dateCreated", toRfc822(doc.dateCreated)));
  if (doc.ownerName !== undefined) out.push(textElement("ownerName", doc.ownerName));
  out.push("</head>", "<body>");
  for (const outline of doc.outlines) {
    const xmlUrl = requireAbsoluteHttpUrl(outline.xmlUrl, `OPML outline ${JSON.stringify(outline.title)}: xmlUrl`);
    const htmlUrl = requireAbsoluteHttpUrl(outline.htmlUrl, `OPML outline ${JSON.stringify(outline.title)}: htmlUrl`);
    const title = escapeXmlAttr(outline.title);
    // OPML 2.0: `text` is required on every outline; type="rss" needs xmlUrl.
    out.push(`<outline type="rss" text="${title}" title="${title}" xmlUrl="${escapeXmlAttr(xmlUrl)}" htmlUrl="${escapeXmlAttr(htmlUrl)}"/>`);
  }
  out.push("</body>", "</opml>", "");
  return out.join("\n");
}
