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
  const gc = runInNewContext("gc") as ((options?: GcOptions) => void) | undefined;
  if (!gc) return;
  if (asksToReduce) {
    // V8 12 and later keep freed pages for the heap to reuse unless the collection is one that
    // reduces memory: two plain ones left a 10,000-article build on Node 24 at 811 MiB while
    // Pagefind indexed (1,376 MiB for both), against 257 MiB on Node 20. Measured on 660 MiB of
    // dead objects: 606 MiB resident after two plain collections, 69 after this one.
    gc({ type: "major", execution: "sync", flavor: "last-resort" });
    return;
  }
  // V8 11 (Node 20): the first collection frees; only a second one gives most of the freed pages
  // back (239 MiB resident after one, 81 MiB after two, for 180 MiB of dead strings). It reads no
  // flavor, and the options alone gave nothing back at once.
  gc();
  gc();
}

/** What V8's `gc` extension reads (its gc-extension.cc); `flavor` from V8 12 on. */
interface GcOptions {
  readonly type: "major" | "minor";
  readonly execution: "sync" | "async";
  readonly flavor?: "regular" | "last-resort";
}

/** Whether this V8 has the memory-reducing flavor of a collection: 12 and later (Node 22 and 24). */
const asksToReduce = Number(process.versions.v8.split(".")[0]) >= 12;

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

/** Returns free memory when the process holds more than needsCollecting allows. */
export function keepWithinBudget(budget = memoryBudget): void {
  if (!needsCollecting(process.memoryUsage.rss(), floor, budget)) return;
  returnFreeMemory();
  floor = process.memoryUsage.rss();
}

/**
 * Whether a process holding `rss` collects, given what it held after its last collection
 * (`floor`): past the budget, or a quarter past the floor. A site whose live data alone is past
 * the budget (100,000 articles: 1.1–1.2 GiB after each collection) grows 40% past its floor
 * first. Each of its collections marks and compacts the whole heap (about 1.2–1.4 s there): at a
 * quarter's growth a 100,000-article build collected 24 times, 33.6 s of its 503 s, against 2
 * times, 0.36 s, at 10,000 articles, most of why its time grew faster than the site; at 40%, 10
 * times, 11.9 s, for a Node peak of 2.84 GiB instead of 2.48 (60%: 10 times too, 3.14 GiB;
 * session 12, Node 24, `--trace-gc`). Smaller sites, whose floor is under the budget, are not
 * affected.
 */
export function needsCollecting(rss: number, floor: number, budget: number): boolean {
  return rss > (floor > budget ? floor * 1.4 : Math.max(budget, floor * 1.25));
}
