/**
 * Paths inside the repository, found from this module's own location so that the command-line
 * tools work from any working directory.
 */
import { fileURLToPath } from "node:url";

/** The repository root (this file lives in src/entities/). */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The project's registry of known entities. */
export const DEFAULT_REGISTRY = fileURLToPath(new URL("../../content/entities.yaml", import.meta.url));

/** The labelled evaluation articles. */
export const DEFAULT_EVAL_DIR = fileURLToPath(new URL("../../test/entities/eval/", import.meta.url));

/** The labelled set of realistic agency copy, with site-level labels. */
export const WIRE_EVAL_DIR = fileURLToPath(new URL("../../test/entities/eval-wire/", import.meta.url));

/** What `npm run eval:entities` scores when given no folder. */
export const DEFAULT_EVAL_DIRS: readonly string[] = [DEFAULT_EVAL_DIR, WIRE_EVAL_DIR];
