import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withOutputLock } from "../../src/publish/build-lock.ts";
import { tempDir } from "../helpers/temp-content.ts";

/** The pid of a process that has ended. */
function deadPid(): number {
  return spawnSync("true").pid!;
}

function lockOf(output: string): string {
  return path.join(path.dirname(output), `.${path.basename(output)}.builds`, "lock");
}

describe("the output lock", () => {
  it("runs two builds into one output one after the other, and tells the second it waits", async () => {
    const output = path.join(tempDir(), "site");
    const events: string[] = [];
    const told: string[] = [];
    let releaseFirst!: () => void;
    const firstMayEnd = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstHolds!: () => void;
    const holding = new Promise<void>((resolve) => (firstHolds = resolve));
    const first = withOutputLock(output, async () => {
      events.push("first starts");
      firstHolds();
      await firstMayEnd;
      events.push("first ends");
    });
    await holding;
    const second = withOutputLock(output, async () => void events.push("second runs"), { onWait: (message) => told.push(message) });
    // The second is waiting now or will be; the first ends only when we say so.
    await new Promise((resolve) => setImmediate(resolve));
    releaseFirst();
    await Promise.all([first, second]);
    expect(events).toEqual(["first starts", "first ends", "second runs"]);
    expect(told.join("\n")).toMatch(new RegExp(`waiting for another build \\(pid ${process.pid}\\)`));
    expect(existsSync(lockOf(output))).toBe(false);
  });

  it("takes over a lock whose holder is gone, and one that cannot be read", async () => {
    for (const text of [JSON.stringify({ pid: deadPid(), host: hostname(), token: "gone-0" }), "{ half"]) {
      const output = path.join(tempDir(), "site");
      mkdirSync(path.dirname(lockOf(output)), { recursive: true });
      writeFileSync(lockOf(output), text);
      let ran = false;
      await withOutputLock(output, async () => {
        ran = true;
        expect(JSON.parse(readFileSync(lockOf(output), "utf8"))).toMatchObject({ pid: process.pid });
      });
      expect(ran).toBe(true);
    }
  });

  it("lets a build take the lock it already holds (a full build started by an incremental one)", async () => {
    const output = path.join(tempDir(), "site");
    const inner = await withOutputLock(output, () => withOutputLock(output, async () => "inner ran"));
    expect(inner).toBe("inner ran");
  });

  it("releases the lock when the build fails", async () => {
    const output = path.join(tempDir(), "site");
    await expect(withOutputLock(output, async () => Promise.reject(new Error("bad input")))).rejects.toThrow("bad input");
    expect(existsSync(lockOf(output))).toBe(false);
  });
});
