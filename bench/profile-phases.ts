/**
 * `node --import tsx bench/profile-phases.ts PROFILE.cpuprofile [MORE.cpuprofile …]`
 *
 * Splits a V8 CPU profile of a Wireroom build (`node --cpu-prof --import tsx src/cli/build.ts …`)
 * into the build's phases. Each sample goes to the innermost stack frame that says what the
 * build was doing: a frame in src/articles is parsing, src/entities detection, src/model the
 * site model, _includes or src/{html,seo,feeds} view rendering, Eleventy's own code Eleventy's
 * overhead, Node's fs under Eleventy's writer or the staging code writing, tsx and Node's
 * module loader start-up. Library frames (markdown-it, luxon, yaml) count for the project
 * code that called them. "(idle)" is the main thread waiting: for Pagefind (a child process,
 * not in this profile) and for I/O. Prints seconds per phase.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const project = /\/(src|_includes)\/|\/\.eleventy\.ts$/;

function projectPhase(url: string): string | undefined {
  const m = /\/(src\/[a-z-]+|_includes)\/(.*)$/.exec(url);
  if (!m) return url.endsWith("/.eleventy.ts") ? "Eleventy overhead (config, data cascade, per page)" : undefined;
  const [, dir, file] = m as unknown as [string, string, string];
  if (dir === "src/articles") return "parse (front matter, Markdown, wire text)";
  if (dir === "src/entities") return "detect (people and organisations)";
  if (dir === "src/model") return "model (site model, pages, feeds' data)";
  if (dir === "src/render") return file.startsWith("plan-build") || file.startsWith("render-plan") || file.startsWith("prepare-build") ? "plan (outputs, fingerprints)" : "Eleventy overhead (config, data cascade, per page)";
  if (dir === "src/images") return "plan (outputs, fingerprints)";
  if (dir === "src/feeds") return "view rendering: feeds and sitemaps";
  if (dir === "_includes" || dir === "src/html" || dir === "src/seo") return "view rendering: HTML pages";
  if (dir === "src/cli") {
    if (file.startsWith("search")) return "search index (Node side)";
    if (file.startsWith("atomic-output") || file.startsWith("build-state") || file.startsWith("output-folder")) return "writing (files, staging, state)";
    return "build orchestration (src/cli)";
  }
  return `other project code (${dir})`;
}

function classify(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const cache = new Map<number, string>();
  const phaseOf = (id: number): string => {
    const cached = cache.get(id);
    if (cached) return cached;
    const leaf = byId.get(id)!.callFrame.functionName;
    let phase: string | undefined;
    if (leaf === "(garbage collector)") phase = "garbage collection";
    else if (leaf === "(idle)") phase = "(idle: waiting for Pagefind, I/O)";
    else if (leaf === "(program)") phase = "(program: native, unattributed)";
    else if (leaf === "(root)") phase = "(program: native, unattributed)";
    let fs = false;
    for (let at: number | undefined = id; phase === undefined && at !== undefined; at = parent.get(at)) {
      const { url, functionName } = byId.get(at)!.callFrame;
      // Writing: the write and mkdir calls (and Eleventy's directory check before each write);
      // reads and directory listings count for whoever asked (parse, Eleventy's input scan).
      if (/^(writeFile|writeFileSync|writeFileUtf8|writeSync|mkdir|mkdirSync|rename|renameSync|copyFile|copyFileSync|cpSync|rmSync|unlink|unlinkSync|createDirectoryForFileSync)$/.test(functionName)) fs = true;
      if (project.test(url) && !url.includes("/node_modules/")) {
        const p = projectPhase(url);
        if (p) phase = p.startsWith("Eleventy") && fs ? "writing (files, staging, state)" : p;
      } else if (/\/node_modules\/(@11ty\/eleventy[/-]|tinyglobby\/|fdir\/|picomatch\/)/.test(url)) {
        // Eleventy itself, and the glob of the input folder it does on every run.
        phase = fs ? "writing (files, staging, state)" : "Eleventy overhead (config, data cascade, per page)";
      } else if (url.includes("/node_modules/tsx/") || url.includes("/node_modules/esbuild/") || url.startsWith("node:internal/modules/") || url.startsWith("node:internal/main/")) {
        phase = "start-up (Node, tsx, module loading)";
      }
    }
    phase ??= fs ? "writing (files, staging, state)" : "other (Node internals, libraries)";
    cache.set(id, phase);
    return phase;
  };
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1e6;
    const phase = phaseOf(id);
    totals.set(phase, (totals.get(phase) ?? 0) + dt);
  });
  return totals;
}

const all = new Map<string, number>();
for (const file of process.argv.slice(2)) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const totals = classify(profile);
  const sum = [...totals.values()].reduce((a, b) => a + b, 0);
  console.log(`${file}: ${sum.toFixed(2)} s sampled`);
  for (const [k, v] of totals) all.set(k, (all.get(k) ?? 0) + v);
}
const rows = [...all].sort((a, b) => b[1] - a[1]);
const total = rows.reduce((a, [, v]) => a + v, 0);
for (const [k, v] of rows) console.log(`${k.padEnd(52)} ${v.toFixed(2).padStart(7)} s  ${((100 * v) / total).toFixed(1).padStart(5)}%`);
console.log(`${"total".padEnd(52)} ${total.toFixed(2).padStart(7)} s`);
