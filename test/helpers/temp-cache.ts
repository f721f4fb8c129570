import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Vitest's global setup: the whole run keeps its build state and encoded images in one temporary
 * cache folder (WIREROOM_CACHE_DIR, inherited by every worker and every command a test starts),
 * removed when the run ends, so that tests neither read a developer's cache nor leave state behind.
 * A test that needs a cache of its own still sets the variable itself.
 */
export default function setup(): () => void {
  const given = process.env["WIREROOM_CACHE_DIR"];
  const dir = mkdtempSync(path.join(tmpdir(), "wireroom-test-cache-"));
  process.env["WIREROOM_CACHE_DIR"] = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    if (given === undefined) delete process.env["WIREROOM_CACHE_DIR"];
    else process.env["WIREROOM_CACHE_DIR"] = given;
  };
}
