import { parseDocument } from "yaml";
import { ContentError } from "./content-error.ts";

export type FrontMatterData = Readonly<Record<string, unknown>>;

export interface SplitSource {
  readonly data: FrontMatterData;
  /** Everything after the closing `---`. */
  readonly body: string;
  /** 1-based line of the source on which `body` starts. */
  readonly bodyLine: number;
}

const opening = /^---[ \t]*\n/;
const closing = /^(?:---|\.\.\.)[ \t]*$/m;

/** Splits optional YAML front matter off a source; its errors carry the source's line numbers. */
export function splitFrontMatter(text: string, file: string): SplitSource {
  const open = opening.exec(text);
  if (!open) return { data: {}, body: text, bodyLine: 1 };
  const rest = text.slice(open[0].length);
  const close = closing.exec(rest);
  if (!close) throw new ContentError(file, "front matter opened with --- is never closed with ---", 1);
  const yamlText = rest.slice(0, close.index);
  const data = parseYamlMapping(yamlText, file, 2);
  const afterClose = rest.slice(close.index + close[0].length).replace(/^\n/, "");
  const bodyLine = 2 + countLines(yamlText) + 1;
  return { data, body: afterClose, bodyLine };
}

/** Parses YAML that must be a mapping; `firstLine` is the file line of the YAML's first line. */
export function parseYamlMapping(yamlText: string, file: string, firstLine: number): FrontMatterData {
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    throw new ContentError(file, `front matter is not valid YAML: ${firstSentence(error.message)}`, line === undefined ? firstLine : firstLine + line - 1);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // Aliases are resolved here, not while parsing: an unknown anchor, or an alias bomb
    // ("billion laughs") stopped by maxAliasCount, surfaces as a plain Error.
    throw new ContentError(file, `front matter is not valid YAML: ${firstSentence((error as Error).message)}`, firstLine);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new ContentError(file, "front matter must be a mapping of keys to values (key: value)", firstLine);
  }
  return value as FrontMatterData;
}

function countLines(text: string): number {
  if (text === "") return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function firstSentence(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}
