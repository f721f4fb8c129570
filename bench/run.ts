/**
 * `npm run bench -- [--articles=N] [--runs=R] [--keep] [--only=LIST] [--seed=S] [--edits=N] [--edit-timings]`
 *
 * Generates one fictional corpus (bench/corpus.ts) under bench/out/, then builds it with
 * Wireroom (with and without its search index), with two bare Eleventy sites (bench/baseline/:
 * `competent/`, the entity map built once in addCollection, and `base-blog/`, pagination over
 * `collections` as in eleventy-base-blog; `eleventy-names` is the competent site with the names
 * under `names:` rather than `tags:`), with Hugo (bench/hugo/, when `hugo` is on PATH) and with
 * the Node floor (bench/floor.ts), rotating the order of the tools from run to run. Each build is a child process measured
 * from outside: wall time, CPU time (user + sys of the child tree), peak RSS
 * (bench/tree-rusage.py, else /usr/bin/time; WIREROOM_BENCH_METER=tree|time|self chooses), and
 * what it wrote (files, bytes, feed bytes, .html and .xml pages). Prints a table and Wireroom's
 * ratios to each baseline, paired run by run. Then, on the last Wireroom site, N one-edit
 * rebuilds through the real command (bench/one-edit.ts), with each
 * one's steps (WIREROOM_TIMINGS) under it with `--edit-timings`. Exits 1 only when a build fails; 2 on bad usage.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { measureEdits, printEdits } from "./one-edit.ts";
import { defaultArticles, defaultSeed, writeCorpus, type CorpusManifest } from "./corpus.ts";

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, "..");
const toolNames = ["wireroom", "wireroom-no-search", "eleventy", "eleventy-names", "eleventy-base-blog", "hugo", "floor"] as const;
type ToolName = (typeof toolNames)[number];

interface Options {
  readonly articles: number;
  readonly runs: number;
  readonly keep: boolean;
  readonly only: readonly ToolName[];
  readonly seed: number;
  /** One-edit rebuilds after the last Wireroom build (bench/one-edit.ts); 0: none. */
  readonly edits: number;
  /** Print each one-edit rebuild's steps (WIREROOM_TIMINGS) under it. */
  readonly editTimings: boolean;
}

function usage(message: string): never {
  console.error(`bench: ${message}\nusage: npm run bench -- [--articles=N] [--runs=R] [--keep] [--only=${toolNames.join(",")}] [--seed=S] [--edits=N] [--edit-timings]`);
  process.exit(2);
}

function parseOptions(argv: readonly string[]): Options {
  let values: { articles?: string; runs?: string; seed?: string; only?: string; keep?: boolean; edits?: string; "edit-timings"?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        articles: { type: "string" },
        runs: { type: "string" },
        seed: { type: "string" },
        only: { type: "string" },
        keep: { type: "boolean" },
        edits: { type: "string" },
        "edit-timings": { type: "boolean" },
      },
    }));
  } catch (error) {
    usage((error as Error).message);
  }
  const positive = (name: string, value: string | undefined, fallback: number): number => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!value || !Number.isInteger(n) || n < 1) usage(`--${name} takes a whole number above 0, not "${value}"`);
    return n;
  };
  let only: ToolName[] = [...toolNames];
  if (values.only !== undefined) {
    const list = values.only.split(",").map((s) => s.trim()).filter(Boolean);
    const unknown = list.filter((t) => !(toolNames as readonly string[]).includes(t));
    if (list.length === 0 || unknown.length) usage(`--only takes a comma-separated list of ${toolNames.join(", ")}`);
    only = toolNames.filter((t) => list.includes(t));
  }
  return {
    articles: positive("articles", values.articles, defaultArticles),
    runs: positive("runs", values.runs, 1),
    seed: positive("seed", values.seed, defaultSeed),
    keep: values.keep ?? false,
    edits: values.edits === "0" ? 0 : positive("edits", values.edits, 5),
    editTimings: values["edit-timings"] ?? false,
    only,
  };
}

// ---------------------------------------------------------------------------------------------
// Measuring a child

interface Measurement {
  readonly tool: ToolName;
  readonly run: number;
  readonly ok: boolean;
  readonly wall: number;
  readonly cpu?: number;
  /** Largest single process of the tree (GNU time's %M). */
  readonly peakMiB?: number;
  /** Largest sum of the tree's resident sets at one time (sampled; tree-rusage.py only). */
  readonly treeMiB?: number;
  readonly out: OutputStats;
  readonly output: string;
  readonly log: string;
}

type Method = "tree" | "time" | "self";

const gnuTime = ["/usr/bin/time", "/bin/time"].find((file) => existsSync(file));
const hasPython = process.platform === "linux" && spawnSync("python3", ["--version"]).status === 0;
/**
 * tree-rusage.py when it can run: it also counts helpers a build leaves unreaped (Wireroom's
 * Pagefind indexer), which /usr/bin/time misses. Then GNU time; then the Node children's own rusage.
 */
const method: Method = chooseMethod(process.env["WIREROOM_BENCH_METER"]);

function chooseMethod(wanted: string | undefined): Method {
  if (wanted === "tree" && hasPython) return "tree";
  if (wanted === "time" && gnuTime) return "time";
  if (wanted === "self") return "self";
  return hasPython ? "tree" : gnuTime ? "time" : "self";
}

const methodNote: Record<Method, string> = {
  tree: "measuring with bench/tree-rusage.py (wall; user+sys and max RSS of the whole child tree, orphaned helpers included; tree RSS sampled)",
  time: `measuring with ${gnuTime} (wall; user+sys and max RSS of the children it waited for: helpers a build leaves behind are missed)`,
  self: "measuring without python3 or /usr/bin/time: Node children report their own rusage; Hugo gets wall time only (apt-get install -y time)",
};

function measure(
  command: string,
  args: readonly string[],
  scratch: string,
  node: boolean,
  extraEnv: Readonly<Record<string, string>>,
): { ok: boolean; wall: number; cpu?: number; peakMiB?: number; treeMiB?: number; log: string } {
  const usageFile = path.join(scratch, "rusage.txt");
  rmSync(usageFile, { force: true });
  let argv: string[];
  let env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv };
  if (method === "tree") argv = ["python3", path.join(benchDir, "tree-rusage.py"), usageFile, command, ...args];
  else if (method === "time") argv = [gnuTime!, "-f", "%e %U %S %M", "-o", usageFile, command, ...args];
  else if (node) {
    argv = [command, "--import", path.join(benchDir, "rusage-report.mjs"), ...args];
    env = { ...env, WIREROOM_BENCH_RUSAGE: usageFile };
  } else argv = [command, ...args];
  const started = performance.now();
  const result = spawnSync(argv[0]!, argv.slice(1), { cwd: root, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
  const elapsed = (performance.now() - started) / 1000;
  const log = `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ? String(result.error) : ""}`;
  const ok = result.status === 0;
  if (!existsSync(usageFile)) return { ok, wall: elapsed, log };
  const text = readFileSync(usageFile, "utf8");
  if (method === "self") {
    const usage = JSON.parse(text) as { user: number; sys: number; maxRssKiB: number };
    return { ok, wall: elapsed, cpu: usage.user + usage.sys, peakMiB: usage.maxRssKiB / 1024, log };
  }
  // GNU time writes "Command exited with non-zero status N" before the numbers on failure.
  const [wall, user, sys, maxKiB, treeKiB] = text.trim().split("\n").pop()!.split(/\s+/).map(Number) as [number, number, number, number, number?];
  return {
    ok,
    wall: Number.isFinite(wall) ? wall : elapsed,
    cpu: user + sys,
    peakMiB: maxKiB / 1024,
    ...(treeKiB !== undefined && Number.isFinite(treeKiB) ? { treeMiB: treeKiB / 1024 } : {}),
    log,
  };
}

/** Files ending in .html or .xml below a folder. */
function countPages(dir: string, filter: (relative: string) => boolean = () => true): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|xml)$/.test(entry.name)) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (filter(relative)) n++;
  }
  return n;
}

interface OutputStats {
  /** Every file written. */
  readonly files: number;
  readonly bytes: number;
  /** `.html` and `.xml` files. */
  readonly pages: number;
  /** RSS, Atom and JSON feeds: `feed.xml|atom|json` (Hugo: `index.xml`). */
  readonly feeds: number;
  readonly feedBytes: number;
  /** The Pagefind index (`pagefind/`), part of `bytes`. */
  readonly searchBytes: number;
}

const isFeed = (name: string): boolean => /^(feed\.(xml|atom|json)|index\.xml)$/.test(name);

function outputStats(dir: string): OutputStats {
  let files = 0, bytes = 0, pages = 0, feeds = 0, feedBytes = 0, searchBytes = 0;
  if (existsSync(dir)) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const size = statSync(file).size;
      files++;
      bytes += size;
      if (/\.(html|xml)$/.test(entry.name)) pages++;
      if (isFeed(entry.name)) {
        feeds++;
        feedBytes += size;
      }
      if (path.relative(dir, file).split(path.sep)[0] === "pagefind") searchBytes += size;
    }
  }
  return { files, bytes, pages, feeds, feedBytes, searchBytes };
}

// ---------------------------------------------------------------------------------------------
// The tools

interface Tool {
  readonly name: ToolName;
  readonly label: string;
  readonly node: boolean;
  command(input: string, output: string): { command: string; args: string[] };
  /** Folder built (inside the corpus folder). */
  readonly input: string;
}

function hugoVersion(): string | undefined {
  const result = spawnSync("hugo", ["version"], { encoding: "utf8" });
  if (result.status !== 0) return undefined;
  return /v(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1] ?? "unknown";
}

function olderThan(version: string, major: number, minor: number): boolean {
  const [a, b] = version.split(".").map(Number) as [number, number];
  return a < major || (a === major && b < minor);
}

/**
 * The same V8 heap limit for all Node tools, as in `npm run build`: V8's default (about 4 GiB)
 * is too small for the base-blog style site from about 20,000 articles on. A limit, not a
 * reservation: what each tool really uses is what the table shows.
 */
const heapLimit = "--max-old-space-size=16384";
const baselineDir = path.join(benchDir, "baseline");
const eleventyCli = path.join(baselineDir, "node_modules", "@11ty", "eleventy", "cmd.cjs");

/** The folders, inside the corpus, that the two Eleventy sites build (templates copied in by main). */
const eleventySites = { eleventy: "competent", "eleventy-names": "competent-names", "eleventy-base-blog": "eleventy" } as const;
const eleventyConfigs = { eleventy: "competent", "eleventy-names": "competent", "eleventy-base-blog": "base-blog" } as const;

function tools(corpus: string, hugo: string | undefined): Tool[] {
  const wireroom = (name: "wireroom" | "wireroom-no-search", label: string, extra: string[]): Tool => ({
    name,
    label,
    node: true,
    input: path.join(corpus, "wireroom"),
    command: (input, output) => ({
      command: process.execPath,
      // As `npm run build` runs it: the compiled copy of the sources (scripts/run-command.mjs), brought up to date before any timing.
      args: [heapLimit, path.join("scripts", "run-command.mjs"), path.join("src", "cli", "build.ts"), `--input=${rel(input)}`, `--output=${rel(output)}`, ...extra],
    }),
  });
  const eleventy = (name: keyof typeof eleventySites, label: string): Tool => ({
    name,
    label,
    node: true,
    input: path.join(corpus, eleventySites[name]),
    command: (input, output) => ({
      command: process.execPath,
      args: [heapLimit, eleventyCli, `--config=${rel(path.join(baselineDir, eleventyConfigs[name], "eleventy.config.js"))}`, `--input=${rel(input)}`, `--output=${rel(output)}`, "--quiet"],
    }),
  });
  return [
    wireroom("wireroom", "Wireroom", []),
    wireroom("wireroom-no-search", "Wireroom, no search", ["--no-search-index"]),
    eleventy("eleventy", "Eleventy 3, competent"),
    eleventy("eleventy-names", "Eleventy 3, competent, names"),
    eleventy("eleventy-base-blog", "Eleventy 3, base-blog"),
    {
      name: "hugo",
      label: `Hugo ${hugo ?? ""}`.trim(),
      node: false,
      input: path.join(corpus, "hugo"),
      command: (input, output) => ({
        command: "hugo",
        args: ["--source", input, "--config", `hugo.toml,${hugo && olderThan(hugo, 0, 128) ? "paginate-legacy.toml" : "paginate.toml"}`, "--destination", path.resolve(output), "--quiet"],
      }),
    },
    {
      // No framework: markdown-it, template literals, writeFileSync (bench/floor.ts).
      name: "floor",
      label: "Node floor",
      node: true,
      input: path.join(corpus, "eleventy", "articles"),
      command: (input, output) => ({
        command: process.execPath,
        args: [heapLimit, "--import", "tsx", path.join("bench", "floor.ts"), `--corpus=${rel(input)}`, `--out=${rel(output)}`],
      }),
    },
  ];
}

function rel(file: string): string {
  return path.relative(root, file) || ".";
}

// ---------------------------------------------------------------------------------------------
// Report

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function table(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (row: readonly string[]): string => row.map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(rows[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

const fmt = (n: number | undefined, digits = 2): string => (n === undefined || !Number.isFinite(n) ? "n/a" : n.toFixed(digits));
const int = (n: number): string => n.toLocaleString("en-GB");
const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);

/** Wireroom's figure over a baseline's, run by run (each run builds every tool once): the median and, over several runs, the range. */
function pairedRatio(results: readonly Measurement[], a: ToolName, b: ToolName, value: (m: Measurement) => number | undefined): string {
  const ratios: number[] = [];
  for (const ra of results) {
    if (ra.tool !== a || !ra.ok) continue;
    const rb = results.find((r) => r.tool === b && r.run === ra.run && r.ok);
    const x = value(ra);
    const y = rb && value(rb);
    if (x !== undefined && y !== undefined && y > 0) ratios.push(x / y);
  }
  if (ratios.length === 0) return "n/a";
  const m = `${median(ratios).toFixed(2)}x`;
  return ratios.length > 1 ? `${m} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})` : m;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const work = path.join(benchDir, "out", `bench-${options.articles}-seed${options.seed}`);
  const corpus = path.join(work, "corpus");
  const sites = path.join(work, "sites");

  console.log(`wireroom bench: ${int(options.articles)} articles, ${options.runs} run(s), seed ${options.seed}, node ${process.version}, ${os.cpus().length} CPU(s), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`);
  console.log(methodNote[method]);

  const started = performance.now();
  const manifest: CorpusManifest = writeCorpus(corpus, { articles: options.articles, seed: options.seed });
  // The competent site gets its own copy of the articles (its directory data file differs);
  // then each site's templates and Hugo's config go beside the generated articles, as in a real site.
  if (options.only.includes("eleventy")) {
    cpSync(path.join(corpus, "eleventy", "articles"), path.join(corpus, eleventySites.eleventy, "articles"), { recursive: true });
    cpSync(path.join(baselineDir, "competent", "site"), path.join(corpus, eleventySites.eleventy), { recursive: true });
  }
  if (options.only.includes("eleventy-names")) {
    // The same articles with the names under `names:`, out of Eleventy's per-tag collections.
    const from = path.join(corpus, "eleventy", "articles");
    const to = path.join(corpus, eleventySites["eleventy-names"], "articles");
    mkdirSync(to, { recursive: true });
    for (const file of readdirSync(from)) writeFileSync(path.join(to, file), readFileSync(path.join(from, file), "utf8").replace("\ntags:\n", "\nnames:\n"));
    cpSync(path.join(baselineDir, "competent", "site"), path.join(corpus, eleventySites["eleventy-names"]), { recursive: true });
  }
  cpSync(path.join(baselineDir, "base-blog", "site"), path.join(corpus, eleventySites["eleventy-base-blog"]), { recursive: true });
  cpSync(path.join(benchDir, "hugo"), path.join(corpus, "hugo"), { recursive: true });
  console.log(
    `corpus: ${int(manifest.articles)} articles (${int(manifest.markdown)} Markdown, ${int(manifest.wire)} wire), ` +
      `${int(manifest.words)} words, ${int(manifest.people)} people and ${int(manifest.organisations)} organisations named, ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s -> ${rel(corpus)}`,
  );

  const hugo = options.only.includes("hugo") ? hugoVersion() : undefined;
  if (options.only.includes("hugo") && !hugo) console.log("hugo: not on PATH, skipped (Debian: apt-get install -y hugo)");
  const hasEleventy = existsSync(eleventyCli);
  if (options.only.some((t) => t.startsWith("eleventy")) && !hasEleventy) {
    console.log("eleventy: bench/baseline has no node_modules, skipped (npm ci --prefix bench/baseline)");
  }
  const selected = tools(corpus, hugo).filter(
    (tool) => options.only.includes(tool.name) && (tool.name !== "hugo" || hugo) && (!tool.name.startsWith("eleventy") || hasEleventy),
  );

  // The compiled copy the commands run from (scripts/run-command.mjs): made now, so that no timed build includes compiling it.
  if (selected.some((tool) => tool.name.startsWith("wireroom"))) spawnSync(process.execPath, [path.join("scripts", "run-command.mjs"), "--compile"], { cwd: root, stdio: "inherit" });

  const results: Measurement[] = [];
  let failed = false;
  let editBase: { output: string; cache: string } | undefined;
  mkdirSync(sites, { recursive: true });
  for (let run = 0; run < options.runs; run++) {
    // Rotate the order so that no tool always runs first (cold caches) or last.
    const order = selected.map((_, i) => selected[(i + run) % selected.length]!);
    for (const tool of order) {
      const output = path.join(sites, tool.name);
      rmSync(output, { recursive: true, force: true });
      const { command, args } = tool.command(tool.input, output);
      const load = os.loadavg()[0]!;
      // Wireroom keeps reusable work (encoded images, state for incremental builds) in its cache
      // folder: a fresh one per build keeps every build cold, like the baselines'.
      const cache = path.join(work, `wireroom-cache-${run + 1}-${tool.name}`);
      rmSync(cache, { recursive: true, force: true });
      const m = measure(command, args, work, tool.node, tool.name.startsWith("wireroom") ? { WIREROOM_CACHE_DIR: cache } : {});
      const out = outputStats(output);
      results.push({ tool: tool.name, run: run + 1, ok: m.ok, wall: m.wall, cpu: m.cpu, peakMiB: m.peakMiB, treeMiB: m.treeMiB, out, output, log: tool.name === "floor" ? m.log : "" });
      console.log(
        `run ${run + 1}/${options.runs} ${tool.label}: ${m.ok ? "ok" : "FAILED"}, ${fmt(m.wall)} s wall, ${fmt(m.cpu)} s CPU, ` +
          `${fmt(m.peakMiB, 0)} MiB peak${m.treeMiB === undefined ? "" : ` (${fmt(m.treeMiB, 0)} MiB tree)`}, ` +
          `${int(out.files)} files, ${mib(out.bytes)} MiB (load before: ${load.toFixed(1)})`,
      );
      if (!m.ok) {
        failed = true;
        console.log(`  ${tool.label} failed; its last output:\n${indent(m.log.trim().split("\n").slice(-20).join("\n"))}`);
      }
      // Only the last run's sites are kept (--keep); the rest would fill the disk at 100,000 articles.
      if (run < options.runs - 1) rmSync(output, { recursive: true, force: true });
      // The last full build's state is what the one-edit rebuilds start from.
      if (tool.name === "wireroom" && run === options.runs - 1 && m.ok && options.edits > 0) editBase = { output, cache };
      else rmSync(cache, { recursive: true, force: true });
    }
  }

  // The table: medians over runs of the successful builds.
  const withTree = method === "tree";
  const rows: string[][] = [["tool", "articles", "wall s", "CPU s", "peak MiB", ...(withTree ? ["tree MiB"] : []), "files", "out MiB", "feeds", "feed MiB", "pages", "pages/s"]];
  const summary = new Map<ToolName, { wall: number }>();
  const medianOf = (values: readonly (number | undefined)[]): number | undefined => {
    const known = values.filter((v): v is number => v !== undefined);
    return known.length ? median(known) : undefined;
  };
  for (const tool of selected) {
    const ok = results.filter((r) => r.tool === tool.name && r.ok);
    if (ok.length === 0) {
      rows.push([tool.label, int(options.articles), "failed", ...rows[0]!.slice(3).map(() => "")]);
      continue;
    }
    const wall = median(ok.map((r) => r.wall));
    const out = ok[ok.length - 1]!.out;
    summary.set(tool.name, { wall });
    rows.push([
      tool.label,
      int(options.articles),
      fmt(wall),
      fmt(medianOf(ok.map((r) => r.cpu))),
      fmt(medianOf(ok.map((r) => r.peakMiB)), 0),
      ...(withTree ? [fmt(medianOf(ok.map((r) => r.treeMiB)), 0)] : []),
      int(out.files),
      mib(out.bytes),
      int(out.feeds),
      mib(out.feedBytes),
      int(out.pages),
      int(Math.round(out.pages / wall)),
    ]);
  }
  console.log(`\n${options.runs > 1 ? `medians of ${options.runs} runs` : "one run"}:\n${table(rows, new Set(rows[0]!.map((_, i) => i).filter((i) => i > 0)))}`);
  const searchOut = results.filter((r) => r.tool === "wireroom" && r.ok).pop()?.out;
  const floorLog = results.filter((r) => r.tool === "floor" && r.ok).pop()?.log;
  if (floorLog) console.log(`Node floor's phases (last run):\n${indent(floorLog.trim())}`);
  if (searchOut) console.log(`Wireroom's search index (pagefind/): ${mib(searchOut.searchBytes)} MiB of its ${mib(searchOut.bytes)} MiB`);

  // Ratios, paired run by run: Wireroom's figure over the baseline's from the same run.
  const pairs: [ToolName, ToolName][] = [
    ["wireroom", "eleventy"],
    ["wireroom", "eleventy-names"],
    ["wireroom", "eleventy-base-blog"],
    ["wireroom", "hugo"],
    ["wireroom-no-search", "hugo"],
    ["wireroom-no-search", "eleventy"],
    ["wireroom-no-search", "eleventy-names"],
    ["wireroom-no-search", "floor"],
  ];
  const labelOf = (name: ToolName): string => selected.find((t) => t.name === name)!.label;
  for (const [a, b] of pairs) {
    if (!summary.has(a) || !summary.has(b)) continue;
    const r = (value: (m: Measurement) => number | undefined): string => pairedRatio(results, a, b, value);
    const memory = `peak memory ${r((m) => m.peakMiB)}${withTree ? `, tree memory ${r((m) => m.treeMiB)}` : ""}`;
    console.log(`${labelOf(a)} / ${labelOf(b)}: wall ${r((m) => m.wall)}, CPU ${r((m) => m.cpu)}, ${memory}, bytes ${r((m) => m.out.bytes)}, files ${r((m) => m.out.files)}`);
  }
  if (options.runs > 1) console.log(`(ratios: median and range of the ${options.runs} pairs, each pair from one run)`);

  const output = results.filter((r) => r.tool.startsWith("wireroom") && r.ok).pop()?.output;
  if (output) {
    const entityPages = (section: string): string => {
      const dir = path.join(output, section);
      const entities = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "index.html"))).length : 0;
      const pages = countPages(dir, (relative) => relative.endsWith(".html") && relative !== "index.html");
      const feeds = countPages(dir, (relative) => relative.endsWith(".xml"));
      return `${int(entities)} ${section} (${int(pages)} pages, ${int(feeds)} feeds)`;
    };
    console.log(
      `Wireroom entity pages: ${entityPages("people")}, ${entityPages("organisations")}; ` +
        `the corpus names ${int(manifest.people)} people and ${int(manifest.organisations)} organisations`,
    );
  }

  if (editBase) {
    const wireroom = selected.find((t) => t.name === "wireroom")!;
    const report = measureEdits({ input: wireroom.input, output: editBase.output, cache: editBase.cache, edits: options.edits, timings: options.editTimings });
    printEdits(report);
    if (!report.recent.every((t) => t.ok)) failed = true;
  }

  const busy = os.loadavg()[0]! > os.cpus().length * 0.75;
  if (busy) console.log(`note: the machine was busy (load ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs); wall times are inflated, compare CPU s`);
  if (options.keep) console.log(`\nkept: corpus in ${rel(corpus)}, sites in ${rel(sites)}`);
  else rmSync(work, { recursive: true, force: true });
  return failed ? 1 : 0;
}

function indent(text: string): string {
  return text.replace(/^/gm, "    ");
}

process.exitCode = await main();
