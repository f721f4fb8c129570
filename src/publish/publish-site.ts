/**
 * The publish layer: from "a staging folder holds the complete new site" to "the output path
 * shows it". Builds call two things:
 *
 *   underOutputLock(output, job)   one build at a time per output, after recovering from killed builds
 *   publishSite(output, fill)      fill a new version folder, then publish it with one rename(2)
 *
 * Why a link: `dist` must be, at every instant, the whole old site or the whole new one. A
 * folder cannot be replaced by another in one step (rename(2) will not move a folder over a
 * non-empty one, and Node has no atomic exchange), but a symbolic link can: the new link is
 * made beside the old one and renamed over it, which readers see as one change, the way deploy
 * tools flip "current". Old versions go after the flip but one, the spare the next incremental
 * build starts from (spare-version.ts); a build killed at any point leaves the old link or the
 * new one, and debris the next build removes (clean-debris.ts).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import type { ShardPlan } from "../search/search-shards.ts";
import { markOutputFolder, outputMarker } from "./output-marker.ts";
import type { Manifest } from "../render/render-plan.ts";
import { withOutputLock } from "./build-lock.ts";
import { recoverOutput } from "./clean-debris.ts";
import { failpoint } from "./failpoints.ts";
import type { EarlyCheck } from "./live-check.ts";
import { notePublished } from "./published-version.ts";
import { layoutOf, linkTextFor, liveVersion, newVersionName, outputEntry, versionFolder, type SiteLayout } from "./site-layout.ts";
import { checkFiles, entryOf, readSiteState, recordFiles, removeOtherStates, removeSiteState, siteIdOf, writeSiteState, type FileEntry, type FilesRecord, type SiteState } from "./site-state.ts";
import { dropSpareCopy, keepSpareCopy, spareVersion, startSpareCopy, type SpareCopy } from "./spare-version.ts";

/** Told what recovery and publishing did (default: a notice line on stderr). */
export type Tell = (message: string) => void;
const tellOnStderr: Tell = (message) => console.warn(`[wireroom] ${message}`);

/**
 * Runs `job` holding the output's lock (build-lock.ts), after putting right what killed builds
 * left: a torn publish finished or rolled back, their folders removed.
 */
export function underOutputLock<T>(output: string, job: () => Promise<T>, tell: Tell = tellOnStderr): Promise<T> {
  return withOutputLock(output, async () => {
    const { repaired, removed } = recoverOutput(output);
    for (const message of repaired) tell(message);
    if (removed.length) tell(`removed ${removed.length} leftover${removed.length === 1 ? "" : "s"} of killed builds beside ${output} (${removed.slice(0, 3).join(", ")}${removed.length > 3 ? ", …" : ""})`);
    return job();
  }, { onWait: tell });
}

/** What a filled version holds, besides its files: the build state the next build starts from. */
export interface FilledVersion<T> {
  readonly manifest: Manifest;
  /** The search index's shard plan (absent: the index is stale, the next build indexes it whole). */
  readonly searchPlan?: ShardPlan;
  /** Run when the version is whole, before it is published: caches that are not about the output. */
  readonly beforePublish?: () => void;
  /**
   * The version's files record, when the build can tell it cheaper than a stat of every file
   * (version-record.ts); the marker, written after, is added. Without it, every file is stat-ed.
   */
  readonly files?: () => { readonly files: FilesRecord; readonly madeFrom?: SiteState["madeFrom"] };
  /** Returned by publishSite. */
  readonly value: T;
}

export interface PublishOptions {
  /**
   * A spare version (spare-version.ts) to rename into the new version instead of starting from
   * an empty folder: `fill` then finds the spare's files there, and levels them.
   */
  readonly fromSpare?: string;
}

/**
 * Given to `fill`: starts making the spare of the version being filled, once its files other
 * than `skip` (top-level names) are written (spare-version.ts: startSpareCopy). publishSite keeps
 * the copy as the spare once the version is published, and drops it if anything fails.
 */
export type StartSpareCopy = (skip: readonly string[]) => void;

/**
 * Has `fill` write a complete site into a new version folder, marks it, writes its build state,
 * then publishes it with one rename. If `fill` or the state write fails, the version is removed
 * and the output is exactly as it was; once this returns, the output shows the new site.
 * Call it under underOutputLock.
 */
export async function publishSite<T>(output: string, fill: (staging: string, startCopy: StartSpareCopy) => Promise<FilledVersion<T>>, options: PublishOptions = {}): Promise<T> {
  const layout = layoutOf(output);
  const version = newVersionName();
  const staging = versionFolder(layout, version);
  let filled: FilledVersion<T>;
  let state: SiteState;
  let spareCopy: SpareCopy | undefined;
  const startCopy: StartSpareCopy = (skip) => {
    if (spareCopy) throw new Error("a version has one spare copy");
    spareCopy = startSpareCopy(output, staging, skip);
  };
  try {
    if (options.fromSpare) {
      // One rename; from here the spare is a version without a state: killed, it is debris.
      renameSync(versionFolder(layout, options.fromSpare), staging);
      removeSiteState(output, options.fromSpare);
      failpoint("spare:renamed");
    } else {
      mkdirSync(staging, { recursive: true });
    }
    filled = await fill(staging, startCopy);
    failpoint("publish:version-filled");
    const id = siteIdOf(filled.manifest);
    markOutputFolder(staging, id);
    const record = filled.files?.();
    // The marker is written anew into every version: always among the changed files.
    const madeFrom = record?.madeFrom && { version: record.madeFrom.version, changed: [...new Set([...record.madeFrom.changed, outputMarker])] };
    state = {
      version: 3,
      output: layout.output,
      site: version,
      id,
      ...(madeFrom ? { madeFrom } : {}),
      manifest: filled.manifest,
      ...(filled.searchPlan ? { searchPlan: filled.searchPlan } : {}),
      // The record is the build's to give away (version-record.ts): the marker is added in place, not by a copy of 28,800 entries.
      files: record ? withEntry(record.files, outputMarker, entryOf(path.join(staging, outputMarker))) : recordFiles(staging),
    };
    // The published version's state lends its pack: an edit appends only the chunks of the state it changed (state-pack.ts).
    writeSiteState(state, liveVersion(layout));
    failpoint("publish:state-written");
    filled.beforePublish?.();
    flip(layout, version);
  } catch (error) {
    // Nothing was published: the version and its state go, the output is as it was.
    if (liveVersion(layout) !== version) {
      if (spareCopy) await dropSpareCopy(spareCopy);
      rmSync(staging, { recursive: true, force: true });
      removeOtherStates(output, [liveVersion(layout), spareVersion(layout)]);
    }
    throw error;
  }
  notePublished(output);
  failpoint("publish:flipped");
  // Before the old versions go: until its state is written, the copy is a folder without one, which is debris.
  if (spareCopy) await keepSpareCopy(spareCopy, state);
  retireOthers(layout);
  return filled.value;
}

function withEntry(files: FilesRecord, file: string, entry: FileEntry): FilesRecord {
  files.set(file, entry);
  return files;
}

/** Points the output at `version` with one rename of a new link over it. */
function flip(layout: SiteLayout, version: string): void {
  const link = path.join(layout.builds, `link-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(linkTextFor(layout, version), link);
  failpoint("publish:link-made");
  if (outputEntry(layout).kind !== "folder") {
    renameSync(link, layout.output);
    return;
  }
  // A site from before links (or a folder given with --force) is a real folder: rename(2)
  // cannot put a link over it, so it moves aside first. Between the two renames the output is
  // missing; a build killed there is finished by the next one (clean-debris.ts). Once only.
  const legacy = path.join(layout.builds, `legacy-${process.pid}`);
  rmSync(legacy, { recursive: true, force: true });
  renameSync(layout.output, legacy);
  failpoint("publish:legacy-moved");
  try {
    renameSync(link, layout.output);
  } catch (error) {
    renameSync(legacy, layout.output);
    throw error;
  }
}

/**
 * After a publish: every other version and its state go, but the spare (spare-version.ts): the
 * version published before, which the next incremental build starts from. A failure here only
 * leaves debris for the next build.
 */
function retireOthers(layout: SiteLayout): void {
  try {
    recoverOutput(layout.output);
  } catch (error) {
    console.warn(`[wireroom] the new site is published; old versions beside it could not be removed yet (the next build will): ${(error as Error).message}`);
  }
}

/** The published version with its build state, checked against the files on disk. */
export interface LiveSite {
  readonly folder: string;
  readonly state: SiteState;
  /** Files of the state that are missing or were changed on disk since. */
  readonly damaged: readonly string[];
  /** Files as the state recorded them. */
  readonly intact: readonly string[];
  /**
   * The early check's answer, when it was not awaited (readLiveSite's `late`): until it is
   * (settleLiveSite), `damaged` is empty and `intact` every recorded file, the usual case.
   */
  readonly unchecked?: Promise<readonly string[] | undefined>;
}

/** Options of readLiveSite. */
export interface ReadLiveOptions {
  /**
   * Do not wait for the early check: the site is returned as if intact, with the check's answer
   * in `unchecked`, for the build to fold in when it needs it (settleLiveSite). The check
   * runs on another core meanwhile, and the main thread does not sit idle waiting for it.
   */
  readonly late?: boolean;
}

/**
 * The published site an incremental build can start from, or why there is none. `early`, a
 * check started before the lock (live-check.ts), is used when the output still publishes the
 * version it checked; otherwise, or if it failed, the files are checked here.
 */
export async function readLiveSite(output: string, early?: EarlyCheck, { late = false }: ReadLiveOptions = {}): Promise<LiveSite | { readonly problem: string }> {
  const layout = layoutOf(output);
  const entry = outputEntry(layout);
  if (entry.kind === "missing") return { problem: `there is no site in ${output} yet` };
  if (entry.kind !== "link" || !entry.version) return { problem: `${output} is a folder from before versioned publishing` };
  const folder = versionFolder(layout, entry.version);
  if (!existsSync(folder)) return { problem: `the site ${output} points to is gone` };
  const checked = early?.version === entry.version ? early : undefined;
  const state = checked?.state ?? readSiteState(output, entry.version);
  if (!state) return { problem: `there is no build state for the site published in ${output}` };
  if (!markerNames(folder, state.id)) return { problem: `the site in ${output} is not the one its build state describes` };
  if (checked && late) return { folder, state, damaged: [], intact: state.files.keys(), unchecked: checked.damaged };
  return settleLiveSite({ folder, state, damaged: [], intact: [] }, checked && (await checked.damaged));
}

/**
 * The live site with the early check's answer folded in (awaited if `live` has one pending); a
 * check that failed (no answer) is made here, synchronously, as without a worker.
 */
export async function settleLiveSite(live: LiveSite, answer?: readonly string[]): Promise<LiveSite> {
  const damaged = answer ?? (live.unchecked && (await live.unchecked));
  const { folder, state } = live;
  if (!damaged) return { folder, state, ...checkFiles(folder, state.files) };
  const isDamaged = new Set(damaged);
  // A late check that found nothing keeps the list of every file it was read with.
  const intact = damaged.length === 0 && live.unchecked ? live.intact : state.files.keys().filter((file) => !isDamaged.has(file));
  return { folder, state, damaged, intact };
}

function markerNames(folder: string, id: string): boolean {
  try {
    return readFileSync(path.join(folder, outputMarker), "utf8").includes(`site ${id}\n`);
  } catch {
    return false;
  }
}
