import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { pageKinds } from "../../_includes/pages/index.ts";
import { createSiteLoader } from "../model/load-site.ts";
import type { BatchSource } from "../render/eleventy-render.ts";
import { planBuild } from "../render/plan-build.ts";
import type { Manifest } from "../render/render-plan.ts";
import { recordSiteContents, siteContentsOf } from "./build-summary.ts";
import { currentProgress } from "../progress.ts";
import { stepTimer } from "../step-timer.ts";

/**
 * The dev server's builds (`npm start`): before each Eleventy run, plan the site again with a
 * loader that keeps what it parsed, and hand Eleventy only the outputs that changed since this
 * process last wrote the same folder; after it, remove the files of pages the site lost.
 */
export function devServerBuilds(): BatchSource {
  const loader = createSiteLoader();
  // What this process wrote last, so that a rebuild renders only what changed since.
  let written: { outputDir: string; manifest: Manifest } | undefined;
  let removed: readonly string[] = [];
  let watched: string[] = [];
  let cleanedOnStart = false;
  return {
    async before({ input, output }) {
      const previous = written?.outputDir === output ? written.manifest : undefined;
      // Only the files the watcher saw change are looked at again (none known on the first run).
      const changedFiles = previous && watched.length ? relativeTo(input, watched) : undefined;
      watched = [];
      const { model, data, plan } = await planBuild(pageKinds, loader, input, output, { previous, step: stepTimer("dev server"), ...(changedFiles ? { changedFiles } : {}) });
      written = { outputDir: output, manifest: plan.manifest };
      removed = plan.removed;
      recordSiteContents(siteContentsOf(model));
      return { data, outputs: plan.changed };
    },
    watched(files) {
      watched.push(...files);
    },
    after({ output, runMode }) {
      for (const file of removed) rmSync(path.join(output, file), { force: true });
      // A server started over an old output removes, once, whatever this site no longer has.
      if (runMode !== "build" && !cleanedOnStart && written) {
        cleanedOnStart = true;
        removeFilesOutside(output, new Set(Object.keys(written.manifest.outputs)));
      }
    },
    rendered: () => currentProgress().page(),
  };
}

/** Deletes every file below `dir` that is not in `keep` (paths relative to `dir`), except the search bundle. */
function removeFilesOutside(dir: string, keep: ReadonlySet<string>): void {
  const walk = (relative: string): void => {
    let entries;
    try {
      entries = readdirSync(path.join(dir, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (child !== "pagefind") walk(child);
      } else if (!keep.has(child)) rmSync(path.join(dir, child), { force: true });
    }
  };
  walk("");
}

/** Watched paths inside the content folder, relative to it with forward slashes. */
function relativeTo(input: string, files: readonly string[]): Set<string> {
  const root = path.resolve(input);
  const inside = new Set<string>();
  for (const file of files) {
    const relative = path.relative(root, path.resolve(file));
    if (relative && !relative.startsWith("..") && !path.isAbsolute(relative)) inside.add(relative.split(path.sep).join("/"));
  }
  return inside;
}
