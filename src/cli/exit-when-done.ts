/**
 * A command's end, without the teardown nobody waits for. When a command returns, Node lets its
 * event loop run dry and then frees the heap page by page: after a one-edit build at 10,000
 * articles that took 25–55 ms between the summary line and the end of the process (some 470
 * munmaps of the heap's pages, measured with strace), time the shell and the bench wait for.
 * `process.exit` leaves the pages to the kernel, which frees them at once.
 *
 * Only when nothing the command started is still running: a write not yet flushed, a child
 * process, a timer or a file operation still pending keeps the process up as before, so that an
 * early exit never cuts output short nor kills what is still writing. What counts as running is
 * Node's own list of the handles and requests that keep the event loop alive, against the same
 * list taken before the command began (its standard streams).
 */

/** What keeps the event loop alive before the command starts anything: its standard streams. */
export interface Baseline {
  readonly resources: readonly string[];
}

/** Taken before the command starts anything. The standard streams are opened here if they were not yet, so that they count as the baseline. */
export function takeBaseline(): Baseline {
  // Node opens each stream the first time it is used: opened now, they are part of the baseline, not something the command left running.
  void process.stdout.writableLength;
  void process.stderr.writableLength;
  return { resources: process.getActiveResourcesInfo() };
}

/** Whether anything beyond the baseline is still alive: a handle, a pending request, or buffered output. */
export function somethingStillRuns(baseline: Baseline): boolean {
  if (process.stdout.writableLength > 0 || process.stderr.writableLength > 0) return true;
  const left = new Map<string, number>();
  for (const resource of baseline.resources) left.set(resource, (left.get(resource) ?? 0) + 1);
  for (const resource of process.getActiveResourcesInfo()) {
    const count = left.get(resource) ?? 0;
    if (count === 0) return true;
    left.set(resource, count - 1);
  }
  return false;
}

/**
 * Ends the command with `code`: at once when nothing it started still runs, else when the event
 * loop is empty, as Node would ('beforeExit' and all).
 */
export function exitWhenDone(code: number, baseline: Baseline): void {
  process.exitCode = code;
  if (!somethingStillRuns(baseline)) process.exit(code);
}
