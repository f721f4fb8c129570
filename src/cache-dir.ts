import path from "node:path";
import { projectRoot } from "./project-root.ts";

/**
 * Where builds keep what the next build can reuse: encoded lead images and the entity ids of
 * the last build of each output folder. `.cache/` is gitignored; WIREROOM_CACHE_DIR moves it
 * (CI caches, tests). Deleting it is always safe: the next build just does more work.
 */
export function wireroomCacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return path.resolve(env["WIREROOM_CACHE_DIR"] || path.join(projectRoot, ".cache", "wireroom"));
}
