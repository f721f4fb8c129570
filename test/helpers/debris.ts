import { readdirSync, readlinkSync } from "node:fs";
import path from "node:path";
import { spareVersion } from "../../src/publish/spare-version.ts";
import { layoutOf } from "../../src/publish/site-layout.ts";

/**
 * What a build left beside and inside an output that is not the published site: every entry of
 * the output's parent folder other than the output and its builds folder, every entry of the
 * builds folder other than the published version and the spare (the version published before,
 * whose state is kept: src/publish/spare-version.ts), and every hidden temporary name inside the
 * site (Pagefind's staging folders and the like). Empty after a clean build.
 */
export function debrisOf(output: string): string[] {
  const parent = path.dirname(output);
  const name = path.basename(output);
  const builds = `.${name}.builds`;
  const found: string[] = [];
  for (const entry of readdirSync(parent)) if (entry !== name && entry !== builds && entry.startsWith(`.${name}`)) found.push(entry);
  let live = "";
  try {
    live = path.basename(readlinkSync(output));
  } catch {}
  const spare = spareVersion(layoutOf(output));
  try {
    for (const entry of readdirSync(path.join(parent, builds))) if (entry !== live && entry !== spare) found.push(`${builds}/${entry}`);
  } catch {}
  try {
    for (const entry of readdirSync(output, { recursive: true }).map(String)) if (/(^|\/)\.(?!wireroom-site$)/.test(entry)) found.push(`${name}/${entry}`);
  } catch {}
  return found.sort();
}
