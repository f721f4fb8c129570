/**
 * Failpoints: named steps of the publish, state and search code where the fault tests kill the
 * build. `WIREROOM_FAILPOINT=<step>` makes the build kill itself with SIGKILL (no handler, no
 * cleanup, like `kill -9` or a power cut) the first time it reaches that step. Unset, a
 * failpoint costs one environment lookup.
 */
import { existsSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

export function failpoint(step: string): void {
  if (process.env["WIREROOM_FAILPOINT"] !== step) return;
  process.kill(process.pid, "SIGKILL");
}

/**
 * A pause for the tests of builds side by side: `WIREROOM_PAUSE=<step>=<file>` makes the build
 * create `<file>.reached` when it reaches the step and wait there until `<file>` exists, so that
 * a test can start a second build while the first one is exactly there, without guessing times.
 */
export async function pausepoint(step: string): Promise<void> {
  const spec = process.env["WIREROOM_PAUSE"];
  if (!spec?.startsWith(`${step}=`)) return;
  const file = spec.slice(step.length + 1);
  writeFileSync(`${file}.reached`, `${process.pid}\n`);
  while (!existsSync(file)) await sleep(20);
}
