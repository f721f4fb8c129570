import { mkdirSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SiteLoader } from "../model/load-site.ts";
import { pageKinds } from "../../_includes/pages/index.ts";
import { planBuild } from "../render/plan-build.ts";
import { renderOutput, type Manifest } from "../render/render-plan.ts";
import { failpoint } from "../publish/failpoints.ts";
import { publishSite, readLiveSite, settleLiveSite, underOutputLock, type LiveSite } from "../publish/publish-site.ts";
import type { EarlyCheck } from "../publish/live-check.ts";
import { layoutOf } from "../publish/site-layout.ts";
import { levelSpare, linkOrCopy, readSpare, removeEmptyFolders } from "../publish/spare-version.ts";
import { recordAfterChanges, snapshotFolders, type FolderSnapshot } from "../publish/version-record.ts";
import { FilesRecord, firstAtOrAfter } from "../publish/files-record.ts";
import type { BuildOptions } from "./build-site.ts";
import { outputMarker, refuseUnsafeOutput } from "./output-folder.ts";
import { beginSearchUpdate, startSearchService, stopSearchService, searchFolder, type SearchService } from "./search-index.ts";
import { writeStoredArticles } from "./build-state.ts";
import { siteIdAhead } from "../publish/site-state.ts";
import { stepTimer } from "../step-timer.ts";
import type { HelperThread } from "../helper-thread.ts";

export interface IncrementalResult {
  readonly mode: "full" | "incremental";
  /** Files written (all of them in a full build). */
  readonly written: number;
  readonly removed: number;
  readonly milliseconds: number;
  /**
   * Of which waiting for the search index once the site was written (only the shards that hold a
   * changed article page are indexed again, mostly while the edit renders).
   */
  readonly searchMilliseconds?: number;
  /** Why the whole site was built (mode "full"), or what was repaired: for the command to tell. */
  readonly reason?: string;
}

/**
 * Rebuilds only what changed since the last build into the same output. The new version of
 * the site starts as hard links to the files of the published one that are on disk as its
 * build state recorded them: the spare version (the one published before) renamed and levelled
 * with it when there is one (src/publish/spare-version.ts), a new folder of links otherwise;
 * every output whose fingerprint moved (or whose file was deleted
 * or changed by hand) is rendered by the same page kinds Eleventy uses and written into it,
 * the pages of deleted articles are removed, the search shards they touch are indexed again,
 * and the version is published whole (src/publish/): bad input, a render error or a kill
 * leaves the output untouched.
 *
 * Without a published site and its build state, or when files that cannot be rendered one by
 * one were changed, this is a full build, and says why.
 */
export interface IncrementalOptions extends BuildOptions {
  /**
   * Refresh the search index (default): the shards that hold a written or removed article page
   * are indexed again; a quick preview may skip it and leave the previous index until the next build.
   */
  readonly searchIndex?: boolean;
}

/**
 * `early`: the check of the published site, started before the lock (src/publish/live-check.ts),
 * so that it runs on another core while the store of articles is read; its answer is taken only
 * after planning (see attempt). `helper`: the command's helper thread (src/helper-thread.ts),
 * for the spare's chores too.
 */
export async function buildIncremental(options: IncrementalOptions, loader: SiteLoader, early?: EarlyCheck, helper?: HelperThread): Promise<IncrementalResult> {
  // Pagefind's service starts now, while the site model loads, rather than in the search step (on
  // the helper thread, once the stats there are made); closed at the end if no shard needed it.
  const search = options.searchIndex !== false ? startSearchService(helper) : undefined;
  try {
    return await buildIncrementalFrom(options, loader, search, early, helper);
  } finally {
    if (search) await stopSearchService(search);
  }
}

async function buildIncrementalFrom({ input, output, force }: IncrementalOptions, loader: SiteLoader, search: SearchService | undefined, early: EarlyCheck | undefined, helper: HelperThread | undefined): Promise<IncrementalResult> {
  const started = performance.now();
  const step = stepTimer("incremental");
  refuseUnsafeOutput({ input, output, force });
  return underOutputLock(output, async () => {
    // The early check (on a worker) is not waited for here: the version is levelled and planned
    // as if the published files were intact, the usual case, and the answer is taken after
    // planning, by when the worker has long finished (see attempt).
    const live = await readLiveSite(output, early, { late: true });
    step("manifest read");
    return attempt(live);
  });

  /**
   * One go at the build from `live`. When the late check finds damage, the version made so far
   * (levelled with files that may be damaged, planned without their outputs) is discarded, as
   * after any failure, and the build goes again from the settled site: damage is rare, and a
   * second plan costs less than a main thread idle for the check on every build.
   */
  async function attempt(live: LiveSite | { readonly problem: string }): Promise<IncrementalResult> {
    const start = "problem" in live ? { problem: live.problem } : startFrom(live);
    if ("problem" in start) {
      // Loaded only here: Eleventy takes longer to import than a small rebuild takes to run.
      const { buildSite } = await import("./build-site.ts");
      const full = await buildSite({ input, output, force });
      return { mode: "full" as const, written: full.files, removed: 0, milliseconds: performance.now() - started, reason: start.problem };
    }
    let searchMilliseconds: number | undefined;
    const spare = readSpare(layoutOf(output), start.live.state);
    step("spare read");
    // A failed build waits for it too, so that it leaves nothing behind.
    let discarding: Promise<void> = Promise.resolve();
    const result = await publishSite(output, async (staging, startCopy) => {
      const liveFiles = start.live.state.files;
      const intact = start.live.intact;
      // Every file the build itself did not make the same as the published one: stat-ed for the record.
      let levelled: ReturnType<typeof levelSpare> | undefined;
      let copied: readonly string[];
      // A published file deleted by hand, which the check not yet taken would have left out.
      const damageFoundLate = async (error: unknown): Promise<never> => {
        if (start.live.unchecked && (error as NodeJS.ErrnoException).code === "ENOENT") throw new DamageFoundLate(await settleLiveSite(start.live));
        throw error;
      };
      try {
        // The search index's files are linked on another thread while the site model loads: nothing
        // looks at them before the search update (a re-indexed shard's 2,100 links, 0.1 s under load).
        levelled = spare ? levelSpare(staging, spare, { folder: start.live.folder, files: liveFiles, intact, damaged: start.live.damaged }, { linkLater: [`${searchFolder}/`], ...(helper ? { helper } : {}) }) : undefined;
        copied = levelled ? levelled.copied : linkFiles(start.live.folder, staging, intact);
      } catch (error) {
        await levelled?.linked.catch(() => undefined);
        return damageFoundLate(error);
      }
      const linkedLater = levelled?.linked ?? Promise.resolve([]);
      if (levelled) discarding = levelled.discarded;
      const touched = new Set<string>(copied);
      failpoint("incremental:linked");
      step(spare ? "level the spare version" : "link previous site");
      // Without damage (the usual case) the published record is the start, as it is: a copy of
      // its 28,800 entries cost a one-edit build about 10–30 ms. recordAfterChanges updates it in
      // place, so nothing reads the live files record after that.
      const startRecord = start.live.damaged.length === 0 ? liveFiles : FilesRecord.fromEntries(intact.map((file) => [file, liveFiles.get(file)!] as const));
      // Folders of damaged files too: levelling may leave such a folder empty, and a file written into it later must be seen.
      const records = [liveFiles, spare && "files" in spare ? spare.files : [], spare && "changed" in spare ? spare.changed : []];
      // Per folder, so that each snapshot looks only at its own (the search index's 10,500 files are not passed over for the images').
      const imagesBelow = filesBelow([imagesFolder], records);
      const searchBelow = filesBelow([searchFolder], records);
      const below = [...searchBelow, ...imagesBelow];
      let watched: FolderSnapshot;
      let build: Awaited<ReturnType<typeof planBuild>>["data"];
      let plan: Awaited<ReturnType<typeof planBuild>>["plan"];
      try {
        // The lead images' folders before the plan writes into them; the search index's once its links are made.
        const images = snapshotFolders(staging, [imagesFolder], imagesBelow);
        ({ data: build, plan } = await planBuild(pageKinds, loader, input, staging, { previous: start.previous, step }));
        if (start.live.unchecked) {
          const settled = await settleLiveSite(start.live);
          step("live check taken");
          if (settled.damaged.length) throw new DamageFoundLate(settled);
        }
        for (const file of await linkedLater.catch(damageFoundLate)) touched.add(file);
        watched = new Map([...images, ...snapshotFolders(staging, [searchFolder], searchBelow)]);
      } catch (error) {
        // Nothing may still be linking into the version when it is removed.
        await linkedLater.catch(() => undefined);
        throw error;
      }

      // The one render without Eleventy: the same planned outputs through the same renderOutput as
      // every Eleventy run, written here directly, because loading and starting Eleventy would cost
      // more than the rest of a one-edit rebuild (measured in the README's architecture section).
      const touchesSearch = plan.changed.some((item) => item.outputPath.endsWith(".html")) || plan.removed.length > 0;
      let searchPlan = start.searchPlan;
      // The search shards of the edit are indexed (in Pagefind's thread) while the rest renders and is written.
      const searchUpdate = search && (touchesSearch || !searchPlan) ? beginSearchUpdate(search, staging, { changed: plan.changed.map((item) => item.outputPath), removed: plan.removed }, { previous: searchPlan }) : undefined;
      let rendered: { outputPath: string; text: string }[];
      let retiredBundlesRemoved: Promise<void> = Promise.resolve();
      try {
        const waited = searchUpdate?.waitsFor ?? new Set<string>();
        const order = [...plan.changed.filter((item) => waited.has(item.outputPath)), ...plan.changed.filter((item) => !waited.has(item.outputPath))];
        rendered = order.map((item) => {
          const text = renderOutput(item, build);
          searchUpdate?.rendered(item.outputPath, text);
          return { outputPath: item.outputPath, text };
        });
        build.feedBodies?.save();
        step("render");
        writeChanges(staging, rendered, plan.removed);
        failpoint("incremental:written");
        step("write");
        // A build that rewrote most of the site (new code, an edited registry) leaves the
        // published version sharing few files with the one it was made from, which would be the
        // spare: the next edit would level thousands of files (4.4 s after 18,300 pages at
        // 10,000 articles). As a full build does, it makes a spare of its own version while
        // Pagefind indexes (src/publish/spare-version.ts: startSpareCopy).
        if (searchUpdate && rewritesMost(rendered.length + plan.removed.length, plan.manifest)) startCopy([searchFolder]);
        const searchStarted = performance.now();
        // The store of articles is written while Pagefind indexes (in its own process), not after
        // the state, where the main thread had nothing else to do (22 ms of a body edit's publish on a quiet machine).
        // A cache of the sources, not of the output: a build that fails or is killed from here on
        // leaves it ahead of the published site, as one killed before the flip always did.
        // The site id too: the manifest is final once planned.
        const idMade = siteIdAhead(plan.manifest);
        writeStoredArticles(input, loader.store());
        failpoint("incremental:articles-stored");
        step("store of articles written");
        if (searchUpdate) {
          const finished = await searchUpdate.finish();
          searchPlan = finished.plan;
          retiredBundlesRemoved = finished.retiredRemoved;
          searchMilliseconds = performance.now() - searchStarted;
        } else if (touchesSearch) {
          // Left stale (--no-search-index): without a plan, the next build indexes everything again.
          searchPlan = undefined;
        }
        await idMade;
        step("search index");
      } catch (error) {
        await searchUpdate?.abandon();
        throw error;
      }
      // The spare's old files were being removed meanwhile, and the search bundles the update replaced; the build state is written once they are gone.
      await Promise.all([discarding, retiredBundlesRemoved]);
      step("spare's old files removed");
      for (const { outputPath } of rendered) touched.add(outputPath);
      for (const outputPath of plan.removed) touched.add(outputPath);
      return {
        manifest: plan.manifest,
        searchPlan,
        files: () => {
          const { files, changed } = recordAfterChanges(staging, startRecord, touched, watched, below);
          // What the next build levels its spare (this build's published site) by: the damaged files left out of startRecord differ too.
          return { files, madeFrom: { version: start.live.state.site, changed: [...changed, ...start.live.damaged] } };
        },
        value: { written: rendered.length, removed: plan.removed.length },
      };
    }, spare ? { fromSpare: spare.name } : {})
      .catch((error: unknown) => {
        // publishSite removed the version; the spare went with it, the next go links instead.
        if (error instanceof DamageFoundLate) return error;
        throw error;
      })
      .finally(() => discarding);
    if (result instanceof DamageFoundLate) return attempt(result.live);
    step("publish");
    return {
      mode: "incremental" as const,
      ...result,
      milliseconds: performance.now() - started,
      ...(searchMilliseconds === undefined ? {} : { searchMilliseconds }),
      ...(start.repaired ? { reason: start.repaired } : {}),
    };
  }
}

/** Thrown out of a version's fill when the late check of the published site found damage: the build goes again from `live`. */
class DamageFoundLate extends Error {
  constructor(readonly live: LiveSite) {
    super(`${live.damaged.length} files of the published site were found damaged after planning`);
  }
}

interface StartingPoint {
  readonly live: LiveSite;
  /** The manifest of the published site, without the outputs that are missing or changed on disk. */
  readonly previous: Manifest;
  readonly searchPlan: LiveSite["state"]["searchPlan"];
  /** What was found damaged and will be rebuilt. */
  readonly repaired?: string;
}

/**
 * Decides how a damaged published site is repaired: a missing or changed page or feed is
 * rendered again (it is left out of the previous manifest), a damaged lead image is copied
 * again from the image cache (every build does), a damaged search bundle has the index written
 * whole, the marker is written anew anyway; anything else needs a full build.
 */
function startFrom(live: LiveSite): StartingPoint | { problem: string } {
  const outputs = live.state.manifest.outputs;
  const pages = live.damaged.filter((file) => file in outputs);
  const search = live.damaged.filter((file) => file.startsWith(`${searchFolder}/`));
  const images = live.damaged.filter((file) => file.startsWith("img/"));
  // The marker is written afresh into every version.
  const other = live.damaged.filter((file) => !(file in outputs) && !search.includes(file) && !images.includes(file) && file !== outputMarker);
  const named = (files: readonly string[]): string => `${files.slice(0, 3).join(", ")}${files.length > 3 ? ` and ${files.length - 3} more` : ""}`;
  if (other.length) return { problem: `files of the published site were deleted or changed on disk (${named(other)})` };
  // Without damaged pages (the usual case) the published manifest is the previous one as it is:
  // planRender only reads it, and a filtered copy of its 28,800 outputs is a whole-site pass for nothing.
  const left = new Set(pages);
  const previous: Manifest = left.size === 0 ? live.state.manifest : { ...live.state.manifest, outputs: Object.fromEntries(Object.entries(outputs).filter(([file]) => !left.has(file))) };
  const repaired = live.damaged.length ? `rebuilt ${live.damaged.length} file${live.damaged.length === 1 ? "" : "s"} of the published site that were deleted or changed on disk (${named(live.damaged)})` : undefined;
  return { live, previous, searchPlan: search.length ? undefined : live.state.searchPlan, ...(repaired ? { repaired } : {}) };
}

/**
 * Without a spare: the new version starts as hard links to the published one's intact files
 * (copies where links are not possible: those are returned, their entries are their own).
 */
function linkFiles(from: string, to: string, files: readonly string[]): string[] {
  const made = new Set<string>();
  const copied: string[] = [];
  for (const file of files) {
    const target = path.join(to, file);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    if (!linkOrCopy(path.join(from, file), target)) copied.push(file);
  }
  return copied;
}

/** Whether `written` outputs (rendered or removed) are more than half of the site's. */
function rewritesMost(written: number, manifest: Manifest): boolean {
  const total = manifest.articles?.outputs ?? Object.keys(manifest.outputs).length;
  return written * 2 > total;
}

/** The lead images' folder: with the search index's, the folders that code other than this file writes into while filling a version. */
const imagesFolder = "img";

/**
 * The paths of `records` (files records, or lists of paths: a spare levelled by the published
 * version's changes) below `folders`: all snapshotFolders looks at. A record's paths are sorted,
 * so those below a folder are one run of them, found by two binary searches instead of a look at
 * each of the 28,800 (4–30 ms at 10,000 articles).
 */
function filesBelow(folders: readonly string[], records: readonly (FilesRecord | readonly string[])[]): string[] {
  const prefixes = folders.map((folder) => `${folder}/`);
  const found: string[] = [];
  for (const record of records) {
    if (record instanceof FilesRecord) {
      const paths = record.keys();
      for (const prefix of prefixes) {
        // "0" follows "/" in code-unit order: every path starting with the prefix sorts before prefix-less-slash + "0".
        const end = `${prefix.slice(0, -1)}0`;
        for (let i = firstAtOrAfter(paths, prefix); i < paths.length && paths[i]! < end; i++) found.push(paths[i]!);
      }
      continue;
    }
    for (const file of record) if (prefixes.some((prefix) => file.startsWith(prefix))) found.push(file);
  }
  return found;
}

/**
 * Writes the rendered files into the new version and deletes the removed ones. A file there may
 * be a hard link to the published one: it is removed first, never written through.
 */
function writeChanges(staging: string, rendered: readonly { outputPath: string; text: string }[], removed: readonly string[]): void {
  const made = new Set<string>();
  for (const { outputPath, text } of rendered) {
    const target = path.join(staging, outputPath);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    unlinkIfThere(target);
    writeFileSync(target, text);
  }
  for (const outputPath of removed) {
    unlinkIfThere(path.join(staging, outputPath));
    removeEmptyFolders(staging, path.dirname(outputPath));
  }
}

/** Removes a file if it is there: an unlink, where rmSync goes through a JavaScript rimraf (an lstat, then the unlink) for each. */
function unlinkIfThere(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}
