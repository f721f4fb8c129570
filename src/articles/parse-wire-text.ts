import { escapeHtml } from "../html/escape.ts";
import { ContentError } from "./content-error.ts";
import { isBlank } from "./decode-source.ts";
import { splitFrontMatter } from "./front-matter.ts";
import type { ParsedSource } from "./parsed-source.ts";

/** `date 2026-02-26`, then whitespace (a newline, or a space as in the seed) before the body. */
const dateLine = /^date[ \t]+(\S+)(?:[ \t]*\n|[ \t]+|$)/i;
const photoCredit = /^photo(?:\s+credit)?\s*:\s*(.+)$/i;

/**
 * A wire text: optional YAML front matter, then `date YYYY-MM-DD`, then the body with blank
 * lines between paragraphs. Lines within a paragraph are joined: wires wrap lines at will.
 */
export function parseWireText(text: string, file: string): ParsedSource {
  const { data, body, bodyLine } = splitFrontMatter(text, file);
  const leading = /^\s*/.exec(body)![0];
  let line = bodyLine + countNewlines(leading);
  const afterLeading = body.slice(leading.length);
  const date = dateLine.exec(afterLeading);
  if (!date) {
    const found = afterLeading.split("\n", 1)[0]!.slice(0, 40);
    throw new ContentError(file, `a wire text starts with a line "date YYYY-MM-DD"; found "${found}"`, line);
  }
  const dateRaw = date[1]!;
  const dateAt = line;
  const rest = afterLeading.slice(date[0].length);
  line += countNewlines(date[0]);

  const paragraphs: string[] = [];
  const photoCredits: string[] = [];
  for (const block of rest.split(/\n[ \t]*\n/)) {
    const paragraph = block.replace(/\s+/g, " ").trim();
    if (isBlank(paragraph)) continue;
    const credit = photoCredit.exec(paragraph);
    if (credit) photoCredits.push(credit[1]!.trim());
    else paragraphs.push(paragraph);
  }
  if (paragraphs.length === 0) {
    throw new ContentError(file, "has a date but no body text", dateAt);
  }
  return {
    format: "wire",
    frontMatter: data,
    date: { raw: dateRaw, line: dateAt },
    html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n"),
    textBlocks: paragraphs,
    photoCredits,
    bodyLine: line,
  };
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
