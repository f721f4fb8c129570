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
