import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A build replaces its output folder whole, so the folder it is given must be one that only
 * Wireroom writes: anything else in it would be deleted. This file, left in every output, is how
 * a later build knows that a non-empty folder is a site it made and not somebody's files.
 */
export const outputMarker = ".wireroom-site";
const markerText = "This folder is written by Wireroom's build, which replaces it whole: keep nothing else in it.\n";

/**
 * Marks a site folder as written by Wireroom (see outputMarker), with the id of the site it holds
 * (siteIdOf: the same for the same sources, so builds stay byte-identical), which its build state
 * carries too. Removed first: in a version made of hard links the old file is the published one's.
 */
export function markOutputFolder(folder: string, siteId?: string): void {
  const file = path.join(folder, outputMarker);
  rmSync(file, { force: true });
  writeFileSync(file, siteId ? `${markerText}site ${siteId}\n` : markerText);
}
