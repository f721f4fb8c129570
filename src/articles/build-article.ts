import type { Article, ArticleDateline, ArticleImage, BuildNotice } from "./article.ts";
import { sameWords } from "./summary.ts";
import type { WireCredit } from "./wire-credit.ts";
import { ContentError } from "./content-error.ts";
import { deriveHeadline } from "./derive-headline.ts";
import type { EditorialFields } from "./editorial-fields.ts";
import type { ParsedSource } from "./parsed-source.ts";
import { parsePublicationDate } from "./publication-date.ts";
import { articleSlug } from "./article-slug.ts";
import { keepBodyHtml } from "./body-html.ts";
import { keepTextBlocks } from "./text-blocks.ts";

export interface BuiltArticle {
  readonly article: Article;
  readonly notices: readonly BuildNotice[];
}

/**
 * Puts a parsed source and its editorial fields together into the one Article model.
 * `imageHash` is the hash of the lead image's bytes, when the fields name one (the loader reads the file).
 */
export function buildArticle(source: ParsedSource, fields: EditorialFields, file: string, zone: string, sourceHash: string, imageHash?: string): BuiltArticle {
  const notices: BuildNotice[] = [];
  const dateRaw = source.format === "wire" ? source.date?.raw : fields.date;
  if (!dateRaw) throw new ContentError(file, `has no date; add "date: YYYY-MM-DD" to its front matter`, 1);
  const dateLine = source.date?.line;
  const published = parsePublicationDate(dateRaw, zone);
  if (!published.ok) throw new ContentError(file, `date ${published.reason}`, dateLine);
  let modified = published.value;
  if (fields.modified) {
    const parsed = parsePublicationDate(fields.modified, zone);
    if (!parsed.ok) throw new ContentError(file, `modified ${parsed.reason}`);
    if (parsed.value < published.value) throw new ContentError(file, `modified (${fields.modified}) is before the publication date`);
    modified = parsed.value;
  }

  const rawLead = source.textBlocks[0]!;
  const lead = source.lead ?? rawLead;
  let headline = fields.headline ?? source.headline;
  if (!headline) {
    if (source.format === "markdown") throw new ContentError(file, `has no title; add "title: ..." to its front matter`, 1);
    const derived = deriveHeadline(rawLead, source.credit);
    headline = derived.text;
    notices.push({
      file,
      message: derived.acceptable
        ? `has no headline; using "${headline}" made from its lead. Add "headline" to its data file.`
        : `has no headline, and none that meets the headline rules could be made from its lead; using its first clause "${headline}". Add "headline" to its data file.`,
    });
  }
  const credit = source.credit;
  const agency = fields.source ?? credit?.agency;

  const slug = articleSlug(fields.slug ?? headline);
  const { leadHtml, restHtml } = splitLead(source.html);
  const body = keepBodyHtml(leadHtml, restHtml);
  const textBlocks = keepTextBlocks(source.textBlocks);
  const credits = [...source.photoCredits, ...(fields.photoCredit ? [fields.photoCredit] : [])];
  const date = published.value;
  let image: ArticleImage | undefined;
  if (fields.image) {
    if (!imageHash) throw new ContentError(file, `image "${fields.image.file}" was not read`);
    image = { ...fields.image, hash: imageHash };
  }
  const article: Article = {
    sourcePath: file,
    sourceHash,
    format: source.format,
    slug,
    url: `/news/${date.toFormat("yyyy")}/${date.toFormat("MM")}/${date.toFormat("dd")}/${slug}/`,
    headline,
    headlineDerived: !fields.headline && !source.headline,
    published: date,
    modified,
    summary: fields.summary ?? summaryFrom(lead, headline, source.textBlocks),
    // Getters over compact bytes (see body-html.ts); copies of the article keep them as getters (build-site-model.ts).
    get leadHtml() {
      return body.lead();
    },
    get restHtml() {
      return body.rest();
    },
    // Detection reads them once, after which they are kept as bytes (see text-blocks.ts).
    get textBlocks() {
      return textBlocks();
    },
    wordCount: source.textBlocks.reduce((n, block) => n + countWords(block), 0),
    ...(credits.length ? { photoCredit: [...new Set(credits)].join("; ") } : {}),
    ...(image ? { image } : {}),
    ...(fields.byline ? { byline: fields.byline } : {}),
    ...(agency ? { source: agency } : {}),
    ...(credit?.place || credit?.agency ? { dateline: datelineOf(credit) } : {}),
    draft: fields.draft,
    entityOverrides: fields.entityOverrides,
    entities: [],
  };
  return { article, notices };
}

/** What the article page and the editor's report show of the credit; offsets say which part of the lead is credit. */
function datelineOf(credit: WireCredit): ArticleDateline {
  return {
    ...(credit.place ? { place: credit.place } : {}),
    ...(credit.agency ? { agency: credit.agency, agencyIn: credit.agencyIn ?? "dateline" } : {}),
    creditEnd: credit.prefixLength,
    ...(credit.attributionStart !== undefined ? { attributionStart: credit.attributionStart } : {}),
  };
}

/** The lead paragraph as a summary; when it only repeats the headline, the next paragraph. */
function summaryFrom(lead: string, headline: string, blocks: readonly string[]): string {
  if (!sameWords(lead, headline)) return lead;
  return blocks.find((block, i) => i > 0 && !sameWords(block, headline)) ?? lead;
}

/** The lead is the first paragraph when the body opens with one; otherwise there is no separate lead. */
function splitLead(html: string): { leadHtml: string; restHtml: string } {
  if (!html.startsWith("<p>")) return { leadHtml: "", restHtml: html };
  const end = html.indexOf("</p>");
  if (end === -1) return { leadHtml: "", restHtml: html };
  return { leadHtml: html.slice(0, end + 4), restHtml: html.slice(end + 4).trim() };
}

/** Words are runs of non-space characters; counted without building arrays (every article, every build). */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
