/**
 * A small, synchronous scanner for the tags of an HTML fragment.
 *
 * Both the URL absolutiser and the feed lint need "every attribute of every tag,
 * with its exact position", and nothing else. A full HTML parser (posthtml,
 * htmlparser2) builds a tree and re-serialises it, which is slow and changes
 * bytes we did not mean to touch. This follows the HTML tokenizer's rules for
 * what counts as a tag, an attribute and a value, in one linear pass:
 *   - `<` + ASCII letter starts a start tag, `</` + letter an end tag;
 *   - comments, doctypes, CDATA and processing instructions are skipped;
 *   - the contents of raw-text elements (script, style, …) are skipped, so a
 *     string like `"<a href=x>"` inside a script is not mistaken for a tag;
 *   - attribute values may be double-quoted, single-quoted or unquoted.
 */

export interface HtmlAttribute {
  /** Lower-cased, as HTML attribute names are case-insensitive. */
  readonly name: string;
  /** Raw source text of the value (character references not decoded); "" when absent. */
  readonly value: string;
  /** Whether the attribute had `=value` at all (`<input disabled>` has not). */
  readonly hasValue: boolean;
  readonly quote: '"' | "'" | "";
  /** Offsets in the scanned string of the value including its quotes (equal when no value). */
  readonly valueStart: number;
  readonly valueEnd: number;
}

export interface HtmlTag {
  /** Lower-cased tag name. */
  readonly name: string;
  readonly isEndTag: boolean;
  /** Offset of `<`. */
  readonly start: number;
  /** Offset just after `>` (or the end of input for an unterminated tag). */
  readonly end: number;
  readonly attributes: readonly HtmlAttribute[];
}

/** Elements whose content the HTML tokenizer does not parse as markup. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"]);

function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isHtmlSpace(code: number): boolean {
  // tab, LF, FF, CR, space
  return code === 9 || code === 10 || code === 12 || code === 13 || code === 32;
}

/**
 * Calls `onTag` for every start and end tag of `html`, in document order.
 * Runs in time linear in the input length.
 */
export function scanHtmlTags(html: string, onTag: (tag: HtmlTag) => void): void {
  const length = html.length;
  let i = html.indexOf("<");
  while (i !== -1 && i < length) {
    const next = html.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      i = skipMarkupDeclaration(html, i);
    } else if (next === 63 /* ? */) {
      // Processing instructions are "bogus comments" in HTML: up to the first ">".
      i = endOf(html, ">", i + 2);
    } else if (next === 47 /* / */ && isAsciiAlpha(html.charCodeAt(i + 2))) {
      const tag = readTag(html, i, i + 2, true);
      onTag(tag);
      i = tag.end;
    } else if (isAsciiAlpha(next)) {
      const tag = readTag(html, i, i + 1, false);
      onTag(tag);
      i = tag.end;
      if (RAW_TEXT.has(tag.name)) i = skipRawText(html, i, tag.name);
      else if (tag.name === "plaintext") return;
    } else {
      // A lone "<" is text.
      i += 1;
    }
    i = html.indexOf("<", i);
  }
}

/** Index just after the first `needle` at or after `from`, or the end of input. */
function endOf(html: string, needle: string, from: number): number {
  const at = html.indexOf(needle, from);
  return at === -1 ? html.length : at + needle.length;
}

function skipMarkupDeclaration(html: string, i: number): number {
  if (html.startsWith("<!--", i)) {
    // "<!-->" and "<!--->" are (abruptly closed) empty comments.
    if (html.startsWith(">", i + 4)) return i + 5;
    if (html.startsWith("->", i + 4)) return i + 6;
    return endOf(html, "-->", i + 4);
  }
  if (html.startsWith("[CDATA[", i + 2)) return endOf(html, "]]>", i + 9);
  return endOf(html, ">", i + 2);
}

/** Skips the content of a raw-text element up to (not including) its end tag. */
function skipRawText(html: string, from: number, name: string): number {
  let at = from;
  for (;;) {
    at = html.indexOf("</", at);
    if (at === -1) return html.length;
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) {
      const after = html.charCodeAt(at + 2 + name.length);
      if (Number.isNaN(after) || isHtmlSpace(after) || after === 47 || after === 62) return at;
    }
    at += 2;
  }
}

function readTag(html: string, start: number, nameStart: number, isEndTag: boolean): HtmlTag {
  const length = html.length;
  let i = nameStart;
  while (i < length) {
    const c = html.charCodeAt(i);
    if (isHtmlSpace(c) || c === 47 || c === 62) break;
    i += 1;
  }
  const name = html.slice(nameStart, i).toLowerCase();
  const attributes: HtmlAttribute[] = [];

  while (i < length) {
    let c = html.charCodeAt(i);
    if (isHtmlSpace(c) || c === 47 /* / */) {
      i += 1;
      continue;
    }
    if (c === 62 /* > */) {
      return { name, isEndTag, start, end: i + 1, attributes };
    }
    // Attribute name: up to space, "/", ">" or "=" (a leading "=" belongs to the name).
    const attrNameStart = i;
    i += 1;
    while (i < length) {
      c = html.charCodeAt(i);
      if (isHtmlSpace(c) || c === 47 || c === 62 || c === 61) break;
      i += 1;
    }
    const attrName = html.slice(attrNameStart, i).toLowerCase();
    let j = i;
    while (j < length && isHtmlSpace(html.charCodeAt(j))) j += 1;
    if (html.charCodeAt(j) !== 61 /* = */) {
      attributes.push({ name: attrName, value: "", hasValue: false, quote: "", valueStart: i, valueEnd: i });
      i = j;
      continue;
    }
    j += 1;
    while (j < length && isHtmlSpace(html.charCodeAt(j))) j += 1;
    const q = html.charCodeAt(j);
    if (q === 34 /* " */ || q === 39 /* ' */) {
      const close = html.indexOf(q === 34 ? '"' : "'", j + 1);
      const valueEnd = close === -1 ? length : close + 1;
      attributes.push({
        name: attrName,
        value: html.slice(j + 1, close === -1 ? length : close),
        hasValue: true,
        quote: q === 34 ? '"' : "'",
        valueStart: j,
        valueEnd,
      });
      i = valueEnd;
    } else if (q === 62 /* > */) {
      // `<a href=>`: the value is empty.
      attributes.push({ name: attrName, value: "", hasValue: true, quote: "", valueStart: j, valueEnd: j });
      i = j;
    } else {
      // Unquoted: up to whitespace or ">".
      let k = j;
      while (k < length) {
        const d = html.charCodeAt(k);
        if (isHtmlSpace(d) || d === 62) break;
        k += 1;
      }
      attributes.push({ name: attrName, value: html.slice(j, k), hasValue: true, quote: "", valueStart: j, valueEnd: k });
      i = k;
    }
  }
  return { name, isEndTag, start, end: length, attributes };
}

const NAMED_REFS: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00A0",
};

/**
 * Decodes the character references that can matter in a URL attribute:
 * numeric ones and the few named ones an HTML serialiser emits. Unknown named
 * references are left as they are (they do not occur in URLs we produce).
 */
export function decodeHtmlAttribute(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 35 /* # */) {
      const isHex = ref.charCodeAt(1) === 120 || ref.charCodeAt(1) === 88;
      const code = Number.parseInt(ref.slice(isHex ? 2 : 1), isHex ? 16 : 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "\uFFFD";
    }
    return NAMED_REFS[ref] ?? whole;
  });
}

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeHtmlAttribute(value: string): string {
  return value.replace(/[&"]/g, (c) => (c === "&" ? "&amp;" : "&quot;"));
}

export { parseSrcset, type SrcsetCandidate } from "./srcset.ts";
