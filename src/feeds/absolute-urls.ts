/**
 * Makes the URLs inside article HTML absolute, for feeds.
 *
 * Feed readers show content away from our site, so a relative `src` or `href`
 * breaks (validator: ContainsRelRef), and `xml:base` is too poorly supported to
 * rely on. Every URL is resolved against the ARTICLE's URL, not the feed's:
 * `href="#notes"` must point into the article (eleventy-plugin-rss#20).
 *
 * A synchronous, single pass of htmlparser2's tokenizer finds the attribute
 * values; only the bytes of the rewritten values change, everything else is
 * copied as is. The RSS plugin's `convertHtmlToAbsoluteUrls` gives the same
 * bytes (the tests compare the two) but goes through posthtml, asynchronously,
 * and about four times slower on a 12-paragraph article with a lead image;
 * thousands of items go into feeds.
 */

import { decodeHTMLAttribute } from "entities";
import { QuoteType, Tokenizer } from "htmlparser2";
import { parseSrcset } from "./srcset.ts";

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

/** Where one attribute's value stands in the source, and what it says (character references decoded). */
interface AttributeValue {
  readonly tag: string;
  readonly name: string;
  /** The value's span including its quotes, if any. */
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/**
 * Every attribute value of every start tag, with its position, as HTML's tokenizer reads it
 * (htmlparser2's Tokenizer: raw-text elements, comments and bare or quoted values are handled
 * as a browser handles them). Positions let the caller rewrite values without re-serialising.
 */
function attributeValues(html: string, onValue: (attribute: AttributeValue) => void): void {
  let tag = "";
  let name = "";
  let valueStart = -1;
  let valueEnd = -1;
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname(start, end) {
        tag = html.slice(start, end).toLowerCase();
      },
      onattribname(start, end) {
        name = html.slice(start, end).toLowerCase();
        valueStart = -1;
      },
      onattribdata(start, end) {
        if (valueStart === -1) valueStart = start;
        valueEnd = end;
      },
      onattribend(quote, end) {
        if (quote === QuoteType.NoValue || valueStart === -1) return;
        const quoted = quote === QuoteType.Double || quote === QuoteType.Single;
        onValue({ tag, name, start: quoted ? valueStart - 1 : valueStart, end: quoted ? valueEnd + 1 : end, value: decodeHTMLAttribute(html.slice(valueStart, valueEnd)) });
      },
      onattribentity() {},
      oncdata() {},
      onclosetag() {},
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onopentagend() {},
      onprocessinginstruction() {},
      onselfclosingtag() {},
      ontext() {},
      ontextentity() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
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
  attributeValues(html, (attribute) => {
    let resolved: string | undefined;
    if (isUrlAttribute(attribute.tag, attribute.name)) resolved = resolve(attribute.value, base);
    else if (SRCSET_ATTRIBUTES.has(attribute.name)) resolved = resolveSrcset(attribute.value, base);
    if (resolved === undefined) return;
    parts.push(html.slice(copiedUpTo, attribute.start), '"', escapeAttributeValue(resolved), '"');
    copiedUpTo = attribute.end;
  });
  if (copiedUpTo === 0) return html;
  parts.push(html.slice(copiedUpTo));
  return parts.join("");
}

/** For a double-quoted attribute: only `&` and `"` need escaping there. */
function escapeAttributeValue(value: string): string {
  return value.replace(/[&"]/g, (c) => (c === "&" ? "&amp;" : "&quot;"));
}
