/**
 * Escaping for the XML the feed writers produce (RSS, Atom, OPML, sitemaps).
 *
 * We never use CDATA: escaping is one code path for every element, and a CDATA
 * section cannot hold the text "]]>" without being split, which is a classic
 * source of broken feeds.
 */

/**
 * Everything XML 1.0 forbids (section 2.2, `Char`): C0 controls other than tab,
 * LF and CR; lone surrogates (the `u` flag makes a paired surrogate one code
 * point, so only unpaired halves match); U+FFFE and U+FFFF.
 * We also drop the C1 controls U+007F–U+009F: XML 1.0 allows them but marks them
 * discouraged, the W3C validator warns (BadCharacters), and in practice they are
 * Windows-1252 mojibake, never meaningful text.
 */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** Same set, non-global, for a cheap `test` (a global regex keeps `lastIndex` state). */
const HAS_INVALID_XML_CHAR = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Removes characters that may not (or should not) appear in an XML 1.0 document. */
export function stripInvalidXmlChars(value: string): string {
  // Almost every string is clean: test first so the common case allocates nothing.
  return HAS_INVALID_XML_CHAR.test(value) ? value.replace(INVALID_XML_CHARS, "") : value;
}

/** True when `value` holds a character `stripInvalidXmlChars` would remove. */
export function hasInvalidXmlChars(value: string): boolean {
  return HAS_INVALID_XML_CHAR.test(value);
}

/**
 * Replaces the characters that need it with references, in one pass over char
 * codes: about twice as fast as a regex with a callback on article-sized HTML,
 * and returns the input itself when nothing needs escaping.
 */
function escapeWith(value: string, attribute: boolean): string {
  let out = "";
  let copied = 0;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    let ref: string;
    if (c === 38) ref = "&amp;";
    else if (c === 60) ref = "&lt;";
    // ">" only matters in "]]>", but escaping it always is simpler than detecting that.
    else if (c === 62) ref = "&gt;";
    // A parser normalises a raw CR (and CRLF) to LF in text, and tab/LF/CR to spaces
    // in attributes; character references survive both, so values round-trip.
    else if (c === 13) ref = "&#13;";
    else if (!attribute) continue;
    else if (c === 34) ref = "&quot;";
    else if (c === 10) ref = "&#10;";
    else if (c === 9) ref = "&#9;";
    else continue;
    if (i > copied) out += value.slice(copied, i);
    out += ref;
    copied = i + 1;
  }
  return copied === 0 ? value : out + value.slice(copied);
}

/**
 * Escapes character data for element content and drops invalid characters.
 * Quotes are left alone: they are only special inside attributes.
 */
export function escapeXmlText(value: string): string {
  const clean = stripInvalidXmlChars(value);
  // Native replaces: on article bodies, where a tag opens every few characters, about three
  // times faster than escapeWith's pass, whose output grows by a slice per reference.
  return XML_TEXT_SPECIAL.test(clean) ? clean.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll("\r", "&#13;") : clean;
}

/** What escapeXmlText replaces: the references escapeWith makes outside attributes. */
const XML_TEXT_SPECIAL = /[&<>\r]/;

/** Escapes a value for a double-quoted attribute (the only quoting our writers use). */
export function escapeXmlAttr(value: string): string {
  return escapeWith(stripInvalidXmlChars(value), true);
}

/** `<name>escaped text</name>`: the shape of nearly every line in a feed. */
export function textElement(name: string, value: string): string {
  return `<${name}>${escapeXmlText(value)}</${name}>`;
}

const HTML_SPECIAL = /[&<>]/;
const HTML_SPECIAL_G = /[&<>]/g;

/**
 * Plain text to HTML text. RSS `description` is read as HTML by readers
 * (feedparser sanitises it: a plain summary mentioning "<draft>" would lose
 * that word), so a plain-text summary is HTML-escaped first and then
 * XML-escaped by the writer: `&lt;` travels as `&amp;lt;`.
 */
export function escapeHtmlText(value: string): string {
  return HTML_SPECIAL.test(value) ? value.replace(HTML_SPECIAL_G, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;")) : value;
}
