/**
 * The same sources give the same bytes: two builds by the real build command, in child
 * processes with different time zones (UTC and UTC+14) and clocks days apart, write the same
 * files with the same SHA-256. Only /sitemap-news.xml may depend on "now", and only when
 * SITE_NOW does not fix it.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureFiles } from "../helpers/built-site.ts";
import { hashTree } from "../helpers/output.ts";
import { projectRoot } from "../helpers/seed.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

const shiftClock = path.join(projectRoot, "test/helpers/shift-clock.ts");
const dayMs = 86_400_000;
/** Two days after the newest fixture article: the news sitemap is not empty at this "now". */
const fixtureNow = "2031-06-19T12:00:00+05:00";
/** Whole days from the real clock to fixtureNow: the shifted child lives in June 2031. */
const shiftDays = Math.round((Date.parse(fixtureNow) - Date.now()) / dayMs);

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a node command in a child process with its own environment. */
function runNode(args: readonly string[], env: Readonly<Record<string, string | undefined>>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

interface Machine {
  readonly TZ: string;
  /** Days to move the child's clock by (0: the real clock). */
  readonly shiftDays: number;
  readonly SITE_NOW?: string;
}

function machineArgs(machine: Machine): string[] {
  return ["--import", "tsx", ...(machine.shiftDays ? ["--import", shiftClock] : [])];
}

function machineEnv(machine: Machine): Record<string, string | undefined> {
  return { TZ: machine.TZ, SHIFT_CLOCK_DAYS: String(machine.shiftDays), SITE_NOW: machine.SITE_NOW };
}

/** Builds the content with the real CLI on the given "machine"; returns the output's hashes. */
async function buildOn(machine: Machine, input: string): Promise<Record<string, string>> {
  const output = path.join(tempDir(), "dist");
  const run = await runNode([...machineArgs(machine), "src/cli/build.ts", `--input=${input}`, `--output=${output}`], machineEnv(machine));
  if (run.status !== 0) throw new Error(`build on ${JSON.stringify(machine)} exited ${run.status}:\n${run.stderr}`);
  return hashTree(output);
}

/** Files whose hashes differ (or that only one side has). */
function differences(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((file) => a[file] !== b[file]).sort();
}

const here: Machine = { TZ: "UTC", shiftDays: 0 };
const there: Machine = { TZ: "Pacific/Kiritimati", shiftDays };

describe("reproducible builds", () => {
  let input: string;
  beforeAll(() => {
    input = tempContent(fixtureFiles);
  });

  it("the second machine really has another zone and another clock", async () => {
    // Each process compares its clock with the real one it cannot shift (performance's time
    // origin), in whole days: nothing here depends on when or how fast the processes run.
    const probe = "console.log(JSON.stringify({ offset: new Date().getTimezoneOffset(), now: Date.now(), date: new Date().getTime(), real: performance.timeOrigin + performance.now() }))";
    const [a, b] = await Promise.all([here, there].map((m) => runNode([...machineArgs(m), "-e", probe], machineEnv(m))));
    const first = JSON.parse(a!.stdout) as { offset: number; now: number; date: number; real: number };
    const second = JSON.parse(b!.stdout) as { offset: number; now: number; date: number; real: number };
    // (+ 0: a clock a moment behind the real one rounds to -0.)
    const daysAhead = (clock: number, real: number): number => Math.round((clock - real) / dayMs) + 0;
    expect(first.offset).toBe(0);
    expect(second.offset).toBe(-14 * 60);
    expect([daysAhead(first.now, first.real), daysAhead(first.date, first.real)]).toEqual([0, 0]);
    expect([daysAhead(second.now, second.real), daysAhead(second.date, second.real)]).toEqual([shiftDays, shiftDays]);
    expect(Math.abs(shiftDays)).toBeGreaterThan(1);
  });

  it("gives byte-identical files, except sitemap-news.xml, when SITE_NOW is not fixed", async () => {
    const [a, b] = await Promise.all([buildOn(here, input), buildOn(there, input)]);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    expect(Object.keys(a).length).toBeGreaterThan(40);
    expect(differences(a, b).filter((file) => file !== "sitemap-news.xml")).toEqual([]);
    // The shifted clock reached the build: "now" is in June 2031 there, years earlier here.
    expect(differences(a, b)).toEqual(["sitemap-news.xml"]);
  });

  it("gives byte-identical files, all of them, with the same SITE_NOW", async () => {
    const [a, b] = await Promise.all([buildOn({ ...here, SITE_NOW: fixtureNow }, input), buildOn({ ...there, SITE_NOW: fixtureNow }, input)]);
    expect(Object.keys(a).length).toBeGreaterThan(40);
    expect(differences(a, b)).toEqual([]);
  });
});
