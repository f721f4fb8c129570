import { ContentError } from "./content-error.ts";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Bytes of a source file to text: strict UTF-8 (a wrong encoding would otherwise publish
 * mojibake under a real person's name), BOM dropped, line endings made "\n".
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new ContentError(file, `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)}); save it as UTF-8`);
  }
  const nul = text.indexOf("\u0000");
  if (nul !== -1) {
    throw new ContentError(file, "contains a NUL character; is it a text file?", lineOf(text, nul));
  }
  const normalised = text.replace(/\r\n?/g, "\n");
  const forbidden = findForbiddenCharacter(normalised);
  if (forbidden) throw new ContentError(file, `contains ${forbidden.name}; remove it`, lineOf(normalised, forbidden.index));
  return normalised;
}

/**
 * Control characters (other than tab, line feed, carriage return and form feed; NUL too, which
 * an escape such as JSON's \u0000 or YAML's \0 can write where the raw byte was refused) and
 * noncharacters: HTML forbids them in a page and XML in a feed, and in news text they are
 * debris from copy and paste, never meaning.
 */
const forbiddenCharacter = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]/;

/** True for text that shows nothing: only whitespace and invisible format characters (zero-width space, BOM, bidi controls). */
export function isBlank(text: string): boolean {
  return /^[\s\p{Cf}]*$/u.test(text);
}

/** The first forbidden character of a text, with its offset and a name for messages. */
export function findForbiddenCharacter(text: string): { index: number; name: string } | undefined {
  const match = forbiddenCharacter.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return { index: match.index, name: code >= 0xfdd0 ? `the noncharacter ${hex}` : `the control character ${hex}` };
}

/** 1-based line number of an offset in a text. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  // Binary search on the longest prefix that decodes: fine for a one-off error message.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}
