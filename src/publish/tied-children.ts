/**
 * Child processes die with the build. Pagefind's Node API runs Pagefind as a child process
 * (a service on stdin/stdout); a build killed with SIGKILL cannot close it, and Pagefind does
 * not notice that its parent is gone, so it used to live on. Pagefind lets the binary it starts
 * be named in PAGEFIND_EXTENDED_BINARY_PATH: we name a wrapper (pagefind-tied.sh) that starts the
 * real binary with the parent-death signal set (Linux prctl PR_SET_PDEATHSIG, through setpriv
 * from util-linux). Where setpriv or the wrapper is unavailable Pagefind runs as before.
 */
import { accessSync, constants } from "node:fs";
import { createRequire } from "node:module";
import { arch, platform } from "node:os";
import { projectPath } from "../project-root.ts";

const wrapper = projectPath("src", "publish", "pagefind-tied.sh");

export function tiePagefindToThisProcess(env: NodeJS.ProcessEnv = process.env): void {
  if (platform() !== "linux" || env["PAGEFIND_EXTENDED_BINARY_PATH"] === wrapper) return;
  const real = env["PAGEFIND_EXTENDED_BINARY_PATH"] || env["PAGEFIND_BINARY_PATH"] || bundledBinary();
  if (!real) return;
  try {
    accessSync(wrapper, constants.X_OK);
  } catch {
    return;
  }
  env["WIREROOM_PAGEFIND_BINARY"] = real;
  env["PAGEFIND_EXTENDED_BINARY_PATH"] = wrapper;
}

/** The binary Pagefind's package would start (its resolveBinary.js, which it does not export). */
function bundledBinary(): string | undefined {
  const require = createRequire(import.meta.url);
  for (const name of ["pagefind_extended", "pagefind"]) {
    try {
      return require.resolve(`@pagefind/linux-${arch()}/bin/${name}`);
    } catch {}
  }
  return undefined;
}
