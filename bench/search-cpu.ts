/**
 * `node --import tsx bench/search-cpu.ts --site=DIR [--skip-cli] [--runs=N]`
 *
 * What the search index costs on a built site (`npm run build -- --output=DIR` first), next to
 * Pagefind itself: (1) Wireroom's sharded index of DIR's article pages (writeSearchIndex),
 * (2) one `pagefind --site` run over the same pages (same glob, same excluded selectors),
 * (3) re-indexing after one edit of the newest and of the oldest article (updateSearchIndex with
 * the plan of (1)). CPU is this process's plus its finished children's (Pagefind runs as a
 * child process in both), so that Node's side and Pagefind's are counted alike. Wall times on
 * a shared machine are noisy: compare CPU. On a shared machine CPU time is noisy too (the same
 * run took 15.6 to 22.6 s of Pagefind's CPU as the load went from 2 to 20): `--runs=N` measures
 * (1) and (2) N times each, one right after the other, in alternating order, and prints the
 * median of the runs' ratios.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, realpathSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { arch } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { notArticleText } from "../_includes/pages/article.11ty.ts";
import { searchFolder, updateSearchIndex, writeSearchIndex } from "../src/cli/search-index.ts";

interface Cost {
  readonly wall: number;
  readonly cpu: number;
  /** Of which Pagefind's processes. */
  readonly pagefind: number;
}

/** CPU seconds of this process and of its children that have ended (Linux /proc; 100 ticks a second). */
function cpuSeconds(): { own: number; children: number } {
  const own = process.cpuUsage();
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
  // After "pid (comm) ": state is field 0, cutime field 13, cstime field 14.
  return { own: (own.user + own.system) / 1e6, children: (Number(fields[13]) + Number(fields[14])) / 100 };
}

async function measure(job: () => Promise<unknown> | unknown): Promise<Cost> {
  const wall = performance.now();
  const cpu = cpuSeconds();
  await job();
  const took = (performance.now() - wall) / 1000;
  // A child's CPU is counted once it is reaped: Pagefind's service is killed at the end of each
  // run, and Node reaps it on the next turns of its loop.
  await sleep(500);
  const after = cpuSeconds();
  const pagefind = after.children - cpu.children;
  return { wall: took, cpu: after.own - cpu.own + pagefind, pagefind };
}

const show = (label: string, cost: Cost): void => console.log(`${label.padEnd(44)} wall ${cost.wall.toFixed(2).padStart(6)} s   CPU ${cost.cpu.toFixed(2).padStart(6)} s (Pagefind ${cost.pagefind.toFixed(2)} s)`);

const flag = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const siteArg = flag("site");
if (!siteArg) {
  console.error("usage: node --import tsx bench/search-cpu.ts --site=DIR [--skip-cli] [--runs=N]");
  process.exit(2);
}
const site = realpathSync(siteArg);

const runs = Math.max(1, Number(flag("runs") ?? 1));
const skipCli = process.argv.includes("--skip-cli");

let plan: Awaited<ReturnType<typeof writeSearchIndex>>["plan"] | undefined;
const sharded = async (): Promise<Cost> =>
  measure(async () => {
    plan = (await writeSearchIndex(site)).plan;
  });

const oneRun = async (): Promise<Cost> => {
  const binary = createRequire(import.meta.url).resolve(`@pagefind/linux-${arch()}/bin/pagefind_extended`);
  const out = path.join(path.dirname(site), `.pf-one-${process.pid}`);
  const cli = await measure(() => {
    const run = spawnSync(binary, ["--site", site, "--glob", "news/*/*/*/*/index.html", ...notArticleText.flatMap((s) => ["--exclude-selectors", s]), "--output-path", out, "--silent"], { stdio: "inherit" });
    if (run.status !== 0) throw new Error(`pagefind exited with ${run.status}`);
  });
  const entry = JSON.parse(readFileSync(path.join(out, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  show(`pagefind --site, one run (${Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)} pages)`, cli);
  rmSync(out, { recursive: true, force: true });
  return cli;
};

const ratios: number[] = [];
for (let run = 0; run < runs; run++) {
  const load = (): string => readFileSync("/proc/loadavg", "utf8").split(" ")[0]!;
  if (runs > 1) console.log(`run ${run + 1} of ${runs}, load ${load()}`);
  // Alternating which goes first, so that a load rising or falling through a run favours neither.
  const cliFirst = !skipCli && run % 2 === 1;
  const cli = cliFirst ? await oneRun() : undefined;
  const full = await sharded();
  show(`wireroom sharded index (${plan!.shards.reduce((n, s) => n + s.pages.length, 0)} pages, ${plan!.shards.length} shards)`, full);
  const after = skipCli || cliFirst ? cli : await oneRun();
  if (after) ratios.push(full.cpu / after.cpu);
}
if (ratios.length) {
  const sorted = [...ratios].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  console.log(`sharded CPU / one run's CPU: ${ratios.map((r) => r.toFixed(2)).join(", ")} (median ${median.toFixed(2)})`);
}
const pages = plan!.shards.flatMap((s) => s.pages).sort();

for (const [which, page] of [["newest", pages.at(-1)!], ["oldest", pages[0]!]] as const) {
  const edit = await measure(async () => {
    const result = await updateSearchIndex(site, { changed: [page], removed: [] }, { previous: plan });
    plan = result.plan;
    if (result.indexed !== 1) throw new Error(`expected one shard re-indexed, got ${result.indexed}`);
  });
  const size = plan!.shards.find((s) => s.pages.includes(page))!.pages.length;
  show(`one edit, ${which} article (shard of ${size})`, edit);
}
console.log(`index in ${path.join(site, searchFolder)}`);
