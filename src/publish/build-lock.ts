/**
 * One build at a time per output. The lock is a file, `.dist.builds/lock`, naming the holder
 * (pid, host, process start time). It is created whole with link(2), which fails when the name
 * exists, so two builds can never both create it. A build that finds it held waits, saying once
 * whom it waits for; a lock whose holder is gone (killed) is taken over. Taking over goes through
 * a second lock file, so that two waiters cannot both remove the stale lock and then each other's.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { failpoint, pausepoint } from "./failpoints.ts";
import { isAlive, thisProcess, type ProcessId } from "./process-alive.ts";
import { layoutOf } from "./site-layout.ts";

/** Outputs whose lock this async call chain holds: a full build started by an incremental one takes it again. */
const held = new AsyncLocalStorage<ReadonlySet<string>>();

/** How often a waiting build looks at the lock again. */
const pollMilliseconds = 100;

export interface LockOptions {
  /** Told once when the build has to wait (default: a line on stderr). */
  readonly onWait?: (message: string) => void;
}

/** Runs `job` holding the lock of `output`; the lock is released when it ends, however it ends. */
export async function withOutputLock<T>(output: string, job: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const { builds, output: resolved } = layoutOf(output);
  const mine = held.getStore();
  if (mine?.has(resolved)) return job();
  const lock = path.join(builds, "lock");
  const token = await acquire(lock, resolved, options.onWait ?? ((message) => console.warn(`[wireroom] ${message}`)));
  try {
    failpoint("lock:held");
    await pausepoint("lock:held");
    return await held.run(new Set([...(mine ?? []), resolved]), job);
  } finally {
    release(lock, token);
  }
}

interface Holder extends ProcessId {
  /** Tells this process's own builds apart (tests run several in one process). */
  readonly token: string;
}

let tokens = 0;

async function acquire(lock: string, output: string, onWait: (message: string) => void): Promise<string> {
  mkdirSync(path.dirname(lock), { recursive: true });
  const me: Holder = { ...thisProcess(), token: `${process.pid}-${tokens++}` };
  let told = false;
  for (;;) {
    if (createWhole(lock, me)) return me.token;
    const holder = readHolder(lock);
    if (holder === "gone") continue;
    if (holder === "unreadable" || !isAlive(holder)) {
      takeOverStale(lock, holder);
      continue;
    }
    if (!told) {
      onWait(`waiting for another build (pid ${holder.pid}) to finish with ${output}`);
      told = true;
    }
    await sleep(pollMilliseconds);
  }
}

/** Creates `file` holding `holder`, whole, unless it exists: written aside, then hard-linked into place. */
function createWhole(file: string, holder: Holder): boolean {
  const aside = `${file}.${holder.token}.new`;
  writeFileSync(aside, `${JSON.stringify(holder)}\n`);
  try {
    linkSync(aside, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(aside, { force: true });
  }
}

function readHolder(file: string): Holder | "gone" | "unreadable" {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "gone";
    throw error;
  }
  try {
    const holder = JSON.parse(text) as Holder;
    return Number.isInteger(holder.pid) && typeof holder.token === "string" ? holder : "unreadable";
  } catch {
    // Never half-written (createWhole): a damaged file from elsewhere.
    return "unreadable";
  }
}

/**
 * Removes a lock whose holder is gone, once: only the build that creates `lock.takeover` may
 * remove it, and only if it still names the same dead holder.
 */
function takeOverStale(lock: string, stale: Holder | "unreadable"): void {
  const guard = `${lock}.takeover`;
  const me: Holder = { ...thisProcess(), token: `${process.pid}-${tokens++}` };
  if (!createWhole(guard, me)) {
    const other = readHolder(guard);
    // A build killed while taking over leaves its guard: gone with it.
    if (other !== "gone" && (other === "unreadable" || !isAlive(other))) rmSync(guard, { force: true });
    return;
  }
  try {
    const now = readHolder(lock);
    const same = now === "unreadable" ? stale === "unreadable" : now !== "gone" && stale !== "unreadable" && now.token === stale.token;
    if (same) rmSync(lock, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

function release(lock: string, token: string): void {
  const holder = readHolder(lock);
  if (typeof holder === "object" && holder.token === token) rmSync(lock, { force: true });
}

/** Whether a build holds the lock of `output` now (a live holder). */
export function isOutputLocked(output: string): boolean {
  const holder = readHolder(path.join(layoutOf(output).builds, "lock"));
  return typeof holder === "object" && isAlive(holder);
}
