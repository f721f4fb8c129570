/**
 * Where a published site lives. The output path the user gives (`dist`) is a symbolic link to
 * one complete version of the site in a hidden folder beside it:
 *
 *   dist -> .dist.builds/<version>     the published site
 *   .dist.builds/<version>/            versions: the published one, and the one being built
 *   .dist.builds/lock                  who is building into dist (build-lock.ts)
 *   .dist.builds/link-<pid>            a new link, for a moment, before it replaces dist
 *   .dist.builds/legacy-<pid>          a pre-link dist folder, for a moment, while it is replaced
 *
 * Publishing is one rename(2) of a new link over `dist`: at every instant `dist` is the old
 * site or the new one, whole (see publish-site.ts).
 */
import { lstatSync, readlinkSync } from "node:fs";
import path from "node:path";

export interface SiteLayout {
  /** The output path as given, resolved: the link. */
  readonly output: string;
  /** The hidden folder beside it that holds the versions, the lock and the moments in between. */
  readonly builds: string;
}

export function layoutOf(output: string): SiteLayout {
  const resolved = path.resolve(output);
  return { output: resolved, builds: path.join(path.dirname(resolved), `.${path.basename(resolved)}.builds`) };
}

/** The link text for a version: relative, so that the project folder can be moved or copied. */
export function linkTextFor(layout: SiteLayout, version: string): string {
  return path.join(path.basename(layout.builds), version);
}

export type OutputEntry =
  | { readonly kind: "missing" }
  | { readonly kind: "folder" }
  | { readonly kind: "other" }
  | { readonly kind: "link"; readonly version: string | undefined; readonly text: string };

/** What the output path is now, without following it: our link (naming its version), a folder, nothing. */
export function outputEntry(layout: SiteLayout): OutputEntry {
  const stat = lstatSync(layout.output, { throwIfNoEntry: false });
  if (!stat) return { kind: "missing" };
  if (stat.isDirectory()) return { kind: "folder" };
  if (!stat.isSymbolicLink()) return { kind: "other" };
  const text = readlinkSync(layout.output);
  return { kind: "link", text, version: versionNamed(layout, text) };
}

/** The version a link text points to, when it points into our builds folder (and nowhere else). */
export function versionNamed(layout: SiteLayout, text: string): string | undefined {
  const target = path.resolve(path.dirname(layout.output), text);
  if (path.dirname(target) !== layout.builds) return undefined;
  const name = path.basename(target);
  return isVersionName(name) ? name : undefined;
}

/** The version the output publishes now, if it is one of ours. */
export function liveVersion(layout: SiteLayout): string | undefined {
  const entry = outputEntry(layout);
  return entry.kind === "link" ? entry.version : undefined;
}

const versionPattern = /^v[0-9a-z]+-\d+-\d+$/;

export function isVersionName(name: string): boolean {
  return versionPattern.test(name);
}

let counter = 0;

/** A new version's name: when, who, and a counter (one process may build several times in a millisecond). */
export function newVersionName(): string {
  return `v${Date.now().toString(36)}-${process.pid}-${counter++}`;
}

export function versionFolder(layout: SiteLayout, version: string): string {
  return path.join(layout.builds, version);
}
