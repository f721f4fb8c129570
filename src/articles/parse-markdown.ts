import { ContentError } from "./content-error.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { renderMarkdown } from "./markdown.ts";
import type { ParsedSource } from "./parsed-source.ts";

/** A Markdown article: YAML front matter (title, date, ...) and a Markdown body. */
export function parseMarkdownArticle(text: string, file: string): ParsedSource {
  const { data, body, bodyLine } = splitFrontMatter(text, file);
  if (bodyLine === 1) {
    throw new ContentError(file, "a Markdown article starts with front matter between --- lines (title, date)", 1);
  }
  const rendered = renderMarkdown(body);
  if (rendered.textBlocks.length === 0) {
    throw new ContentError(file, "has no body text after its front matter", bodyLine);
  }
  const rawDate = data["date"];
  return {
    format: "markdown",
    frontMatter: data,
    ...(typeof rawDate === "string" ? { date: { raw: rawDate, line: lineOfKey(text, "date") } } : {}),
    html: rendered.html.trim(),
    textBlocks: rendered.textBlocks,
    photoCredits: [],
    bodyLine,
  };
}

function lineOfKey(text: string, key: string): number {
  const lines = text.split("\n");
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}
