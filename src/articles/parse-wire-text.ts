import { escapeHtml } from "../html/escape.ts";
import { ContentError } from "./content-error.ts";
import { isBlank } from "./decode-source.ts";
import { splitFrontMatter } from "./front-matter.ts";
import type { ParsedSource } from "./parsed-source.ts";
import { creditLineAgency, readWireCredit, type WireCredit } from "./wire-credit.ts";

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
  const { headline, creditAgency } = takeHeadlineAndCreditLine(paragraphs);
  const lead = paragraphs[0]!;
  const read = readWireCredit(lead);
  // "By Nordpress" on a line of its own names the agency when the lead does not.
  const credit: WireCredit = !read.agency && creditAgency ? { ...read, agency: creditAgency, agencyIn: "dateline" } : read;
  const shownLead = lead.slice(credit.prefixLength);
  return {
    format: "wire",
    frontMatter: data,
    date: { raw: dateRaw, line: dateAt },
    html: [leadParagraph(shownLead, credit.place), ...paragraphs.slice(1).map((p) => `<p>${escapeHtml(p)}</p>`)].join("\n"),
    textBlocks: paragraphs,
    photoCredits,
    bodyLine: line,
    credit,
    lead: shownLead,
    ...(headline ? { headline } : {}),
  };
}

/**
 * The lead as agency sites print it: the place in small caps (by style), a dash, the text.
 * The date and the credit are not repeated: the page's date line and "Source" say them.
 */
function leadParagraph(text: string, place: string | undefined): string {
  if (!place) return `<p>${escapeHtml(text)}</p>`;
  return `<p><span class="dateline">${escapeHtml(place)}</span> – ${escapeHtml(text)}</p>`;
}

/** A headline line is short, has no final full stop, and is followed by the lead. */
const maxHeadlineLine = 120;

/**
 * Takes a headline line and a "By Nordpress" credit line off the top of the paragraphs (in
 * place), in either order: neither is body text.
 */
function takeHeadlineAndCreditLine(paragraphs: string[]): { headline?: string; creditAgency?: string } {
  let headline: string | undefined;
  let creditAgency: string | undefined;
  for (let i = 0; i < 3 && paragraphs.length > 1; i++) {
    const first = paragraphs[0]!;
    const agency = creditAgency ? undefined : creditLineAgency(first);
    if (isDatelineLine(first)) {
      // "BAKU, Orlandia, March 15." on a line of its own: it opens the lead, as if run in.
      paragraphs.splice(0, 2, `${first} ${paragraphs[1]!}`);
      break;
    } else if (agency) {
      creditAgency = agency;
      paragraphs.shift();
    } else if (!headline && isHeadlineLine(first)) {
      headline = first;
      paragraphs.shift();
    } else break;
  }
  return { ...(headline ? { headline } : {}), ...(creditAgency ? { creditAgency } : {}) };
}

/** A paragraph that is nothing but a dateline and credit ("VELSK, March 3. /NORDPRESS/."). */
function isDatelineLine(paragraph: string): boolean {
  return paragraph.length <= 80 && readWireCredit(`${paragraph} Probe`).prefixLength >= paragraph.length;
}

function isHeadlineLine(paragraph: string): boolean {
  if (paragraph.length > maxHeadlineLine || paragraph.length < 15) return false;
  if (/[.!?:;,]["”’)]?$/u.test(paragraph)) return false;
  // A headline has words, starts with a capital, and is not a dateline or a credit left alone.
  if (!/^["“‘]?[\p{Lu}\p{N}]/u.test(paragraph) || paragraph.split(" ").length < 3) return false;
  return readWireCredit(`${paragraph}.`).prefixLength === 0;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
