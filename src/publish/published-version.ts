import { lstatSync, readlinkSync } from "node:fs";
import path from "node:path";

/**
 * What the output path shows now, as a string that changes whenever a build publishes: the
 * link's text, or the identity of a folder. Compared before and after a build, it tells the
 * build's last message whether the output was replaced. Cheap to load: no other module.
 */
export function publishedVersion(output: string): string {
  const resolved = path.resolve(output);
  const stat = lstatSync(resolved, { throwIfNoEntry: false });
  if (!stat) return "missing";
  if (stat.isSymbolicLink()) return `link:${readlinkSync(resolved)}`;
  return `entry:${stat.dev}:${stat.ino}`;
}

/** Outputs this process published a new site into (publish-site.ts notes each flip). */
const published = new Set<string>();

export function notePublished(output: string): void {
  published.add(path.resolve(output));
}

/**
 * What a failed build did to its output, for its last message: nothing; a new site published
 * before the failure; or only recovery's repair of what a killed build had left (told above).
 */
export function outputOutcome(output: string, before: string): string {
  if (published.has(path.resolve(output))) return `the new site was published in ${output}, but the build did not finish`;
  if (publishedVersion(output) !== before) return `${output} was only put right after a killed build (see above)`;
  return `${output} left as it was`;
}
