/**
 * Wiring only: which kinds of page there are, where the site model comes from, what is
 * watched. Everything a page shows is computed in src/ (plain TypeScript) and rendered by the
 * typed views in _includes/.
 */
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { pageKinds } from "./_includes/pages/index.ts";
import { wireroomCacheDir } from "./src/cache-dir.ts";
import { recordSiteContents, siteContentsOf } from "./src/cli/build-summary.ts";
import { addLeadImages, type WithLeadImages } from "./src/images/lead-images.ts";
import { createSiteLoader } from "./src/model/load-site.ts";
import type { BuildData } from "./src/render/build-data.ts";
import { buildInputsFingerprint } from "./src/render/build-inputs.ts";
import { recordLastBuild } from "./src/render/last-build.ts";
import { prepareBuild } from "./src/render/prepare-build.ts";
import { planRender, viewsByKind, type Manifest } from "./src/render/render-plan.ts";
import { buildNow, loadSettings } from "./src/site.ts";
import { currentProgress } from "./src/cli/progress.ts";

/** Pagination data keys must be plain identifiers. */
const dataKey = (name: string): string => name.replace(/[^a-zA-Z0-9]/g, "_");

export default function (eleventyConfig: UserConfig) {
  const loader = createSiteLoader();
  let build: (BuildData & WithLeadImages & { render: Record<string, unknown[]> }) | undefined;
  // What this process wrote last, so that the dev server re-renders only what changed.
  let written: { outputDir: string; manifest: Manifest } | undefined;
  let removed: readonly string[] = [];
  let cleanedOnStart = false;

  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.setTemplateFormats(["11ty.ts"]);

  // The model is built once per build (and per rebuild in the dev server), before any page renders.
  eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { input: string; output: string } }) => {
    const settings = loadSettings();
    const { model, registryHash } = loader.load(path.resolve(directories.input), settings);
    // Lead images are encoded (or taken from the cache) into the output's /img/ before any page renders.
    const data = await addLeadImages(prepareBuild(model, buildNow()), { contentDir: path.resolve(directories.input), outputDir: directories.output, cacheDir: wireroomCacheDir() });
    const previous = written?.outputDir === directories.output ? written.manifest : undefined;
    const plan = planRender(pageKinds, data, buildInputsFingerprint(data, registryHash), previous);
    const render: Record<string, unknown[]> = {};
    const changed = viewsByKind(plan.changed);
    for (const kind of pageKinds) render[dataKey(kind.name)] = changed.get(kind.name) ?? [];
    build = { ...data, render };
    written = { outputDir: directories.output, manifest: plan.manifest };
    removed = plan.removed;
    recordLastBuild(directories.output, { manifest: plan.manifest, store: () => loader.store() });
    recordSiteContents(siteContentsOf(model));
    for (const notice of model.notices) console.warn(`[wireroom] notice: ${notice.file} ${notice.message}`);
  });
  // Pages of deleted articles and entities go too. A fresh build's folder has none to begin
  // with; a dev server that starts over an old output removes whatever this site no longer has.
  eleventyConfig.on("eleventy.after", ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
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
  eleventyConfig.addWatchTarget("./content/**/*.{txt,md,json,yaml,jpg,jpeg,png,webp,avif}");
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
