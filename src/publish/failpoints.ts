/**
 * Failpoints: named steps of the publish, state and search code where the fault tests kill the
 * build. `WIREROOM_FAILPOINT=<step>` makes the build kill itself with SIGKILL (no handler, no
 * cleanup, like `kill -9` or a power cut) the first time it reaches that step. Unset, a
 * failpoint costs one environment lookup.
 */
export function failpoint(step: string): void {
  if (process.env["WIREROOM_FAILPOINT"] !== step) return;
  process.kill(process.pid, "SIGKILL");
}
