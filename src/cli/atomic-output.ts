import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * A fresh folder beside the output, on the same file system so that the final rename is
 * cheap and all-or-nothing: readers of the old output never see a half-written site.
 */
export function stagingFolderFor(output: string): string {
  const dir = path.dirname(path.resolve(output));
  mkdirSync(dir, { recursive: true });
  const staging = path.join(dir, `.${path.basename(output)}.building-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  return staging;
}

/** Replaces `output` by `staging`. Old files of deleted articles go with the old folder. */
export function publishStaging(staging: string, output: string): void {
  const target = path.resolve(output);
  if (!existsSync(target)) {
    renameSync(staging, target);
    return;
  }
  const retired = `${path.join(path.dirname(target), `.${path.basename(target)}.old-${process.pid}`)}`;
  rmSync(retired, { recursive: true, force: true });
  renameSync(target, retired);
  try {
    renameSync(staging, target);
  } catch (error) {
    renameSync(retired, target);
    throw error;
  }
  rmSync(retired, { recursive: true, force: true });
}

export function discardStaging(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
