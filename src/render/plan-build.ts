import { hash } from "node:crypto";
import path from "node:path";
import { wireroomCacheDir } from "../cache-dir.ts";
import { FeedBodies } from "../feeds/feed-bodies.ts";
import { addLeadImages, type WithLeadImages } from "../images/lead-images.ts";
import type { SiteLoader } from "../model/load-site.ts";
import type { SiteModel } from "../model/site-model.ts";
import { buildNow, loadSettings } from "../site.ts";
import type { BuildData } from "./build-data.ts";
import { buildInputsFingerprint, codeFingerprint } from "./build-inputs.ts";
import { prepareBuild } from "./prepare-build.ts";
import type { PageKind } from "./page-kind.ts";
import { planRender, type Manifest, type RenderPlan } from "./render-plan.ts";

/** In the cache folder: the site feeds' bodies of the last build (see FeedBodies). */
const feedBodiesFile = "feed-bodies.json";

export interface PlannedBuild {
  readonly model: SiteModel;
  readonly data: BuildData & WithLeadImages;
  readonly plan: RenderPlan;
}

export interface PlanOptions {
  /** What the last build into `output` wrote: only outputs that changed since are planned to render. */
  readonly previous?: Manifest;
  /** Told after each step (see stepTimer). */
  readonly step?: (name: string) => void;
  /** The files (relative to `input`) a watcher saw change since the last plan with the same loader. */
  readonly changedFiles?: ReadonlySet<string>;
}

/**
 * Everything a build decides before any page renders: the site model, what every page
 * shares, the lead images (encoded into `output`'s /img/, or taken from the cache) and which
 * outputs to write (all of them, or those that changed since `previous`). Every build mode
 * starts here, so they agree on what a site is. `kinds` are the site's page kinds
 * (_includes/pages/index.ts), given by the command so that the core never imports the views.
 */
export async function planBuild(kinds: readonly PageKind<unknown>[], loader: SiteLoader, input: string, output: string, options: PlanOptions = {}): Promise<PlannedBuild> {
  const step = options.step ?? (() => {});
  const contentDir = path.resolve(input);
  const { model, registryHash } = loader.load(contentDir, loadSettings(), options.changedFiles);
  // Told once per build, whichever way it runs (missing headlines and the like).
  for (const notice of model.notices) console.warn(`[wireroom] notice: ${notice.file} ${notice.message}`);
  step("site model");
  const cacheDir = wireroomCacheDir();
  // A body follows from its source, the code and the settings (not the registry: entities are not linked in bodies).
  const feedBodies = new FeedBodies(path.join(cacheDir, feedBodiesFile), hash("sha256", `${codeFingerprint()}\0${JSON.stringify(model.settings)}`, "base64url"));
  const data = await addLeadImages(prepareBuild(model, buildNow(), feedBodies), { contentDir, outputDir: output, cacheDir });
  step("prepare + lead images");
  const plan = planRender(kinds, data, buildInputsFingerprint(data, registryHash), options.previous);
  step("fingerprints");
  return { model, data, plan };
}
