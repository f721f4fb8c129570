/**
 * The fault suite's tools: the real build command in a child process (so that a failpoint's
 * SIGKILL kills a build, not the test), what a killed build may leave, and the processes it may
 * leave running. Fictional articles only.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { markdownArticle, wireText } from "../helpers/fixtures.ts";
import { projectRoot, seedFiles } from "../helpers/seed.ts";

export const siteNow = "2031-06-10T12:00:00+05:00";

/**
 * A test file's own build cache and clock: set before its first build, removed and restored
 * after its last. Each fault test file calls it once, at its top.
 */
export function useFaultEnvironment(): { readonly cacheDir: string } {
  const saved = { cache: process.env["WIREROOM_CACHE_DIR"], now: process.env["SITE_NOW"] };
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "wireroom-fault-cache-"));
    process.env["WIREROOM_CACHE_DIR"] = dir;
    process.env["SITE_NOW"] = siteNow;
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    restore("WIREROOM_CACHE_DIR", saved.cache);
    restore("SITE_NOW", saved.now);
  });
  return {
    get cacheDir() {
      return dir;
    },
  };
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** The site before the edit: the seed, a Markdown article and a wire text. */
export const before: Readonly<Record<string, string | Uint8Array>> = { ...seedFiles, "port.md": markdownArticle, "wire.txt": wireText };

const editedPort = markdownArticle.replace("Varnossa opens a port on the Kessel Sea", "Varnossa opens a grain port on the Kessel Sea");
const newArticle = `---\ntitle: Keldor rail wagons arrive in Velsk\ndate: 2031-06-05T10:00:00+02:00\n---\nThe first 40 wagons from the Keldor Wagon Works reached Velsk on Thursday, Tomas Rekk of the Kessel Port Authority said.\n`;

/** The site after the edit: one article edited (new headline, new URL), one added, one deleted. */
export const after: Readonly<Record<string, string | Uint8Array>> = { ...seedFiles, "port.md": editedPort, "rail.md": newArticle };

/** Turns a content folder holding `before` into one holding `after`. */
export function applyEdit(input: string): void {
  writeFileSync(path.join(input, "port.md"), editedPort);
  writeFileSync(path.join(input, "rail.md"), newArticle);
  rmSync(path.join(input, "wire.txt"));
}

export interface RunResult {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Run {
  readonly done: Promise<RunResult>;
  /** Resolves when stderr has shown `text`. */
  readonly saw: (text: string) => Promise<void>;
}

/** Tags every child build, so that processes it leaves behind can be found by their environment. */
export const runTag = randomUUID();

/** `npm run build -- …args` as a child process, with the test's cache folder and clock. */
export function startBuild(args: readonly string[], env: Readonly<Record<string, string>>): Run {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/build.ts", ...args], {
    cwd: projectRoot,
    env: { ...process.env, SITE_NOW: siteNow, WIREROOM_FAULT_RUN: runTag, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const waiters: { text: string; resolve: () => void }[] = [];
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const waiter of waiters.splice(0)) if (stderr.includes(waiter.text)) waiter.resolve();
    else waiters.push(waiter);
  });
  const done = new Promise<RunResult>((resolve) => child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr })));
  const saw = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (stderr.includes(text)) return resolve();
      waiters.push({ text, resolve });
      void done.then((result) => reject(new Error(`the build ended without printing "${text}":\n${result.stderr}`)));
    });
  return { done, saw };
}

export function runBuild(args: readonly string[], env: Readonly<Record<string, string>>): Promise<RunResult> {
  return startBuild(args, env).done;
}

/** Running processes (not zombies) that a child build of this test file started: Pagefind, say. */
export function leftoverProcesses(): string[] {
  const found: string[] = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/environ`, "utf8").includes(`WIREROOM_FAULT_RUN=${runTag}`)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) continue;
      found.push(`${pid} ${readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ")}`);
    } catch {
      // Gone while we looked.
    }
  }
  return found;
}

/**
 * Waits until no process of this file's builds runs, and returns those still running after
 * `patience` tries. Not a timing assertion: a process that received SIGKILL needs a moment to
 * be gone, and one that never gets it is reported however long we wait.
 */
export async function processesLeftAfterKill(patience = 100): Promise<string[]> {
  for (let i = 0; i < patience; i++) {
    if (leftoverProcesses().length === 0) return [];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return leftoverProcesses();
}

/** Half-written state files and image encodings left in the cache folder. */
export function cacheDebrisOf(cacheDir: string): string[] {
  return readdirSync(cacheDir, { recursive: true })
    .map(String)
    .filter((name) => /\.tmp$/.test(name) || /(^|\/)\.[0-9a-f]+\.\d+\.\d+$/.test(name));
}
