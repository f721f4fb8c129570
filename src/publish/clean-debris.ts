/**
 * Recovery, run by every build (holding the output's lock) before it writes anything: a build
 * killed at any step leaves at most a torn publish and folders of its own, and this puts both
 * right, as `git gc` does for a repository.
 *
 * - A torn publish happens only while a pre-link `dist` folder is replaced by the first link
 *   (two renames, see publish-site.ts), or with the builds before links (`dist` renamed to
 *   `.dist.old-<pid>`, then the staging folder to `dist`). If `dist` is missing, the new link
 *   is put in place when its version is whole, and the old folder is put back otherwise.
 * - Debris: every version but the published one and the spare (spare-version.ts: the newest
 *   other version whose state was written; a version being built belongs to the lock's holder,
 *   which is us, and has no state yet), leftover links, and the staging and retired folders of the builds
 *   before links, of processes that are gone; states of versions that are neither published nor the spare;
 *   temporary files of writes and image encodings whose process is gone.
 */
import { existsSync, readdirSync, readlinkSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { wireroomCacheDir } from "../cache-dir.ts";
import { outputMarker } from "./output-marker.ts";
import { pidExists } from "./process-alive.ts";
import { layoutOf, liveVersion, outputEntry, versionNamed, type SiteLayout } from "./site-layout.ts";
import { removeOtherStates } from "./site-state.ts";
import { spareVersion } from "./spare-version.ts";
import { temporaryFile } from "./write-whole.ts";

export interface Recovery {
  /** What was done to the published output, for the build to tell. */
  readonly repaired: readonly string[];
  /** Files and folders of killed builds that were removed. */
  readonly removed: readonly string[];
}

export function recoverOutput(output: string): Recovery {
  const layout = layoutOf(output);
  const repaired = finishTornPublish(layout);
  const removed = [...removeBuildsDebris(layout), ...removeOldStyleDebris(layout), ...removeCacheDebris(output)];
  return { repaired, removed };
}

function finishTornPublish(layout: SiteLayout): string[] {
  if (outputEntry(layout).kind !== "missing") return [];
  const shown = path.basename(layout.output);
  for (const name of namesIn(layout.builds).filter((n) => n.startsWith("link-"))) {
    const link = path.join(layout.builds, name);
    const version = versionNamed(layout, readLinkText(link));
    if (version && existsSync(path.join(layout.builds, version, outputMarker))) {
      renameSync(link, layout.output);
      return [`${shown} was missing (a build was killed while publishing): published the complete site that build had made`];
    }
  }
  for (const name of namesIn(layout.builds).filter((n) => n.startsWith("legacy-"))) {
    renameSync(path.join(layout.builds, name), layout.output);
    return [`${shown} was missing (a build was killed while publishing): put the previous site back`];
  }
  const prefix = `.${shown}.old-`;
  for (const name of namesIn(path.dirname(layout.output)).filter((n) => n.startsWith(prefix) && !pidExists(Number(n.slice(prefix.length))))) {
    renameSync(path.join(path.dirname(layout.output), name), layout.output);
    return [`${shown} was missing (an older build was killed while publishing): put the previous site back from ${name}`];
  }
  return [];
}

function removeBuildsDebris(layout: SiteLayout): string[] {
  const live = liveVersion(layout);
  const spare = spareVersion(layout);
  const removed: string[] = [];
  for (const name of namesIn(layout.builds)) {
    if (name === live || name === spare || name === "lock" || name === "lock.takeover") continue;
    // A lock being created by a build that waits beside us (lock.<pid>-<n>.new): its own.
    const waiting = /^lock(?:\.takeover)?\.(\d+)-\d+\.new$/.exec(name);
    if (waiting && pidExists(Number(waiting[1]))) continue;
    rmSync(path.join(layout.builds, name), { recursive: true, force: true });
    removed.push(path.join(path.basename(layout.builds), name));
  }
  return removed;
}

/** `.dist.building-<pid>`, `.dist.old-<pid>`, `.dist.incremental-<pid>` of the builds before links. */
function removeOldStyleDebris(layout: SiteLayout): string[] {
  const parent = path.dirname(layout.output);
  const pattern = new RegExp(`^\\.${escapeRegExp(path.basename(layout.output))}\\.(?:building|old|incremental)-(\\d+)$`);
  const removed: string[] = [];
  for (const name of namesIn(parent)) {
    const match = pattern.exec(name);
    if (!match || pidExists(Number(match[1]))) continue;
    rmSync(path.join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** States of versions that are not published; half-written state files and image encodings of gone processes. */
function removeCacheDebris(output: string): string[] {
  const layout = layoutOf(output);
  removeOtherStates(output, [liveVersion(layout), spareVersion(layout)]);
  const cache = wireroomCacheDir();
  const removed: string[] = [];
  // writeWhole's temporary files: the cache's own files (stored articles), the build summaries, every output's states.
  const folders = [cache, path.join(cache, "builds"), ...namesIn(path.join(cache, "outputs")).map((key) => path.join(cache, "outputs", key))];
  for (const folder of folders) {
    for (const name of namesIn(folder)) {
      const match = temporaryFile.exec(name);
      if (match && !pidExists(Number(match[1]))) {
        rmSync(path.join(folder, name), { force: true });
        removed.push(name);
      }
    }
  }
  const images = path.join(cache, "images");
  for (const name of namesIn(images)) {
    // An encoding in progress: .<key>.<pid>.<time> (lead-images.ts).
    const match = /^\.[0-9a-f]+\.(\d+)\.\d+$/.exec(name);
    if (match && !pidExists(Number(match[1]))) {
      rmSync(path.join(images, name), { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}

function namesIn(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

function readLinkText(link: string): string {
  try {
    return readlinkSync(link);
  } catch {
    return "";
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
