/**
 * The commands as their npm scripts run them: `node scripts/run-command.mjs src/cli/X.ts …`,
 * from the compiled copy of the sources. Importing this module brings the copy up to date
 * first, so that no command a test starts compiles (and says so on stderr) while the test watches.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { projectRoot } from "./seed.ts";

export const launcher = path.join(projectRoot, "scripts", "run-command.mjs");

/** Node's arguments for `script` (a project-relative src/cli/*.ts) with `args`. */
export function commandArgs(script: string, args: readonly string[] = []): string[] {
  return [launcher, script, ...args];
}

/** The folder of the compiled copy of the current sources (compiled now if it is missing). */
export function compiledCommands(): string {
  const result = spawnSync(process.execPath, [launcher, "--compile"], { cwd: projectRoot, encoding: "utf8" });
  const folder = result.stdout.trim();
  if (result.status !== 0 || !folder) throw new Error(`the commands did not compile:\n${result.stderr}`);
  return folder;
}

compiledCommands();
