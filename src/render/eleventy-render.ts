import { mkdirSync } from "node:fs";
import path from "node:path";
import { wireroomCacheDir } from "../cache-dir.ts";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { BuildData } from "./build-data.ts";
import { renderOutput, type PlannedOutput } from "./render-plan.ts";

/**
 * The one place Wireroom meets Eleventy. Every page of every build mode is rendered here by
 * its page kind (src/render/page-kind.ts), with Eleventy as the engine: the full build runs
 * Eleventy on its planned outputs in batches (renderWithEleventy), the dev server (.eleventy.ts)
 * plans a batch before each of its runs. The one exception, the command-line incremental
 * build, calls the same renderOutput without Eleventy (see the README's architecture section).
 */

/** The pages one Eleventy run writes: the build's shared data and the outputs due in this run. */
export interface RenderBatch {
  readonly data: BuildData;
  readonly outputs: readonly PlannedOutput[];
}

/** Where the batches come from, and who is told what happened. */
export interface BatchSource {
  /** The batch for the run that is starting. */
  before(run: { readonly input: string; readonly output: string }): RenderBatch | Promise<RenderBatch>;
  /** After the run wrote its batch (the dev server removes the files of deleted pages here). */
  after?(run: { readonly output: string; readonly runMode: string }): void;
  /** Files the watcher saw change since the last run (dev server). */
  watched?(files: readonly string[]): void;
  /** One more page rendered (progress). */
  rendered?(): void;
}

interface TemplateData {
  readonly output: PlannedOutput;
  readonly wireroom: RenderBatch;
}

/** Configures an Eleventy run to render the batches `source` gives it, and nothing else. */
export function configureRender(eleventyConfig: UserConfig, source: BatchSource): void {
  let batch: RenderBatch | undefined;
  // One virtual JavaScript template paginates over the batch; the content folder holds no
  // template (its articles are read by the site model), so Eleventy finds none there.
  eleventyConfig.setTemplateFormats(["11ty.js"]);
  eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { input: string; output: string } }) => {
    batch = await source.before(directories);
  });
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => source.watched?.(changed));
  eleventyConfig.on("eleventy.after", ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    source.after?.({ output: directories.output, runMode });
  });
  eleventyConfig.addGlobalData("wireroom", () => {
    if (!batch) throw new Error("Wireroom: no pages were planned before rendering");
    return batch;
  });
  eleventyConfig.addTemplate("_wireroom/page.11ty.js", {
    data: {
      pagination: { data: "wireroom.outputs", size: 1, alias: "output" },
      // The planned file path itself ("news/x/index.html"): Eleventy writes exactly there.
      permalink: (data: TemplateData) => `/${data.output.outputPath}`,
      eleventyExcludeFromCollections: true,
    },
    render: (data: TemplateData) => {
      source.rendered?.();
      return renderOutput(data.output, data.wireroom.data);
    },
  });
}

/**
 * Eleventy's input folder for full builds: an empty one. The pages are virtual templates and
 * the articles are read by the site model, but Eleventy walks its input folder for templates
 * at the start of every run: the content folder, 10,000 files at 10,000 articles, walked once
 * per run of 500 pages, took about 2 s of a build.
 */
function emptyInput(): string {
  const folder = path.join(wireroomCacheDir(), "eleventy-input");
  mkdirSync(folder, { recursive: true });
  // Relative to the working folder: Eleventy strips the working folder from an absolute input
  // path by its leading characters alone, so a cache beside the project whose name starts with
  // the project's (/srv/site and /srv/site-cache) lost a character and found no templates.
  return path.relative(process.cwd(), folder) || ".";
}

/** Renders one batch into `output` with a fresh Eleventy run configured in-process (no config file). */
export async function renderWithEleventy(output: string, batch: RenderBatch, rendered?: () => void): Promise<void> {
  const eleventy = new Eleventy(emptyInput(), output, {
    configPath: false,
    quietMode: true,
    source: "script",
    config: (eleventyConfig) => configureRender(eleventyConfig, { before: () => batch, ...(rendered ? { rendered } : {}) }),
  });
  // Eleventy reports errors itself as well as rejecting; the build reports them once, with the file named.
  eleventy.disableLogger();
  await eleventy.write();
}
