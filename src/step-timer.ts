/**
 * Per-step timings on stderr when WIREROOM_TIMINGS is set: where a build's time goes, measured
 * in the real command rather than guessed (`WIREROOM_TIMINGS=1 npm run build -- --incremental`).
 */
export function stepTimer(label: string, since = performance.now(), env: Readonly<Record<string, string | undefined>> = process.env): (step: string) => void {
  if (!env["WIREROOM_TIMINGS"]) return () => {};
  let last = since;
  return (step) => {
    const now = performance.now();
    process.stderr.write(`[${label}] ${step}: ${(now - last).toFixed(0)} ms\n`);
    last = now;
  };
}
