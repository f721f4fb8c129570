/**
 * One edit, rebuilt from the command line: the time an editor waits between saving a correction
 * and seeing it in the site, measured on a built bench site with the command users run
 * (`npm run build -- --incremental`), npm and Node start-up included.
 *
 * Used by bench/run.ts after its last Wireroom build; on its own:
 *   node --import tsx bench/one-edit.ts --input=CORPUS --output=SITE --cache=CACHE [--edits=5] [--timings]
 * (the site must have been built from CORPUS with WIREROOM_CACHE_DIR=CACHE).
 *
 * The edits are the ones a wire desk makes after publishing, on the newest articles, where
 * corrections happen: a sentence added at the end, a headline rewritten, a paragraph inserted,
 * a word of the lead corrected (which changes the summary), the last paragraph removed; in that
 * order, one per article, newest first. The median of them is issue 14's figure. One edit of the
 * oldest article follows, reported apart: it lives in a large search shard.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface EditTiming {
  readonly article: string;
  readonly edit: string;
  readonly seconds: number;
  readonly ok: boolean;
  /** The command's summary line ("updated N files …"), or its last output on failure. */
  readonly said: string;
  /** Per-step timings (WIREROOM_TIMINGS), when asked for. */
  readonly steps?: string;
}

export interface EditReport {
  readonly recent: readonly EditTiming[];
  readonly oldest?: EditTiming;
  readonly medianSeconds: number;
}

interface Source {
  readonly file: string;
  readonly date: string;
}

/** The corpus's article sources, newest first (date, then name, so that the order is fixed). */
function sourcesByDate(input: string): Source[] {
  const sources: Source[] = [];
  for (const name of readdirSync(input)) {
    if (!name.endsWith(".md") && !name.endsWith(".txt")) continue;
    const head = readFileSync(path.join(input, name), "utf8").slice(0, 2000);
    const date = /^date:?\s+"?([0-9T:.+-]+)/m.exec(head)?.[1];
    if (date) sources.push({ file: path.join(input, name), date });
  }
  return sources.sort((a, b) => (a.date === b.date ? a.file.localeCompare(b.file) : a.date < b.date ? 1 : -1));
}

/** Body paragraphs start after the front matter (Markdown) or the date line (wire text). */
function splitSource(text: string): { head: string; paragraphs: string[] } {
  const bodyStart = text.startsWith("---\n") ? text.indexOf("\n---\n", 4) + 5 : text.indexOf("\n") + 1;
  return { head: text.slice(0, bodyStart), paragraphs: text.slice(bodyStart).trim().split(/\n\s*\n/) };
}

function joinSource(head: string, paragraphs: readonly string[]): string {
  return `${head}${head.endsWith("\n\n") ? "" : "\n"}${paragraphs.join("\n\n")}\n`;
}

type Edit = { readonly name: string; readonly apply: (file: string) => void };

const editBody = (change: (paragraphs: string[]) => void) => (file: string): void => {
  const { head, paragraphs } = splitSource(readFileSync(file, "utf8"));
  change(paragraphs);
  writeFileSync(file, joinSource(head, paragraphs));
};

const edits: readonly Edit[] = [
  { name: "a sentence added at the end", apply: editBody((p) => (p[p.length - 1] += " The figures will be published in full next week.")) },
  {
    name: "headline rewritten",
    apply: (file) => {
      if (file.endsWith(".md")) {
        writeFileSync(file, readFileSync(file, "utf8").replace(/^title: "(.*)"$/m, (_, title: string) => `title: "${title}, officials say"`));
        return;
      }
      // A wire text's headline is in its data file, as an editor adds it.
      const data = file.replace(/\.txt$/, ".11tydata.json");
      const json = JSON.parse(readFileSync(data, "utf8")) as { headline?: string };
      writeFileSync(data, `${JSON.stringify({ ...json, headline: `${json.headline ?? "Update"}, officials say` }, null, 2)}\n`);
    },
  },
  { name: "a paragraph inserted", apply: editBody((p) => p.splice(2, 0, "Officials said the timetable would be reviewed again in the spring, after the first results are in.")) },
  { name: "a word of the lead corrected", apply: editBody((p) => (p[0] = p[0]!.replace(/ on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/, " earlier this week").replace(/\.$/, ", officials said."))) },
  { name: "the last paragraph removed", apply: editBody((p) => void (p.length > 2 && p.pop())) },
];

function rebuild(input: string, output: string, cache: string, timings: boolean): { seconds: number; ok: boolean; said: string; steps?: string } {
  const started = performance.now();
  const result = spawnSync("npm", ["run", "--silent", "build", "--", "--incremental", `--input=${input}`, `--output=${output}`], {
    cwd: root,
    // npm, and the command it starts, on the Node that runs the bench (its full builds ran on it):
    // without this, `npx -y node@24 …` would time the edits on whichever Node the PATH has.
    env: { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ""}`, WIREROOM_CACHE_DIR: cache, ...(timings ? { WIREROOM_TIMINGS: "1" } : {}) },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const seconds = (performance.now() - started) / 1000;
  const text = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  const ok = result.status === 0;
  const said = ok ? (text.split("\n").find((line) => line.startsWith("wireroom:")) ?? "").replace(/^wireroom: /, "") : text.trim().split("\n").slice(-10).join("\n");
  const steps = text.split("\n").filter((line) => /^\[[a-z ]+\] /.test(line)).join("\n");
  return { seconds, ok, said, ...(timings && steps ? { steps } : {}) };
}

/** Makes the edits one at a time, rebuilding after each. Changes the corpus in place. */
export function measureEdits(options: { input: string; output: string; cache: string; edits?: number; timings?: boolean }): EditReport {
  const sources = sourcesByDate(options.input);
  const count = Math.min(options.edits ?? edits.length, sources.length);
  const run = (source: Source, edit: Edit): EditTiming => {
    edit.apply(source.file);
    return { article: path.basename(source.file), edit: edit.name, ...rebuild(options.input, options.output, options.cache, options.timings ?? false) };
  };
  const recent = sources.slice(0, count).map((source, i) => run(source, edits[i % edits.length]!));
  const oldest = sources.length > count ? run(sources[sources.length - 1]!, edits[0]!) : undefined;
  const times = recent.filter((t) => t.ok).map((t) => t.seconds).sort((a, b) => a - b);
  const medianSeconds = times.length ? (times.length % 2 ? times[(times.length - 1) / 2]! : (times[times.length / 2 - 1]! + times[times.length / 2]!) / 2) : Number.NaN;
  return { recent, ...(oldest ? { oldest } : {}), medianSeconds };
}

export function printEdits(report: EditReport): void {
  const line = (t: EditTiming): string => `  ${t.seconds.toFixed(2)} s  ${t.ok ? "" : "FAILED "}${t.edit} (${t.article}): ${t.said}${t.steps ? `\n${t.steps.replace(/^/gm, "      ")}` : ""}`;
  console.log(`\none edit through \`npm run build -- --incremental\` on Node ${process.version} (npm and Node start-up included), newest articles:`);
  for (const t of report.recent) console.log(line(t));
  console.log(`  median of ${report.recent.length}: ${report.medianSeconds.toFixed(2)} s (issue 14's target: 1 s)`);
  if (report.oldest) console.log(`the oldest article, for comparison:\n${line(report.oldest)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { input: { type: "string" }, output: { type: "string" }, cache: { type: "string" }, edits: { type: "string" }, timings: { type: "boolean" } } });
  if (!values.input || !values.output || !values.cache) {
    console.error("usage: node --import tsx bench/one-edit.ts --input=CORPUS --output=SITE --cache=CACHE [--edits=5] [--timings]");
    process.exit(2);
  }
  const report = measureEdits({ input: path.resolve(values.input), output: path.resolve(values.output), cache: path.resolve(values.cache), edits: Number(values.edits ?? 5), timings: values.timings ?? false });
  printEdits(report);
  process.exitCode = report.recent.every((t) => t.ok) && (report.oldest?.ok ?? true) ? 0 : 1;
}
