import { existsSync, lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../project-root.ts";
import { outputMarker } from "../publish/output-marker.ts";
import { layoutOf, versionNamed } from "../publish/site-layout.ts";
import { hasAnySiteState } from "../publish/site-state.ts";

export { markOutputFolder, outputMarker } from "../publish/output-marker.ts";

export class OutputFolderError extends Error {
  override name = "OutputFolderError";
}

export interface OutputFolderCheck {
  readonly input: string;
  readonly output: string;
  /** Folders that must survive any build: the Wireroom project and the folder the command runs in. */
  readonly protectedFolders: readonly string[];
  /** The build state remembers a build into this folder (sites built before the marker existed). */
  readonly builtBefore: boolean;
  /** Overrides only the "non-empty folder without the marker" refusal. */
  readonly force?: boolean;
}

/**
 * Refuses, before anything is touched, an output folder whose replacement would destroy files
 * the build did not write. Paths are compared after resolving links, so that a link or `..`
 * cannot smuggle the project or the content folder in.
 */
export function checkOutputFolder({ input, output, protectedFolders, builtBefore, force = false }: OutputFolderCheck): void {
  const out = realPathOf(output);
  const inp = realPathOf(input);
  const named = `--output=${output}`;
  if (out === inp) throw new OutputFolderError(`${named} is the content folder: the build would delete its articles. Choose a folder of its own, such as dist.`);
  if (isInside(out, inp)) throw new OutputFolderError(`${named} lies inside the content folder ${input}: the site would be read back as content. Choose a folder outside it.`);
  if (isInside(inp, out)) throw new OutputFolderError(`${named} contains the content folder ${input}: the build would delete it. Choose a folder of its own, such as dist.`);
  for (const folder of protectedFolders) {
    const kept = realPathOf(folder);
    if (kept === out || isInside(kept, out)) throw new OutputFolderError(`${named} contains ${kept}: the build would delete it. Choose a folder of its own, such as dist.`);
  }
  // The output is published as a link to a version beside it (publish-site.ts): a link that
  // points anywhere else is somebody's, and replacing it would be a surprise.
  if (lstatSync(output, { throwIfNoEntry: false })?.isSymbolicLink() && !versionNamed(layoutOf(output), readlinkSync(output))) {
    throw new OutputFolderError(`${named} is a link to ${readlinkSync(output)} that no Wireroom build made: the build publishes the site as a link of its own in its place. Give the folder it points to as --output, or remove the link.`);
  }
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new OutputFolderError(`${named} is a file, not a folder.`);
  const entries = readdirSync(out);
  if (entries.includes(".git")) throw new OutputFolderError(`${named} holds a .git repository: the build would delete it. Choose a folder of its own, such as dist.`);
  if (entries.length === 0 || entries.includes(outputMarker) || builtBefore) return;
  if (force) return;
  throw new OutputFolderError(
    `${named} is a folder with files that no Wireroom build wrote (no ${outputMarker} in it): the build replaces the folder whole and would delete them. ` +
      `Choose an empty or new folder, or add --force if everything in it may go.`,
  );
}

/**
 * Refuses, before anything is read or written, an output folder whose replacement would delete
 * files the build did not write: the content folder, the project, a git checkout, a stranger's folder.
 */
export function refuseUnsafeOutput({ input, output, force }: { input: string; output: string; force?: boolean | undefined }): void {
  checkOutputFolder({ input, output, force, protectedFolders: [projectRoot, process.cwd()], builtBefore: hasAnySiteState(output) });
}

/** The real path of `folder`, or of its nearest existing ancestor with the rest appended (the folder may not exist yet). */
function realPathOf(folder: string): string {
  const absolute = path.resolve(folder);
  const missing: string[] = [];
  let existing = absolute;
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) break;
    missing.unshift(path.basename(existing));
    existing = parent;
  }
  return path.join(realpathSync(existing), ...missing);
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
