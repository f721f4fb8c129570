import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * Collects garbage now and lets V8 give the freed pages back to the system. V8 collects when
 * it next allocates, and a build waiting on a child process (Pagefind) allocates nothing, so
 * without this the memory of pages already written stays resident while the child needs its
 * own. The flag is set at run time the way Jest's --logHeapUsage does it; the `gc` function
 * only exists in contexts created after the flag is set.
 */
export function returnFreeMemory(): void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as (() => void) | undefined;
  // The first collection frees; only a second one gives most of the freed pages back (measured:
  // 239 MiB resident after one, 81 MiB after two, for 180 MiB of dead strings).
  gc?.();
  gc?.();
}

/**
 * Resident memory above which a long build collects between its steps. V8 otherwise lets the
 * heap grow far past what is live (a 10,000-article build reached 1.4 GiB with about 0.5 GiB
 * live). Each collection is two full ones of the whole heap (0.3 to 2 s at 10,000 articles,
 * by the machine's load): at 640 MiB a 10,000-article build collected six times, 17 s of a
 * busy machine's wall time; at 800 MiB it stays under issue 14's 1 GiB with fewer of them.
 */
export const memoryBudget = 800 * 1024 * 1024;

/**
 * What was resident after the last collection: a large site's live data alone can be above
 * the budget, and collecting after every run would then cost time in proportion to the site
 * for every run (quadratic). Growth above this floor is what is worth collecting.
 */
let floor = 0;

/** Returns free memory when the process holds more than `budget`, or a quarter more than it held after the last collection. */
export function keepWithinBudget(budget = memoryBudget): void {
  if (process.memoryUsage.rss() <= Math.max(budget, floor * 1.25)) return;
  returnFreeMemory();
  floor = process.memoryUsage.rss();
}
