/**
 * The end of a command (src/cli/exit-when-done.ts), in real processes: with nothing left
 * running it exits at once (Node's 'beforeExit', which a natural end emits, never comes), and
 * whatever the command started that still runs, a timer, a child process writing a file, keeps
 * it up until done, so that no output is lost. Exit codes pass through either way.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/seed.ts";
import { tempDir } from "../helpers/temp-content.ts";

const module = pathToFileURL(path.join(projectRoot, "src", "cli", "exit-when-done.ts")).href;

/** Runs `body` as an ES module under tsx, after the baseline is taken, with `exitWhenDone` and `code` in scope. */
function runScript(body: string, code: number): { status: number | null; stdout: string; stderr: string } {
  const script = `
import { exitWhenDone, takeBaseline } from ${JSON.stringify(module)};
const baseline = takeBaseline();
process.on("beforeExit", () => console.log("beforeExit"));
${body}
console.log("summary");
exitWhenDone(${code}, baseline);
`;
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: projectRoot, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("exitWhenDone", () => {
  it("exits at once with the command's code when nothing it started still runs", () => {
    const result = runScript("", 3);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("summary\n");
    expect(result.status).toBe(3);
  });

  it("waits for a timer the command left running, then exits with the command's code", () => {
    const result = runScript(`setTimeout(() => console.log("late"), 50);`, 4);
    expect(result.stdout).toBe("summary\nlate\nbeforeExit\n");
    expect(result.status).toBe(4);
  });

  it("waits for a child process still writing, which is never cut short", () => {
    const file = path.join(tempDir(), "written-by-the-child.txt");
    const child = `setTimeout(() => require("node:fs").writeFileSync(${JSON.stringify(file)}, "done"), 100)`;
    const result = runScript(`import { spawn } from "node:child_process"; spawn(process.execPath, ["-e", ${JSON.stringify(child)}], { stdio: "ignore" });`, 0);
    expect(result.stdout).toBe("summary\nbeforeExit\n");
    expect(result.status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe("done");
  });
});
