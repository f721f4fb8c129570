/**
 * Wiring only: which kinds of page there are, where the site model comes from, what is
 * watched. Everything a page shows is computed in src/ (plain TypeScript) and rendered by the
 * typed views in _includes/.
 */
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { pageKinds } from "./_includes/pages/index.ts";
import { recordSiteContents, siteContentsOf } from "./src/cli/build-summary.ts";
import { currentProgress } from "./src/cli/progress.ts";
import { stepTimer } from "./src/cli/step-timer.ts";
import { createSiteLoader } from "./src/model/load-site.ts";
import type { BuildData } from "./src/render/build-data.ts";
import { planBuild } from "./src/render/plan-build.ts";
import { takeRenderJob } from "./src/render/render-job.ts";
import { viewsByKind, type Manifest } from "./src/render/render-plan.ts";

/** Pagination data keys must be plain identifiers. */
const dataKey = (name: string): string => name.replace(/[^a-zA-Z0-9]/g, "_");

/** What Eleventy paginates over: every kind gets a list, empty when none of its pages is due. */
function renderData(views: ReadonlyMap<string, readonly unknown[]>): Record<string, readonly unknown[]> {
  const render: Record<string, readonly unknown[]> = {};
  for (const kind of pageKinds) render[dataKey(kind.name)] = views.get(kind.name) ?? [];
  return render;
}

export default function (eleventyConfig: UserConfig) {
  const loader = createSiteLoader();
  let build: (BuildData & { render: Record<string, readonly unknown[]> }) | undefined;
  // What this process wrote last, so that the dev server re-renders only what changed.
  let written: { outputDir: string; manifest: Manifest } | undefined;
  let removed: readonly string[] = [];
  let cleanedOnStart = false;
  let jobRun = false;
  let watched: string[] | undefined;

  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.setTemplateFormats(["11ty.ts"]);

  // A full build hands each Eleventy run a planned share of the pages (src/cli/build-site.ts);
  // the dev server plans its own builds and re-renders only what changed since its last one.
  eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { input: string; output: string } }) => {
    const job = takeRenderJob(directories.output);
    jobRun = Boolean(job);
    if (job) {
      build = { ...job.data, render: renderData(job.views) };
      removed = [];
      return;
    }
    const previous = written?.outputDir === directories.output ? written.manifest : undefined;
    const step = stepTimer("dev server");
    const changedFiles = watched && previous ? relativeTo(directories.input, watched) : undefined;
    watched = undefined;
    const { model, data, plan } = await planBuild(loader, directories.input, directories.output, { previous, step, ...(changedFiles ? { changedFiles } : {}) });
    build = { ...data, render: renderData(viewsByKind(plan.changed)) };
    written = { outputDir: directories.output, manifest: plan.manifest };
    removed = plan.removed;
    recordSiteContents(siteContentsOf(model));
  });
  // What the watcher saw change, so that a rebuild looks only at those files.
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
    watched = [...(watched ?? []), ...changed];
  });
  // Pages of deleted articles and entities go too. A fresh build's folder has none to begin
  // with; a dev server that starts over an old output removes whatever this site no longer has.
  eleventyConfig.on("eleventy.after", ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    // A job's data belongs to the build that offered it, which may free it while this config lives on.
    if (jobRun) build = undefined;
    for (const file of removed) rmSync(path.join(directories.output, file), { force: true });
    if (runMode !== "build" && !cleanedOnStart && written) {
      cleanedOnStart = true;
      removeFilesOutside(directories.output, new Set(Object.keys(written.manifest.outputs)));
    }
  });
  eleventyConfig.addGlobalData("wireroom", () => {
    if (!build) throw new Error("Wireroom: the site model was not built before rendering");
    return build;
  });

  for (const kind of pageKinds) {
    eleventyConfig.addTemplate(`_wireroom/${kind.name}.11ty.ts`, {
      data: {
        pagination: { data: `wireroom.render.${dataKey(kind.name)}`, size: 1, alias: "view" },
        permalink: (data: { view: unknown; wireroom: BuildData }) => kind.permalink(data.view, data.wireroom),
        eleventyExcludeFromCollections: true,
      },
      render: (data: { view: unknown; wireroom: BuildData }) => {
        currentProgress().page();
        return kind.render(data.view, data.wireroom);
      },
    });
  }

  // Articles and the registry are read by the site model, not as templates: watch them too.
  // (In whatever folder Eleventy was given, so that a preview of another folder updates too.)
  const input = (eleventyConfig as unknown as { directories?: { input?: string } }).directories?.input ?? "./content/";
  eleventyConfig.addWatchTarget(`${input.replace(/\/?$/, "/")}**/*.{txt,md,json,yaml,jpg,jpeg,png,webp,avif}`);
  eleventyConfig.addWatchTarget("./src/");
  eleventyConfig.addWatchTarget("./_includes/");
  eleventyConfig.setServerOptions({ port: 8080, showAllHosts: false });

  // No `dir` here: the input and output folders are given by whoever runs Eleventy (the atomic
  // build, `npm start`), because a config's `dir` would override a programmatic build's folders.
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
