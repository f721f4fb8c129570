/**
 * Minimal reading of article files into plain-text blocks for entity detection.
 * Kept apart on purpose: the project's article parser will replace it.
 *
 * Wire text (.txt): optional YAML front matter between "---" lines, a line "date YYYY-MM-DD"
 * (the first paragraph may follow on the same line), then paragraphs separated by blank
 * lines. A "Photo credit: X" paragraph is a credit, not body text.
 * Markdown (.md): YAML front matter, then Markdown reduced to plain-text paragraphs.
 * The front matter's title, when there is one, is the first block (the headline).
 */
import MarkdownIt from "markdown-it";
import { parse as parseYaml } from "yaml";
import type { EntityOverrides, EntityType } from "./types.ts";

export interface ArticleText {
  /** Headline (when the front matter has a title) then body paragraphs, as plain text. */
  readonly blocks: readonly string[];
  readonly date?: string;
  readonly overrides: EntityOverrides;
}

export class ArticleReadError extends Error {}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u;
const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/u;
const CREDIT = /^(?:photo|image|video)\s*(?:credit)?\s*:/iu;

function splitFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { data: {}, body: text };
  const data: unknown = parseYaml(match[1] ?? "");
  if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
    throw new ArticleReadError("front matter must be a mapping");
  }
  return { data: (data ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

function paragraphs(body: string): string[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/u)
    .map((p) => p.replace(/\s+/gu, " ").trim())
    .filter((p) => p !== "" && !CREDIT.test(p));
}

function readOverrides(data: Record<string, unknown>): EntityOverrides {
  const entities = data["entities"];
  if (entities === undefined || entities === null) return { add: [], remove: [] };
  if (typeof entities !== "object" || Array.isArray(entities)) throw new ArticleReadError("front matter entities must be a mapping with add and remove");
  const { add, remove } = entities as { add?: unknown; remove?: unknown };
  const list = (value: unknown, field: string): unknown[] => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw new ArticleReadError(`front matter entities.${field} must be a list`);
    return value;
  };
  return {
    add: list(add, "add").map((item) => {
      if (typeof item === "string") return { name: item };
      const { name, type } = (item ?? {}) as { name?: unknown; type?: unknown };
      if (typeof name !== "string") throw new ArticleReadError("each entities.add entry needs a name");
      if (type !== undefined && type !== "person" && type !== "organisation") throw new ArticleReadError(`entities.add "${name}" has type "${String(type)}"; expected person or organisation`);
      return type === undefined ? { name } : { name, type: type as EntityType };
    }),
    remove: list(remove, "remove").map((item) => {
      if (typeof item !== "string") throw new ArticleReadError("each entities.remove entry must be a name");
      return item;
    }),
  };
}

function headline(data: Record<string, unknown>): string[] {
  const title = data["title"];
  return typeof title === "string" && title.trim() !== "" ? [title.trim()] : [];
}

export function readWireText(text: string): ArticleText {
  const { data, body } = splitFrontMatter(text);
  const date = DATE_LINE.exec(body);
  const rest = date ? body.slice(date[0].length) : body;
  return { blocks: [...headline(data), ...paragraphs(rest)], ...(date?.[1] ? { date: date[1] } : {}), overrides: readOverrides(data) };
}

const markdown = new MarkdownIt();

/** Markdown to plain-text blocks: one per paragraph, heading or list item, markup dropped. */
export function markdownBlocks(source: string): string[] {
  const blocks: string[] = [];
  for (const token of markdown.parse(source, {})) {
    if (token.type !== "inline") continue;
    const text = (token.children ?? [])
      .map((child) => (child.type === "text" || child.type === "code_inline" ? child.content : child.type === "softbreak" || child.type === "hardbreak" ? " " : ""))
      .join("")
      .replace(/\s+/gu, " ")
      .trim();
    if (text !== "" && !CREDIT.test(text)) blocks.push(text);
  }
  return blocks;
}

export function readMarkdown(text: string): ArticleText {
  const { data, body } = splitFrontMatter(text);
  return { blocks: [...headline(data), ...markdownBlocks(body)], overrides: readOverrides(data) };
}

export function readArticleText(text: string, fileName: string): ArticleText {
  if (fileName.endsWith(".md")) return readMarkdown(text);
  if (fileName.endsWith(".txt")) return readWireText(text);
  throw new ArticleReadError("expected a .txt or .md file");
}
