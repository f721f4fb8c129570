/**
 * The search index: Pagefind reads the built pages and writes its bundle (index, UI, WebAssembly)
 * into `<site>/pagefind/`. Only article pages carry `data-pagefind-body`, so only they become
 * results; their entity chips are the "person" and "organisation" filters.
 */
import path from "node:path";
import * as pagefind from "pagefind";
import { notArticleText } from "../../_includes/pages/article.11ty.ts";

export interface SearchIndexResult {
  /** Pages in the index. */
  readonly pages: number;
}

/** Article pages: /news/YYYY/MM/DD/<slug>/index.html. */
const articlePagesGlob = "news/*/*/*/*/index.html";

/** Indexes that are being built right now: the Pagefind service is closed when the last one ends. */
let running = 0;

/** Indexes the pages of `siteDir` into `bundleDir` (its own pagefind/ folder unless told otherwise). */
export async function writeSearchIndex(siteDir: string, bundleDir = path.join(path.resolve(siteDir), "pagefind")): Promise<SearchIndexResult> {
  running++;
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...notArticleText] });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    try {
      // Only article pages are results; reading only them (not the entity pages, lists and
      // archives, which outnumber them) roughly halves the indexing time of a large site.
      const added = await index.addDirectory({ path: path.resolve(siteDir), glob: articlePagesGlob });
      if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join("; ")}`);
      const written = await index.writeFiles({ outputPath: bundleDir });
      if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join("; ")}`);
      return { pages: added.page_count };
    } finally {
      await index.deleteIndex();
    }
  } finally {
    // The service is a child process: closed, so that a build command can exit.
    if (--running === 0) await pagefind.close();
  }
}
