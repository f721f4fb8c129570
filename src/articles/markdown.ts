import markdownIt, { type MarkdownIt, type Token } from "markdown-it";
import { isBlank } from "./decode-source.ts";

/** Schemes a link or image in an article may use; everything else (javascript:, data:, vbscript:, file:) is dropped. */
const allowedScheme = /^(?:https?:|mailto:|tel:)/i;
const anyScheme = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The one Markdown renderer of the site. Raw HTML in sources is shown as text, never as
 * markup: article sources come from the wire and from many hands, and a page must never
 * run what a source smuggled in.
 */
export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: false });
  md.validateLink = (url: string): boolean => {
    // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:" is
    // javascript:); judge the decoded form so that "java%09script:" cannot slip through either.
    const compact = safeDecode(url).replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
    return !anyScheme.test(compact) || allowedScheme.test(compact);
  };
  return md;
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

const markdown = createMarkdown();

export interface RenderedMarkdown {
  readonly html: string;
  /** Plain text of each paragraph and heading, in order. */
  readonly textBlocks: string[];
}

export function renderMarkdown(source: string): RenderedMarkdown {
  const env = {};
  const tokens = dropEmptyHeadings(markdown.parse(source, env));
  alignCellsByClass(tokens);
  for (const token of tokens) if (token.type === "inline" && token.children) token.children = flattenDeepInline(token.children);
  const textBlocks: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== "inline") continue;
    const text = plainText(token.children ?? []);
    if (!isBlank(text)) textBlocks.push(text);
  }
  return { html: markdown.renderer.render(tokens, markdown.options, env), textBlocks };
}

/** Deeper than this, emphasis, links and the like add nothing a reader can see. */
export const maxInlineDepth = 16;

/**
 * Drops inline markup nested deeper than `maxInlineDepth`, keeping its text. markdown-it
 * limits the nesting of blocks but not of emphasis: "*" × 5,000 made 2,500 nested elements,
 * a page that overflows the stack of HTML tools and slows browsers for nothing.
 */
function flattenDeepInline(children: Token[]): Token[] {
  let depth = 0;
  let dropped = 0;
  const kept: Token[] = [];
  for (const child of children) {
    if (child.nesting === 1) {
      depth++;
      if (depth > maxInlineDepth) {
        dropped++;
        continue;
      }
    } else if (child.nesting === -1) {
      depth--;
      if (depth >= maxInlineDepth && dropped > 0) {
        dropped--;
        continue;
      }
    }
    kept.push(child);
  }
  return kept;
}

/** The words of an inline run: text and code, breaks as spaces; images and markup add nothing. */
function plainText(children: readonly Token[]): string {
  let text = "";
  for (const child of children) {
    if (child.type === "text" || child.type === "code_inline") text += child.content;
    else if (child.type === "softbreak" || child.type === "hardbreak") text += " ";
  }
  return text.replace(/\s+/g, " ").trim();
}

/** `#` with nothing after it is an empty heading, which screen readers announce without a name: drop it. */
function dropEmptyHeadings(tokens: Token[]): Token[] {
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const inline = tokens[i + 1];
    if (tokens[i]!.type === "heading_open" && inline?.type === "inline" && tokens[i + 2]?.type === "heading_close" && !hasReadableText(inline)) {
      i += 2;
      continue;
    }
    kept.push(tokens[i]!);
  }
  return kept;
}

/** Text, code or an image's alt text: something a heading can be named by. */
function hasReadableText(inline: Token): boolean {
  return (inline.children ?? []).some((child) => ["text", "code_inline", "image"].includes(child.type) && child.content.trim() !== "");
}

/**
 * Table column alignment comes as `style="text-align:…"`, which the site's Content-Security-Policy
 * (style-src 'self') refuses: use a class that the stylesheet styles instead.
 */
function alignCellsByClass(tokens: readonly Token[]): void {
  for (const token of tokens) {
    if (token.type !== "th_open" && token.type !== "td_open") continue;
    const align = /^text-align:(left|center|right)$/.exec(String(token.attrGet("style") ?? ""))?.[1];
    if (!token.attrs || !align) continue;
    token.attrs = token.attrs.filter(([name]) => name !== "style");
    token.attrJoin("class", `align-${align}`);
  }
}
