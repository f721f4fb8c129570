/**
 * The start tags of a built page, read by a real HTML parser (htmlparser2) rather than by
 * patterns: the safety and link checks must see attributes, character references and raw-text
 * elements the way a browser's tokenizer does, or an attack could hide in what a scanner misreads.
 */
import { decodeHTML } from "entities";
import { Parser } from "htmlparser2";

export interface Tag {
  /** Lower-case element name. */
  readonly name: string;
  /** Attributes by lower-case name (the first of duplicates, as browsers keep), values with character references decoded. */
  readonly attributes: ReadonlyMap<string, string>;
  /** 1-based line of the tag's `<`. */
  readonly line: number;
  /** Text up to the matching end tag, for `script` and `style` only. */
  readonly rawText?: string;
}

/** Decodes every character reference HTML knows (the full named table, numeric ones, legacy forms without `;`). */
export function decodeCharacterReferences(value: string): string {
  return decodeHTML(value);
}

export function scanTags(source: string): Tag[] {
  const lineStarts = [0];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineOf = (index: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const tags: Tag[] = [];
  let open: { name: string; attributes: Map<string, string>; line: number; rawText?: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const attributes = new Map<string, string>();
        for (const [key, value] of Object.entries(attribs)) attributes.set(key, value);
        const tag = { name, attributes, line: lineOf(parser.startIndex), ...(name === "script" || name === "style" ? { rawText: "" } : {}) };
        tags.push(tag);
        open = tag.rawText === undefined ? undefined : tag;
      },
      ontext(text) {
        if (open) open.rawText += text;
      },
      onclosetag(name) {
        if (open && open.name === name) open = undefined;
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.end(source);
  return tags;
}
