/** HTML's whitespace: tab, LF, FF, CR, space. */
function isHtmlSpace(code: number): boolean {
  return code === 9 || code === 10 || code === 12 || code === 13 || code === 32;
}

/** A candidate of a `srcset` list: a URL and its (possibly empty) descriptor text. */
export interface SrcsetCandidate {
  readonly url: string;
  readonly descriptor: string;
}

/**
 * Splits a decoded `srcset` value per the HTML "parse a srcset attribute"
 * algorithm: a URL runs to the next whitespace (trailing commas end the
 * candidate), then descriptors run to the next comma outside parentheses.
 */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  const length = value.length;
  let i = 0;
  while (i < length) {
    // Skip whitespace and separating commas.
    while (i < length && (isHtmlSpace(value.charCodeAt(i)) || value.charCodeAt(i) === 44)) i += 1;
    if (i >= length) break;
    const urlStart = i;
    while (i < length && !isHtmlSpace(value.charCodeAt(i))) i += 1;
    let url = value.slice(urlStart, i);
    if (url.endsWith(",")) {
      url = url.replace(/,+$/, "");
      out.push({ url, descriptor: "" });
      continue;
    }
    const descStart = i;
    let depth = 0;
    while (i < length) {
      const c = value.charCodeAt(i);
      if (c === 40 /* ( */) depth += 1;
      else if (c === 41 /* ) */ && depth > 0) depth -= 1;
      else if (c === 44 /* , */ && depth === 0) break;
      i += 1;
    }
    out.push({ url, descriptor: value.slice(descStart, i).trim().replace(/\s+/g, " ") });
    if (i < length) i += 1; // the comma
  }
  return out;
}
