/**
 * Paths inside the repository, found from the project's folder (src/project-root.ts) so that the
 * command-line tools work from any working directory, compiled or not.
 */
import path from "node:path";
import { projectPath, projectRoot } from "../project-root.ts";

/** The repository root, with a trailing separator as before. */
export const REPO_ROOT = projectRoot + path.sep;

/** The project's registry of known entities. */
export const DEFAULT_REGISTRY = projectPath("content", "entities.yaml");

/** The labelled evaluation articles. */
export const DEFAULT_EVAL_DIR = projectPath("test", "entities", "eval") + path.sep;

/** The labelled set of realistic agency copy, with site-level labels. */
export const WIRE_EVAL_DIR = projectPath("test", "entities", "eval-wire") + path.sep;

/** What `npm run eval:entities` scores when given no folder. */
export const DEFAULT_EVAL_DIRS: readonly string[] = [DEFAULT_EVAL_DIR, WIRE_EVAL_DIR];
