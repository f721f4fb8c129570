/**
 * `npm run bench:micro`: the speed guards that used to be unit tests. Wall-clock limits fail on
 * a busy machine, so the test suite only checks these functions' results; here each runs on a
 * large input, prints its time and exits 1 when one takes more than its limit (best of 3 runs).
 */
import { absolutizeHtml } from "../src/feeds/absolute-urls.ts";
import { toRfc3339, toRfc822 } from "../src/feeds/dates.ts";
import { renderRss } from "../src/feeds/rss.ts";
import type { FeedItem } from "../src/feeds/types.ts";
import { channel, ITEMS, SITE } from "../test/feeds/helpers/fixtures.ts";

interface Guard {
  readonly name: string;
  readonly limitMs: number;
  run(): void;
}

const links = `<p><a href="a.html">a</a> <img src="/i.png" srcset="x.png 1x, y.png 2x"></p>\n`.repeat(20_000);
const items: FeedItem[] = Array.from({ length: 2000 }, (_, i) => ({ ...(ITEMS[0] as FeedItem), url: `${SITE}/2026/a-${i}/` }));
const date = new Date(Date.UTC(2026, 1, 26));

const guards: readonly Guard[] = [
  { name: "absolutizeHtml, 20,000 links (linear scanner)", limitMs: 1000, run: () => void absolutizeHtml(links, "https://wireroom.example/2026/02/26/story/") },
  { name: "renderRss, 2,000 items (string array joined)", limitMs: 2000, run: () => void renderRss(channel({ items })) },
  {
    name: "200,000 RFC 822 and RFC 3339 dates",
    limitMs: 1000,
    run: () => {
      for (let i = 0; i < 100_000; i += 1) {
        toRfc822(date);
        toRfc3339(date);
      }
    },
  },
];

let failed = 0;
for (const guard of guards) {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    guard.run();
    best = Math.min(best, performance.now() - started);
  }
  const ok = best < guard.limitMs;
  if (!ok) failed++;
  console.log(`${ok ? "ok  " : "SLOW"} ${best.toFixed(0).padStart(5)} ms (limit ${guard.limitMs} ms)  ${guard.name}`);
}
process.exitCode = failed ? 1 : 0;
