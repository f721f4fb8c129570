import { readFileSync } from "node:fs";
import { hostname } from "node:os";

/**
 * Who holds a lock or owns a temporary folder: a pid alone is not enough, because pids are
 * reused; on Linux the process's start time (in clock ticks since boot, from /proc) tells a
 * reused pid from the original.
 */
export interface ProcessId {
  readonly pid: number;
  readonly host: string;
  /** Start time from /proc/<pid>/stat, where the system has it. */
  readonly started?: string;
}

export function thisProcess(): ProcessId {
  const started = startTimeOf(process.pid);
  return { pid: process.pid, host: hostname(), ...(started ? { started } : {}) };
}

/** Whether the process is still running. A process on another host is assumed to be. */
export function isAlive(holder: ProcessId): boolean {
  if (holder.host !== hostname()) return true;
  if (!pidExists(holder.pid)) return false;
  const started = startTimeOf(holder.pid);
  return !(holder.started && started && started !== holder.started);
}

/** Whether a process with this pid runs on this machine (pids in names of temporary folders). */
export function pidExists(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19];
  } catch {
    return undefined;
  }
}
