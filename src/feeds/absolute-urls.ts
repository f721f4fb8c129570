/**
 * Makes the URLs inside article HTML absolute, for feeds.
 *
 * Feed readers show content away from our site, so a relative `src` or `href`
 * breaks (validator: ContainsRelRef), and `xml:base` is too poorly supported to
 * rely on. Every URL is resolved against the ARTICLE's URL, not the feed's:
 * `href="#notes"` must point into the article (eleventy-plugin-rss#20).
 *
 * This is a synchronous, single-pass rewrite on top of `scanHtmlTags`: only the
 * bytes of the rewritten attribute values change, everything else is copied
 * as is. (The plugin's `convertHtmlToAbsoluteUrls` does the same job through
 * posthtml, asynchronously and much more slowly; we render thousands of feeds.)
 */

import { decodeHtmlAttribute, escapeHtmlAttribute, parseSrcset, scanHtmlTags } from "./html-scan.ts";

/** Attributes holding one URL. `data` counts only on `<object>`. */
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "poster",
  "cite",
  "action",
  "formaction",
  "background",
  "longdesc",
  "usemap",
  "xlink:href",
]);
/** Attributes holding a comma-separated list of "URL descriptor" candidates. */
const SRCSET_ATTRIBUTES = new Set(["srcset", "imagesrcset"]);

/** A scheme followed by ":" (RFC 3986 `scheme`): http:, https:, mailto:, tel:, data:, … */
const HAS_SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
/** The HTML URL parser removes tab and newlines anywhere in a URL. */
const TAB_OR_NEWLINE = /[\t\n\r]/g;

/** Whether `attribute` on `tag` holds a single URL. */
export function isUrlAttribute(tag: string, attribute: string): boolean {
  return URL_ATTRIBUTES.has(attribute) || (attribute === "data" && tag === "object");
}

/** Whether `attribute` holds a srcset-style candidate list. */
export function isSrcsetAttribute(attribute: string): boolean {
  return SRCSET_ATTRIBUTES.has(attribute);
}

/** Cleans a decoded attribute value the way a browser does before parsing it as a URL. */
export function normalizeUrlAttribute(value: string): string {
  return value.replace(TAB_OR_NEWLINE, "").trim();
}

/**
 * True when `url` carries a scheme (`https:`, `mailto:`, `tel:`, …). Relative
 * references, including protocol-relative `//host/x` and fragments, are not
 * absolute.
 */
export function isAbsoluteUrl(url: string): boolean {
  return HAS_SCHEME.test(url);
}

/** True for an absolute http(s) URL with a host: what feeds need for links and ids. */
export function isAbsoluteHttpUrl(url: string): boolean {
  if (!/^https?:\/\/[^/?#\s]/i.test(url)) return false;
  return URL.canParse(url);
}

/** Throws when `url` is not an absolute http(s) URL; writers refuse to emit a bad feed. */
export function requireAbsoluteHttpUrl(url: string, what: string): string {
  if (!isAbsoluteHttpUrl(url)) {
    throw new TypeError(`${what} must be an absolute http(s) URL, got ${JSON.stringify(url)}`);
  }
  return url;
}

/** Resolves one URL against `base`; undefined when it is already absolute or cannot be parsed. */
function resolve(rawDecoded: string, base: URL): string | undefined {
  const value = normalizeUrlAttribute(rawDecoded);
  if (HAS_SCHEME.test(value)) return undefined;
  try {
    return new URL(value, base).href;
  } catch {
    return undefined;
  }
}

function resolveSrcset(rawDecoded: string, base: URL): string | undefined {
  const candidates = parseSrcset(rawDecoded);
  let changed = false;
  const parts: string[] = [];
  for (const candidate of candidates) {
    const resolved = resolve(candidate.url, base);
    if (resolved !== undefined) changed = true;
    const url = resolved ?? candidate.url;
    parts.push(candidate.descriptor === "" ? url : `${url} ${candidate.descriptor}`);
  }
  return changed ? parts.join(", ") : undefined;
}

/**
 * Returns `html` with every relative URL in `href`, `src`, `srcset` (each
 * candidate), `poster` (and the other URL attributes listed above) resolved
 * against `baseUrl`, which must be the absolute URL of the article.
 * Absolute URLs (including `mailto:`, `tel:`, `data:`) are left byte for byte.
 * Rewritten values are always emitted double-quoted.
 */
export function absolutizeHtml(html: string, baseUrl: string): string {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    throw new TypeError(`absolutizeHtml: base URL must be absolute, got ${JSON.stringify(baseUrl)}`);
  }
  if (!html.includes("<")) return html;

  const parts: string[] = [];
  let copiedUpTo = 0;
  scanHtmlTags(html, (tag) => {
    if (tag.isEndTag) return;
    for (const attribute of tag.attributes) {
      if (!attribute.hasValue) continue;
      let resolved: string | undefined;
      if (isUrlAttribute(tag.name, attribute.name)) {
        resolved = resolve(decodeHtmlAttribute(attribute.value), base);
      } else if (SRCSET_ATTRIBUTES.has(attribute.name)) {
        resolved = resolveSrcset(decodeHtmlAttribute(attribute.value), base);
      }
      if (resolved === undefined) continue;
      parts.push(html.slice(copiedUpTo, attribute.valueStart), '"', escapeHtmlAttribute(resolved), '"');
      copiedUpTo = attribute.valueEnd;
    }
  });
  if (copiedUpTo === 0) return html;
  parts.push(html.slice(copiedUpTo));
  return parts.join("");
}
