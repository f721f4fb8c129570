/**
 * Pagefind dies with the build: the wrapper that tied-children.ts names as Pagefind's binary
 * starts the real one with the parent-death signal. Tried here with `sleep` standing in for
 * Pagefind (a busy Pagefind does not notice that its parent is gone): a parent that starts it and
 * is killed with SIGKILL leaves no sleep behind.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/seed.ts";

const wrapper = path.join(projectRoot, "src/publish/pagefind-tied.sh");
const hasSetpriv = spawnSync("sh", ["-c", "command -v setpriv"]).status === 0;

/** Whether the process runs (a zombie has ended: it only waits to be reaped). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

describe.skipIf(process.platform !== "linux" || !hasSetpriv)("a child started through the wrapper", () => {
  it("dies when the process that started it is killed", async () => {
    // The parent starts the child, waits until it is the real program (the signal is set by
    // then), prints its pid and kills itself as a failpoint would.
    const parent = `
      const { spawn } = require("node:child_process");
      const { readFileSync } = require("node:fs");
      const child = spawn(${JSON.stringify(wrapper)}, ["1000"], { stdio: "ignore", env: { ...process.env, WIREROOM_PAGEFIND_BINARY: "sleep" } });
      const wait = () => {
        let comm = "";
        try { comm = readFileSync("/proc/" + child.pid + "/comm", "utf8").trim(); } catch {}
        if (comm !== "sleep") return setTimeout(wait, 10);
        process.stdout.write(String(child.pid));
        process.kill(process.pid, "SIGKILL");
      };
      wait();`;
    expect(existsSync(wrapper)).toBe(true);
    const result = spawnSync(process.execPath, ["-e", parent], { encoding: "utf8" });
    expect(result.signal).toBe("SIGKILL");
    const pid = Number(result.stdout);
    expect(pid).toBeGreaterThan(0);
    // SIGKILL is sent as the parent exits; the child needs a moment to be gone.
    for (let i = 0; i < 100 && running(pid); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    const alive = running(pid);
    if (alive) process.kill(pid, "SIGKILL");
    expect(alive).toBe(false);
  });
});
