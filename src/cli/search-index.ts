/**
 * The search index: Pagefind reads the built article pages (only they carry
 * `data-pagefind-body`; their entity chips are the "person" and "organisation" filters) and
 * writes one bundle per shard (search-shards.ts), so that its memory grows with the shard, not
 * with the site. The published layout, under `<site>/pagefind/`:
 *
 *   pagefind-ui.js, pagefind-ui.css   Pagefind's UI, which the search page loads
 *   bundles.json                      the shard bundles, in order, for the search page to merge
 *   0/, 1/, …                         one Pagefind bundle per shard, named by the shard's id
 *
 * The shard plan (which page is in which shard) is returned to the caller, which keeps it in
 * the build state of the site version (src/publish/site-state.ts), so that an incremental build
 * re-indexes only the shards it touched. The site folder given here is always a version being
 * built, never the published one: the publish layer publishes it whole.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import type * as Pagefind from "pagefind";
import { notArticleText } from "../../_includes/pages/article.11ty.ts";
import { failpoint } from "../publish/failpoints.ts";
import { tiePagefindToThisProcess } from "../publish/tied-children.ts";
import { startPagefindThread, type PagefindThread } from "./pagefind-thread.ts";
import type { HelperThread } from "../helper-thread.ts";
import { prepareWhole, writeWhole, type PreparedFile } from "../publish/write-whole.ts";
import { stepTimer } from "../step-timer.ts";
import { defaultShardSize, isArticlePage, planDigest, planShards, updateShards, type PageChange, type Shard, type ShardPlan } from "../search/search-shards.ts";

export interface SearchIndexResult {
  /** Pages in the index. */
  readonly pages: number;
  /** Shard bundles in the index. */
  readonly shards: number;
  /** Shard bundles this call wrote (all of them in a full index). */
  readonly indexed: number;
  /** The plan the index was written from: build state, for the next update. */
  readonly plan: ShardPlan;
}

export interface SearchIndexOptions {
  /**
   * Most article pages per shard. A full index uses this or the default; an update keeps the
   * size of the plan it updates unless told otherwise (another size means a full index).
   */
  readonly shardSize?: number;
  /** Most article pages of the newest shard of a full index (planShards' `recent`); an update keeps its plan's. */
  readonly recentSize?: number;
  /** The plan of the index `siteDir` holds (an update): without it, or if it does not match the index, everything is indexed. */
  readonly previous?: ShardPlan | undefined;
}

/** The site folder Pagefind's files live in, and the list of bundles in it (the search page reads it). */
export const searchFolder = "pagefind";
export const bundleListFile = "bundles.json";

/** Pagefind's UI files, the same in every bundle: kept once, beside the list. */
const uiFiles = ["pagefind-ui.js", "pagefind-ui.css"] as const;
/** The other UIs Pagefind writes into every bundle; the site uses none of them. */
const unusedFiles = ["pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js"] as const;

interface BundleList {
  readonly version: 1;
  /** Bundle folders relative to the list, in merge order. */
  readonly bundles: readonly string[];
  /** planDigest of the plan the bundles were written from. */
  readonly plan: string;
}

/** Indexes every article page of `siteDir` afresh, shard by shard, and swaps the new index in whole. */
export async function writeSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexResult> {
  const site = path.resolve(siteDir);
  return (await exclusive(() => writeAll(site, options, finishedSite(site)))).index;
}

/**
 * Re-indexes only the shards that hold a changed or removed article page (other paths are
 * ignored). Without a stored plan that matches the published index, indexes everything.
 */
export function updateSearchIndex(siteDir: string, change: PageChange, options: SearchIndexOptions = {}): Promise<SearchIndexResult> {
  return exclusive(() => update(path.resolve(siteDir), change, options));
}

/** The writer of a site that is already on disk: every article page planned and written at once. */
function finishedSite(site: string): (feed: SearchIndexFeed) => Promise<void> {
  return async (feed) => {
    const pages = listArticlePages(site);
    feed.planned(pages);
    feed.written(pages);
  };
}

/**
 * What a full index is told while its site is being written: every output the site will have,
 * once, before any is written; then, as often as the writer likes, the outputs now on disk.
 * Outputs other than article pages are ignored.
 */
export interface SearchIndexFeed {
  planned(outputPaths: readonly string[]): void;
  written(outputPaths: readonly string[]): void;
}

/**
 * A full index of the site `writeSite` writes into `siteDir`, indexed once the site is written
 * and the writer has let go of its site model: Pagefind's memory grows with the shard (about
 * 500 MB for 2,000 pages) and the writer's with the site (up to its 800 MiB budget), and when
 * Pagefind indexed each shard as soon as its pages were on disk, the two peaks added up to
 * 1,100–1,213 MiB at 10,000 articles (the README's search section). The overlap that bought
 * was small: the render's loop turns only between Eleventy runs, so most pages reached Pagefind
 * after the last one was written anyway. The feed still says which pages the site will have
 * before any is written, so that a page planned but never written fails the build. The bundles
 * are the same bytes as an index of the finished site: each shard's pages go to Pagefind in the
 * plan's order; Pagefind holds one shard's index at a time.
 */
export async function writeSiteThenSearchIndex<T>(siteDir: string, options: SearchIndexOptions, writeSite: (feed: SearchIndexFeed) => Promise<T>): Promise<{ readonly value: T; readonly index: SearchIndexResult }> {
  return exclusive(() => writeAll(path.resolve(siteDir), options, writeSite));
}

async function writeAll<T>(site: string, options: SearchIndexOptions, writeSite: (feed: SearchIndexFeed) => Promise<T>): Promise<{ value: T; index: SearchIndexResult }> {
  const size = options.shardSize ?? defaultShardSize;
  const fresh = path.join(site, `.${searchFolder}-next-${process.pid}`);
  const current = path.join(site, searchFolder);
  const retired = path.join(site, `.${searchFolder}-old-${process.pid}`);
  rmSync(fresh, { recursive: true, force: true });
  try {
    mkdirSync(fresh, { recursive: true });
    const { value, plan } = await withPagefind(async (indexPages) => {
      let plan: ShardPlan | undefined;
      // Article pages planned and not yet on disk.
      const unwritten = new Set<string>();
      const feed: SearchIndexFeed = {
        planned(outputPaths) {
          if (plan) throw new Error("the search index was planned twice");
          plan = planShards(outputPaths.filter(isArticlePage), size, options.recentSize);
          for (const shard of plan.shards) for (const page of shard.pages) unwritten.add(page);
        },
        written(outputPaths) {
          if (!plan) throw new Error("pages were written before the search index was planned");
          for (const page of outputPaths) unwritten.delete(page);
        },
      };
      // WIREROOM_TIMINGS: the site, then the index.
      const step = stepTimer("search");
      const value = await writeSite(feed);
      step("site written");
      if (!plan) throw new Error("the site was written without planning its search index");
      if (unwritten.size) throw new Error(`${unwritten.size} article pages were planned but never written (${[...unwritten].slice(0, 3).join(", ")})`);
      for (const shard of plan.shards) {
        const bundle = path.join(fresh, String(shard.id));
        await indexPages(site, shard.pages, bundle);
        takeUiFiles(bundle, fresh);
      }
      step("shards indexed");
      if (plan.shards.length === 0) {
        // No articles: the search page still loads Pagefind's UI, which an empty run provides.
        const empty = path.join(fresh, ".empty");
        await indexPages(site, [], empty);
        takeUiFiles(empty, fresh);
        rmSync(empty, { recursive: true, force: true });
      }
      return { value, plan };
    });
    writeBundleList(fresh, plan);
    failpoint("search:bundles-written");
    rmSync(retired, { recursive: true, force: true });
    const hadIndex = existsSync(current);
    if (hadIndex) renameSync(current, retired);
    try {
      renameSync(fresh, current);
    } catch (error) {
      if (hadIndex) renameSync(retired, current);
      throw error;
    }
    return { value, index: { pages: countPages(plan), shards: plan.shards.length, indexed: plan.shards.length, plan } };
  } finally {
    rmSync(fresh, { recursive: true, force: true });
    rmSync(retired, { recursive: true, force: true });
  }
}

async function update(site: string, change: PageChange, options: SearchIndexOptions): Promise<SearchIndexResult> {
  const previous = options.previous;
  const folder = path.join(site, searchFolder);
  if (!previous || !planHolds(folder, previous, options)) return (await writeAll(site, options, finishedSite(site))).index;

  const { plan, dirty, dropped } = updateShards(previous, { changed: change.changed.filter(isArticlePage), removed: change.removed.filter(isArticlePage) });
  if (dirty.length === 0 && dropped.length === 0) return { pages: countPages(plan), shards: plan.shards.length, indexed: 0, plan };

  // Every new bundle is written beside the published ones first: a failed run changes nothing.
  const fresh = new Map(dirty.map((id) => [id, path.join(folder, `.${id}.next-${process.pid}`)]));
  const retired: string[] = [];
  try {
    await withPagefind(async (indexPages) => {
      for (const shard of plan.shards) {
        const bundle = fresh.get(shard.id);
        if (bundle === undefined) continue;
        rmSync(bundle, { recursive: true, force: true });
        await indexPages(site, shard.pages, bundle);
      }
    });
    putBundlesInPlace(folder, fresh, dropped, () => writeBundleList(folder, plan), retired);
  } finally {
    for (const bundle of fresh.values()) rmSync(bundle, { recursive: true, force: true });
    for (const old of retired) rmSync(old, { recursive: true, force: true });
  }
  return { pages: countPages(plan), shards: plan.shards.length, indexed: dirty.length, plan };
}

/** `cancelled`: asked between pages; when it answers yes the run stops with an error. */
type IndexPages = (site: string, pages: readonly string[], bundleDir: string, cancelled?: () => boolean) => Promise<void>;

/**
 * Runs `job` with one Pagefind service for all its shards, closed at the end. Each shard is an
 * index of its own, deleted once its bundle is written, so that the service's memory is that of
 * one shard at a time; one service rather than one per shard saves a process start and its
 * loading per shard, which small shards would otherwise pay over and over.
 */
async function withPagefind<T>(job: (indexPages: IndexPages) => Promise<T>): Promise<T> {
  // Pagefind's service is a child process that Node does not wait for. If it dies (it panics on
  // ENOSPC) its answers never come and Node would exit without a word when nothing else is left
  // to do; closing it then fails the pending calls, so that the build fails and says so.
  let stopped = false;
  const whenStalled = (): void => {
    stopped = true;
    void closeService();
  };
  process.once("beforeExit", whenStalled);
  try {
    tiePagefindToThisProcess();
    return await job((site, pages, bundleDir, cancelled = () => false) => indexPages(site, pages, bundleDir, () => stopped, cancelled));
  } catch (error) {
    if (stopped) throw new Error("Pagefind stopped before it finished the search index (its own message is above)", { cause: error });
    throw error;
  } finally {
    process.off("beforeExit", whenStalled);
    // The service is a child process: closed, so that its memory is returned and a build command can exit.
    await closeService();
  }
}

/** Pagefind's settings for every shard. */
const indexConfig = { excludeSelectors: [...notArticleText] };

/**
 * Pagefind's service for one one-edit build, on another thread (src/cli/pagefind-thread.ts: the command's helper thread),
 * started with the command: the process start and Pagefind's loading overlap the site model, and
 * the edited shard's pages go to Pagefind while the rest of the edit renders.
 */
export interface SearchService {
  readonly thread: PagefindThread;
}

/**
 * Starts the service of a one-edit build, on the command's helper thread when it has one (see
 * pagefind-thread.ts); stopSearchService ends it, whether it was used or not.
 */
export function startSearchService(helper?: HelperThread): SearchService {
  // Tied before the spawn (the thread starts Pagefind with this process's environment): a service started untied would outlive a killed build.
  tiePagefindToThisProcess();
  return { thread: startPagefindThread({ pagefindUrl: import.meta.resolve("pagefind"), config: indexConfig, pagesInFlight, unusedFiles }, helper) };
}

export function stopSearchService(service: SearchService): Promise<void> {
  return service.thread.close();
}

/**
 * An update of the search index begun before the edit's outputs are rendered: the shards to
 * index again are known from the plan, their unchanged pages go to Pagefind at once, and each
 * edited page as soon as it is handed over.
 */
export interface SearchUpdate {
  /** Pages whose text the update waits for: render them first. */
  readonly waitsFor: ReadonlySet<string>;
  /** Hands over a rendered output (ignored unless the update waits for it), the text written to disk. */
  rendered(outputPath: string, text: string): void;
  /**
   * Once every output is on disk: waits for the shards and puts their bundles in place. The
   * bundles they replace are removed after it returns (`retiredRemoved`), on libuv's threads, so
   * that the build does not wait for them before it goes on: await it before the version's files
   * are recorded or published.
   */
  finish(): Promise<SearchIndexResult & { readonly retiredRemoved: Promise<void> }>;
  /** The build failed: stops the shards and removes their unfinished bundles. */
  abandon(): Promise<void>;
}

/**
 * Begins updateSearchIndex's work for the outputs `change` names, before they are rendered.
 * Without a stored plan that matches the published index, finish() indexes everything (from disk, once the site is written).
 */
export function beginSearchUpdate(service: SearchService, siteDir: string, change: PageChange, options: SearchIndexOptions = {}): SearchUpdate {
  const site = path.resolve(siteDir);
  const previous = options.previous;
  const folder = path.join(site, searchFolder);
  if (!previous || !planHolds(folder, previous, options)) {
    return { waitsFor: new Set(), rendered: () => undefined, finish: async () => ({ ...(await updateSearchIndex(site, change, options)), retiredRemoved: Promise.resolve() }), abandon: async () => undefined };
  }
  const { plan, dirty, dropped } = updateShards(previous, { changed: change.changed.filter(isArticlePage), removed: change.removed.filter(isArticlePage) });
  const result: SearchIndexResult = { pages: countPages(plan), shards: plan.shards.length, indexed: dirty.length, plan };
  const changed = new Set(change.changed);
  const fresh = new Map(dirty.map((id) => [id, path.join(folder, `.${id}.next-${process.pid}`)]));
  const waitsFor = new Set<string>();
  const jobs: Promise<void>[] = [];
  if (fresh.size) failpoint("search:indexing");
  for (const shard of plan.shards) {
    const bundle = fresh.get(shard.id);
    if (bundle === undefined) continue;
    rmSync(bundle, { recursive: true, force: true });
    const pending = shard.pages.filter((page) => changed.has(page));
    for (const page of pending) waitsFor.add(page);
    const job = service.thread.index({ site, pages: shard.pages, bundleDir: bundle, pending });
    // Awaited in finish() or abandon().
    job.catch(() => undefined);
    jobs.push(job);
  }
  const removeFresh = (): void => {
    for (const bundle of fresh.values()) rmSync(bundle, { recursive: true, force: true });
  };
  return {
    waitsFor,
    rendered(outputPath, text) {
      if (waitsFor.has(outputPath)) service.thread.page(outputPath, text);
    },
    async finish() {
      const retired: string[] = [];
      const swapping = fresh.size > 0 || dropped.length > 0;
      // The bundle list is written (and flushed) while Pagefind writes the bundles, not after them.
      const list = swapping ? prepareBundleList(folder, plan) : undefined;
      try {
        await Promise.all(jobs);
        if (list) putBundlesInPlace(folder, fresh, dropped, list.putInPlace, retired);
      } catch (error) {
        list?.discard();
        removeFresh();
        for (const old of retired) rmSync(old, { recursive: true, force: true });
        throw error;
      }
      removeFresh();
      const retiredRemoved = Promise.all(retired.map((old) => rm(old, { recursive: true, force: true }))).then(() => undefined);
      return { ...result, retiredRemoved };
    },
    async abandon() {
      service.thread.abandon();
      await Promise.allSettled(jobs);
      removeFresh();
    },
  };
}

/**
 * Pagefind's Node API for the full index and updateSearchIndex, imported when they first run:
 * a one-edit build drives Pagefind from its thread (pagefind-thread.ts), which imports it there,
 * so its main thread need not load it too.
 */
let pagefindApi: Promise<typeof Pagefind> | undefined;

function loadPagefind(): Promise<typeof Pagefind> {
  pagefindApi ??= import("pagefind");
  return pagefindApi;
}

async function closeService(): Promise<void> {
  // Never imported here, no service was started here: nothing to close.
  if (pagefindApi) await (await pagefindApi).close();
}

/**
 * One Pagefind index over `pages` into `bundleDir`. Each page's HTML goes to Pagefind as text
 * (`addHTMLFile`) with the URL Pagefind would give the file on disk, so that a shard needs no
 * folder of its own: the folder of hard links it used to need (a mkdir and a link per page,
 * then removed) cost more than Pagefind's indexing on a loaded machine.
 */
async function indexPages(site: string, pages: readonly string[], bundleDir: string, stopped: () => boolean, cancelled: () => boolean): Promise<void> {
  const { index, errors } = await (await loadPagefind()).createIndex(indexConfig);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    failpoint("search:indexing");
    await addPages(index, site, pages, cancelled);
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join("; ")}`);
  } finally {
    if (!stopped()) await index.deleteIndex();
  }
  // Pagefind decides which pages to keep when it writes (a page without data-pagefind-body is
  // dropped once any page has one): the bundle must hold every page it was given.
  const kept = bundlePageCount(bundleDir);
  if (kept !== pages.length) throw new Error(`Pagefind indexed ${kept} of ${pages.length} article pages of ${site}`);
  for (const file of unusedFiles) rmSync(path.join(bundleDir, file), { force: true });
}

/**
 * Pages in flight to Pagefind at once: its service answers one message after another, so a few
 * queued keep it busy without a round trip between pages, and memory holds only these few.
 * 500 were tried for the full build, where Node's event loop turns rarely while Eleventy renders:
 * no clear gain (13.6 and 25.9 s of indexing left after the site, against 20.5 and 20.7 s with
 * 32; a page goes down the pipe only when the loop turns, whatever is queued) and Node peaked at
 * 839 and 950 MiB instead of 775–783.
 */
const pagesInFlight = 32;

/**
 * Hands every page to the index, a few at a time; a page Pagefind refuses is an error. A page
 * goes by its path (`addDirectory` with a glob naming just that file: Pagefind reads it itself)
 * rather than as text (`addHTMLFile`), which Node must read, escape as JSON and encode as base64
 * and Pagefind decode again: about 1 s of Node's CPU at 10,000 articles. One page a message, in
 * order, because Pagefind takes the pages of a directory in the order the file system lists
 * them, and its bundle bytes depend on the order it is given pages. Both ways give a page the
 * same record (the same URL, computed from the path).
 */
async function addPages(index: Pagefind.PagefindIndex, site: string, pages: readonly string[], cancelled: () => boolean): Promise<void> {
  let next = 0;
  const send = async (): Promise<void> => {
    while (next < pages.length) {
      if (cancelled()) throw new Error(`the search index of ${site} was abandoned`);
      const page = pages[next++]!;
      if (literalGlob.test(page)) {
        const added = await index.addDirectory({ path: site, glob: page });
        if (added.errors.length || added.page_count !== 1) throw new Error(`Pagefind could not index ${page} of ${site}: ${added.errors.join("; ") || `${added.page_count} pages read`}`);
      } else {
        const added = await index.addHTMLFile({ url: pageUrl(page), content: readFileSync(path.join(site, page), "utf8") });
        if (added.errors.length) throw new Error(`Pagefind could not index ${page} of ${site}: ${added.errors.join("; ")}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(pagesInFlight, pages.length) }, send));
}

/** A path that Pagefind's glob syntax matches only literally (no wildcard, brace, class or escape). */
const literalGlob = /^[A-Za-z0-9/._-]+$/;

/** Pages in a written bundle, by its entry file (every language's count). */
function bundlePageCount(bundleDir: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundleDir, "pagefind-entry.json"), "utf8")) as { languages?: Record<string, { page_count: number }> };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + language.page_count, 0);
}

/** The URL Pagefind gives a page it reads from disk: its folder, with index.html dropped. */
function pageUrl(page: string): string {
  return `/${page.slice(0, -"index.html".length)}`;
}

/**
 * Puts freshly indexed shard bundles in place of the published ones, then the bundle list (`putList`).
 * The replaced bundles and the dropped shards' are added to `retired`, for the caller to remove
 * once it is done (also after a failure).
 */
function putBundlesInPlace(folder: string, fresh: ReadonlyMap<number, string>, dropped: readonly number[], putList: () => void, retired: string[]): void {
  for (const [id, bundle] of fresh) {
    const target = path.join(folder, String(id));
    if (existsSync(target)) {
      const old = path.join(folder, `.${id}.old-${process.pid}`);
      rmSync(old, { recursive: true, force: true });
      renameSync(target, old);
      retired.push(old);
    }
    takeUiFiles(bundle, folder);
    renameSync(bundle, target);
  }
  putList();
  for (const id of dropped) retired.push(path.join(folder, String(id)));
}

/** Moves Pagefind's UI files out of a fresh bundle into the search folder (one copy for all shards). */
function takeUiFiles(bundleDir: string, folder: string): void {
  for (const file of uiFiles) renameSync(path.join(bundleDir, file), path.join(folder, file));
}

/** news/YYYY/MM/DD/<slug>/index.html of every article page. */
function listArticlePages(site: string): string[] {
  const pages: string[] = [];
  const walk = (relative: string, depth: number): void => {
    let entries;
    try {
      entries = readdirSync(path.join(site, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const child = `${relative}/${entry.name}`;
      if (depth < 4) walk(child, depth + 1);
      else if (isArticlePage(`${child}/index.html`) && existsSync(path.join(site, child, "index.html"))) pages.push(`${child}/index.html`);
    }
  };
  walk("news", 1);
  return pages;
}

function writeBundleList(folder: string, plan: ShardPlan): void {
  writeWhole(path.join(folder, bundleListFile), bundleListText(plan));
}

function bundleListText(plan: ShardPlan): string {
  const list: BundleList = { version: 1, bundles: plan.shards.map((shard) => `${shard.id}/`), plan: planDigest(plan) };
  return `${JSON.stringify(list)}\n`;
}

/** The bundle list of `plan`, written and flushed now, renamed into place once the bundles are. */
function prepareBundleList(folder: string, plan: ShardPlan): PreparedFile {
  return prepareWhole(path.join(folder, bundleListFile), bundleListText(plan));
}

/** Whether the stored plan can be updated shard by shard: it describes the published index, with the shard size asked for. */
function planHolds(folder: string, previous: ShardPlan, options: SearchIndexOptions): boolean {
  return matchesOutput(folder, previous) && (options.shardSize === undefined || options.shardSize === previous.size);
}

/** The stored plan describes the published index: same digest, and every bundle in place. */
function matchesOutput(folder: string, plan: ShardPlan): boolean {
  try {
    const list = JSON.parse(readFileSync(path.join(folder, bundleListFile), "utf8")) as BundleList;
    return list.version === 1 && list.plan === planDigest(plan) && plan.shards.every((shard) => existsSync(path.join(folder, String(shard.id), "pagefind-entry.json")));
  } catch {
    return false;
  }
}

function countPages(plan: ShardPlan): number {
  return plan.shards.reduce((sum, shard) => sum + shard.pages.length, 0);
}

/**
 * Pagefind runs one at a time in this process: each run closes the shared service when it
 * ends, which would cut off a run that another build (a test, say) started meanwhile.
 */
let queue: Promise<unknown> = Promise.resolve();

function exclusive<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}
