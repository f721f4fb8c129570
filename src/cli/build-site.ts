import { pageKinds } from "../../_includes/pages/index.ts";
import { findContentError } from "../articles/content-error.ts";
import { createSiteLoader } from "../model/load-site.ts";
import { planBuild } from "../render/plan-build.ts";
import { renderWithEleventy } from "../render/eleventy-render.ts";
import type { Manifest } from "../render/render-plan.ts";
import type { StoredState } from "../model/stored-articles.ts";
import { recordSiteContents, siteContentsOf, type SiteContents } from "./build-summary.ts";
import { currentProgress } from "../progress.ts";
import { keepWithinBudget, returnFreeMemory } from "./return-free-memory.ts";
import { publishSite, underOutputLock } from "../publish/publish-site.ts";
import { searchFolder, writeSiteThenSearchIndex, type SearchIndexFeed } from "./search-index.ts";
import { writeStoredArticles } from "./build-state.ts";
import { refuseUnsafeOutput } from "./output-folder.ts";

export interface BuildOptions {
  readonly input: string;
  readonly output: string;
  /** Build into a non-empty folder that no Wireroom build wrote (its files are deleted). */
  readonly force?: boolean;
  /** Build the Pagefind search index (default true). */
  readonly searchIndex?: boolean;
}


export interface BuildResult {
  readonly files: number;
  readonly milliseconds: number;
}

/** The message a maintainer sees for a failed build: the ContentError alone when there is one. */
export function describeBuildError(error: unknown): string {
  const content = findContentError(error);
  if (content) return content.message;
  const chain: string[] = [];
  let current: unknown = error;
  while (current instanceof Error && chain.length < 5) {
    chain.push(current.message);
    current = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return chain.join("\n  caused by: ") || String(error);
}

/**
 * Pages per Eleventy run. Eleventy keeps every page it rendered (text, input, promise) until
 * its run ends, so a run's memory grows with its pages: runs of 500 kept a 10,000-article
 * build at 724 MiB (1,000 reached 923 MiB, all at once 2.1 GiB), and a run itself costs
 * about 0.05 s.
 */
export const pagesPerRun = 500;

export interface BuildSiteOptions extends BuildOptions {
  /** Pages per Eleventy run (tests use small numbers to cross run boundaries). */
  readonly pagesPerRun?: number;
  /** Article pages per search shard (tests use small numbers to have several). */
  readonly searchShardSize?: number;
  /** Article pages of the newest search shard (tests that compare incremental and full builds keep a site in one shard). */
  readonly searchRecentSize?: number;
}

/**
 * Builds `input` into a new version of the site and publishes it (src/publish/) only when
 * every page and the search index were written: a failed build leaves the previous output
 * exactly as it was.
 */
export async function buildSite({ input, output, force, searchIndex = true, pagesPerRun: perRun = pagesPerRun, searchShardSize, searchRecentSize }: BuildSiteOptions): Promise<BuildResult> {
  const started = performance.now();
  refuseUnsafeOutput({ input, output, force });
  return underOutputLock(output, async () => {
    const rendered = await publishSite(output, async (staging, startCopy) => {
      // The search index is part of the site: built from the staged pages once they are all
      // written and the site model is let go (so that Pagefind's memory and the model's do not
      // add up), published with them. While Pagefind indexes, the spare the next incremental
      // build starts from is made of the pages (spare-version.ts: startSpareCopy); without the
      // search index there is no such wait, and the first incremental build links a version itself.
      const { value: pages, index: search } = searchIndex
        ? await writeSiteThenSearchIndex(staging, { ...(searchShardSize ? { shardSize: searchShardSize } : {}), ...(searchRecentSize ? { recentSize: searchRecentSize } : {}) }, async (feed) => {
            const pages = afterTheModel(await renderPages(input, staging, perRun, feed));
            startCopy([searchFolder]);
            return pages;
          })
        : { value: afterTheModel(await renderPages(input, staging, perRun)), index: undefined };
      return { manifest: pages.manifest, searchPlan: search?.plan, beforePublish: () => writeStoredArticles(input, pages.state), value: pages };
    });
    // For the summary.
    recordSiteContents(rendered.contents);
    return { files: rendered.files, milliseconds: performance.now() - started };
  });
}

/**
 * Once the pages are written the site model is garbage, but V8 collects only when it next needs
 * to, and a build waiting for Pagefind piles its own reads of the pages on top: a
 * 100,000-article build grew from 3.0 to 4.1 GiB in that wait, its peak, and fell to 1.8 GiB
 * only when it collected. Collected at once instead (two full collections, well under a second
 * at 10,000 articles).
 */
function afterTheModel<T>(rendered: T): T {
  returnFreeMemory();
  return rendered;
}

interface RenderedPages {
  readonly manifest: Manifest;
  readonly state: StoredState;
  readonly contents: SiteContents;
  readonly files: number;
}

/**
 * Plans the site once (model, lead images, outputs) and has Eleventy write it into `staging`
 * in runs of `perRun` pages. Returns only what outlives the rendering, so that the model and
 * the pages can be collected as soon as it returns.
 */
async function renderPages(input: string, staging: string, perRun: number, search?: SearchIndexFeed): Promise<RenderedPages> {
  const loader = createSiteLoader();
  const { model, data, plan } = await planBuild(pageKinds, loader, input, staging);
  keepWithinBudget();
  // Planned without a previous manifest: every output of the site is changed.
  const outputs = plan.changed;
  search?.planned(outputs.map((output) => output.outputPath));
  const rendered = (): void => currentProgress().page();
  // The article pages come first (the article kind is the first page kind): their shards are
  // indexed while the other pages render.
  for (let first = 0; first < outputs.length; first += perRun) {
    const run = outputs.slice(first, first + perRun);
    await renderWithEleventy(staging, { data, outputs: run }, rendered);
    search?.written(run.map((output) => output.outputPath));
    keepWithinBudget();
  }
  data.feedBodies?.save();
  return { manifest: plan.manifest, state: loader.store(), contents: siteContentsOf(model), files: outputs.length };
}
