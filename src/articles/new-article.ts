import type { DateTime } from "luxon";
import { articleSlug } from "./article-slug.ts";

export interface NewArticle {
  readonly file: string;
  readonly text: string;
  readonly dataFile?: { readonly file: string; readonly text: string };
}

/** The files for a new article; pure, so that it is testable without the clock. */
export function newArticleFiles(headline: string, today: DateTime, format: "md" | "txt"): NewArticle {
  const date = today.toISODate()!;
  const base = `${date}-${articleSlug(headline)}`;
  if (format === "txt") {
    return {
      file: `${base}.txt`,
      text: `date ${date}\nFirst paragraph: who, what, where, when.\n\nSecond paragraph.\n`,
      dataFile: { file: `${base}.11tydata.json`, text: `${JSON.stringify({ headline }, null, 2)}\n` },
    };
  }
  const quoted = JSON.stringify(headline);
  return {
    file: `${base}.md`,
    text: `---\ntitle: ${quoted}\ndate: ${date}\nsummary: \ndraft: true\n---\nFirst paragraph: who, what, where, when.\n\nSecond paragraph.\n`,
  };
}
