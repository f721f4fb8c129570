import { hash } from "node:crypto";
import type { Article } from "../articles/article.ts";
import type { BuildData } from "./build-data.ts";
import { everyBuild, outputPathOf, type Fingerprint, type PageKind } from "./page-kind.ts";
import { holdsAny } from "./shown-in.ts";
import { articleRecordOf, changedSources, type ArticleRecord } from "./unchanged-outputs.ts";

/** What a previous build wrote: each output file with the fingerprint of what it was made from. */
export interface Manifest {
  readonly version: 1;
  readonly outputs: Readonly<Record<string, string>>;
  /** What the next build needs to tell an edit of texts alone (see unchanged-outputs.ts). */
  readonly articles?: ArticleRecord;
}

export interface PlannedOutput {
  readonly kind: PageKind<unknown>;
  readonly view: unknown;
  /** Relative to the output folder, with forward slashes. */
  readonly outputPath: string;
  readonly fingerprint: string;
}

export interface RenderPlan {
  /** The outputs whose inputs changed since `previous`: every output of the site without one. */
  readonly changed: readonly PlannedOutput[];
  /** Output files of the previous build that the site no longer has. */
  readonly removed: readonly string[];
  readonly manifest: Manifest;
  /** How many outputs kept their fingerprint from `previous` without being fingerprinted again. */
  readonly kept: number;
}

/** The manifest's word for an output written on every build: no hash ever equals it. */
const always = "always";

/**
 * Decides what a build must write. Each output's fingerprint hashes everything it is made
 * from: the build-wide inputs (code, settings, registry) and what its kind declares it shows
 * (PageKind.dependsOn, built from src/render/fingerprints.ts).
 */
export function planRender(kinds: readonly PageKind<unknown>[], build: BuildData, buildInputs: string, previous?: Manifest): RenderPlan {
  const articles = articleRecordOf(build.model, buildInputs);
  // With the site's structure as it was, only the outputs that show an edited article can move.
  const edited = changedSources(previous?.articles, articles, build.model.articles);
  return (edited && planEdit(kinds, build, buildInputs, previous!, articles, edited)) || planSite(kinds, build, buildInputs, articles, previous, edited);
}

/** Every view of every kind visited: a first build, or a site whose structure changed. */
function planSite(kinds: readonly PageKind<unknown>[], build: BuildData, buildInputs: string, articles: ArticleRecord, previous: Manifest | undefined, edited: ReadonlySet<Article> | undefined): RenderPlan {
  const outputs: PlannedOutput[] = [];
  const fingerprints: Record<string, string> = {};
  const owner = new Map<string, string>();
  const before = previous?.outputs;
  let kept = 0;
  for (const kind of kinds) {
    const prefix = `${buildInputs}\0${kind.name}\0`;
    for (const view of kind.views(build)) {
      const outputPath = outputPathOf(kind.permalink(view, build));
      const other = owner.get(outputPath);
      if (other) throw new Error(`two pages would be written to ${outputPath} (${other} and ${kind.name})`);
      owner.set(outputPath, kind.name);
      let fingerprint = edited && kind.shows ? before![outputPath] : undefined;
      if (fingerprint !== undefined && fingerprint !== always && !holdsAny(kind.shows!.articlesShown(view, build), edited!)) kept++;
      else fingerprint = fingerprintOf(kind, view, build, prefix);
      fingerprints[outputPath] = fingerprint;
      outputs.push({ kind, view, outputPath, fingerprint });
    }
  }
  const changed = before ? outputs.filter((o) => o.fingerprint === always || before[o.outputPath] !== o.fingerprint) : outputs;
  const removed = before ? Object.keys(before).filter((path) => !(path in fingerprints)).sort() : [];
  return { changed, removed, manifest: { version: 1, outputs: fingerprints, articles: { ...articles, outputs: outputs.length } }, kept };
}

/**
 * An edit that left the site's structure alone (see unchanged-outputs.ts): the site has the same
 * outputs as the last build, so the plan is the last manifest with the outputs that show an
 * edited article fingerprinted again (ShownArticles.viewsShowing), and those of the kinds that
 * cannot say which articles they show. Undefined when `previous` is not the whole of the last
 * build (pages found damaged were left out of it) or lacks an output visited here: then every
 * view is visited.
 */
function planEdit(kinds: readonly PageKind<unknown>[], build: BuildData, buildInputs: string, previous: Manifest, articles: ArticleRecord, edited: ReadonlySet<Article>): RenderPlan | undefined {
  const before = previous.outputs;
  const total = previous.articles?.outputs;
  if (total === undefined) return undefined;
  // One copy of the 18,300 fingerprints, counted as it is made: a for-in loop costs less than a
  // spread and Object.keys (once in a fresh process, as a build runs it, on the manifest of the
  // 10,000-article bench site: 5.1–6.9 against 7.7–9.0 ms of CPU, 12 runs each).
  const fingerprints: Record<string, string> = {};
  let count = 0;
  for (const outputPath in before) {
    fingerprints[outputPath] = before[outputPath]!;
    count++;
  }
  if (count !== total) return undefined;
  const datesKept = articles.dates !== undefined && articles.dates === previous.articles?.dates;
  const changed: PlannedOutput[] = [];
  const visited = new Set<string>();
  for (const kind of kinds) {
    if (kind.followsDates && datesKept) continue;
    const prefix = `${buildInputs}\0${kind.name}\0`;
    for (const view of kind.shows ? kind.shows.viewsShowing(edited, build) : kind.views(build)) {
      const outputPath = outputPathOf(kind.permalink(view, build));
      const last = before[outputPath];
      if (last === undefined) return undefined;
      if (visited.has(outputPath)) continue;
      visited.add(outputPath);
      const fingerprint = fingerprintOf(kind, view, build, prefix);
      fingerprints[outputPath] = fingerprint;
      if (fingerprint === always || fingerprint !== last) changed.push({ kind, view, outputPath, fingerprint });
    }
  }
  return { changed, removed: [], manifest: { version: 1, outputs: fingerprints, articles: { ...articles, outputs: total } }, kept: total - visited.size };
}

function fingerprintOf(kind: PageKind<unknown>, view: unknown, build: BuildData, prefix: string): string {
  const dependsOn = kind.dependsOn(view, build);
  return dependsOn === everyBuild ? always : hashOf(prefix, dependsOn);
}

/**
 * The text of one planned output. Every build mode renders through this one call, so that
 * they all write the same bytes for the same site.
 */
export function renderOutput(output: PlannedOutput, build: BuildData): string {
  return output.kind.render(output.view, build);
}

/**
 * The hash of the build-wide inputs, the kind's name and what the output depends on, in one
 * call: a Hash object and four updates for each of 18,000 outputs cost more than the hashing.
 */
function hashOf(prefix: string, value: Fingerprint): string {
  return hash("sha256", prefix + JSON.stringify(value), "base64url");
}
