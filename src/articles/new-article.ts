import type { DateTime } from "luxon";
import { articleSlug } from "./article-slug.ts";

export interface NewArticle {
  readonly file: string;
  readonly text: string;
  readonly dataFile?: { readonly file: string; readonly text: string };
}

/**
 * The files for a new article; pure, so that it is testable without the clock. Both formats
 * start as drafts (`draft: true`): the build leaves them out until an editor removes the line,
 * so the placeholder paragraphs can never be published by accident.
 */
export function newArticleFiles(headline: string, today: DateTime, format: "md" | "txt"): NewArticle {
  const date = today.toISODate()!;
  const base = `${date}-${articleSlug(headline)}`;
  if (format === "txt") {
    return {
      file: `${base}.txt`,
      text: `date ${date}\nFirst paragraph: who, what, where, when.\n\nSecond paragraph.\n`,
      dataFile: { file: `${base}.11tydata.json`, text: `${JSON.stringify({ headline, draft: true }, null, 2)}\n` },
    };
  }
  const quoted = JSON.stringify(headline);
  return {
    file: `${base}.md`,
    text: `---\ntitle: ${quoted}\ndate: ${date}\nsummary: \ndraft: true\n---\nFirst paragraph: who, what, where, when.\n\nSecond paragraph.\n`,
  };
}
