import { hash } from "node:crypto";
import type { Article } from "../articles/article.ts";
import type { BuildData } from "./build-data.ts";
import { everyBuild, outputPathOf, type Fingerprint, type PageKind } from "./page-kind.ts";
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
  /** Every output of the site. */
  readonly outputs: readonly PlannedOutput[];
  /** The outputs whose inputs changed since `previous` (all of them without one). */
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
  const outputs: PlannedOutput[] = [];
  const fingerprints: Record<string, string> = {};
  const owner = new Map<string, string>();
  const before = previous?.outputs;
  const articles = articleRecordOf(build.model, buildInputs);
  // With the site's structure as it was, only the outputs that show an edited article can move.
  const edited = changedSources(previous?.articles, articles, build.model.articles);
  let kept = 0;
  for (const kind of kinds) {
    const prefix = `${buildInputs}\0${kind.name}\0`;
    for (const view of kind.views(build)) {
      const outputPath = outputPathOf(kind.permalink(view, build));
      const other = owner.get(outputPath);
      if (other) throw new Error(`two pages would be written to ${outputPath} (${other} and ${kind.name})`);
      owner.set(outputPath, kind.name);
      let fingerprint = edited && kind.articlesShown ? before![outputPath] : undefined;
      if (fingerprint !== undefined && fingerprint !== always && !showsAny(kind.articlesShown!(view, build), edited!)) kept++;
      else {
        const dependsOn = kind.dependsOn(view, build);
        fingerprint = dependsOn === everyBuild ? always : hashOf(prefix, dependsOn);
      }
      fingerprints[outputPath] = fingerprint;
      outputs.push({ kind, view, outputPath, fingerprint });
    }
  }
  const changed = before ? outputs.filter((o) => o.fingerprint === always || before[o.outputPath] !== o.fingerprint) : outputs;
  const removed = before ? Object.keys(before).filter((path) => !(path in fingerprints)).sort() : [];
  return { outputs, changed, removed, manifest: { version: 1, outputs: fingerprints, articles }, kept };
}

function showsAny(shown: readonly Article[], edited: ReadonlySet<Article>): boolean {
  for (const article of shown) if (edited.has(article)) return true;
  return false;
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
