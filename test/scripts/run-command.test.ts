/**
 * scripts/run-command.mjs, the launcher of every npm command, in a small project of its own (the
 * real launcher and TypeScript settings, a command of two modules, the real node_modules): it
 * compiles when the sources changed and only then, runs the command's bundle (or the modules' copy
 * without one), never runs a stale copy, lets type errors
 * through, falls back to tsx when compiling fails, and keeps stack traces pointing at the .ts files.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/seed.ts";
import { tempDir } from "../helpers/temp-content.ts";

const command = `import { greeting } from "../greeting.ts";

const args = process.argv.slice(2);
if (args.includes("--throw")) throw new Error("the command failed on purpose");
if (args.includes("--maps-at-start")) console.log(\`Node's source maps: \${String(process.sourceMapsEnabled)}\`);
console.log(\`\${greeting}: \${args.join(" ")} (\${process.argv[1]})\`);
if (args.includes("--fail")) process.exitCode = 3;
`;

/** A project with the real launcher and build settings, and src/cli/hello.ts importing src/greeting.ts. */
function smallProject(greeting = "hello"): string {
  const root = tempDir();
  for (const file of ["scripts/run-command.mjs", "tsconfig.json", "tsconfig.build.json"]) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    copyFileSync(path.join(projectRoot, file), path.join(root, file));
  }
  writeFileSync(path.join(root, "package.json"), JSON.stringify({ type: "module" }));
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"));
  mkdirSync(path.join(root, "src", "cli"), { recursive: true });
  mkdirSync(path.join(root, "_includes"));
  writeFileSync(path.join(root, "src", "cli", "hello.ts"), command);
  writeGreeting(root, `export const greeting: string = "${greeting}";\n`);
  return root;
}

function writeGreeting(root: string, source: string): void {
  writeFileSync(path.join(root, "src", "greeting.ts"), source);
}

function run(root: string, args: readonly string[] = []): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(root, "scripts", "run-command.mjs"), "src/cli/hello.ts", ...args], { cwd: root, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function copies(root: string): string[] {
  return readdirSync(path.join(root, ".cache", "js")).sort();
}

describe("scripts/run-command.mjs", () => {
  it("compiles on the first run, saying so, then runs the compiled command with its arguments", () => {
    const root = smallProject();
    const first = run(root, ["--input=content"]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/compiling the TypeScript sources into \.cache\/js\/[0-9a-f]+/);
    const [copy] = copies(root);
    // The command's bundle (src/greeting.ts inside it), beside the copy of the modules.
    expect(first.stdout).toBe(`hello: --input=content (${path.join(root, ".cache", "js", copy!, "bundle", "hello.mjs")})\n`);
    const second = run(root, ["--input=content"]);
    expect(second).toEqual({ status: 0, stdout: first.stdout, stderr: "" });
    expect(copies(root)).toEqual([copy]);
  });

  it("runs the command from the modules' copy when it has no bundle", () => {
    const root = smallProject();
    expect(run(root).status).toBe(0);
    const [copy] = copies(root);
    rmSync(path.join(root, ".cache", "js", copy!, "bundle"), { recursive: true });
    const result = run(root, ["--input=content"]);
    expect(result).toEqual({ status: 0, stdout: `hello: --input=content (${path.join(root, ".cache", "js", copy!, "src", "cli", "hello.js")})\n`, stderr: "" });
  });

  it("compiles again when a source was added, changed or removed", () => {
    const root = smallProject();
    expect(run(root).stdout).toMatch(/^hello:/);
    writeFileSync(path.join(root, "src", "cli", "unused.ts"), "export const unused = 1;\n");
    expect(run(root).stderr).toMatch(/compiling/);
    writeGreeting(root, `export const greeting: string = "good morning";\n`);
    const edited = run(root);
    expect(edited.stderr).toMatch(/compiling/);
    expect(edited.stdout).toMatch(/^good morning:/);
    rmSync(path.join(root, "src", "cli", "unused.ts"));
    expect(run(root).stderr).toMatch(/compiling/);
    expect(run(root)).toMatchObject({ status: 0, stderr: "" });
  });

  it("runs a command with type errors: checking types is npm test's job, not the run's", () => {
    const root = smallProject();
    writeGreeting(root, `export const greeting: number = "typed wrongly";\n`);
    const result = run(root);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^typed wrongly: /);
    expect(result.stderr).not.toMatch(/tsx/);
  });

  it("runs the command through tsx, saying why, when compiling fails", () => {
    const root = smallProject();
    const config = path.join(root, "tsconfig.build.json");
    const settings = JSON.parse(readFileSync(config, "utf8")) as { compilerOptions: Record<string, unknown> };
    writeFileSync(config, JSON.stringify({ ...settings, compilerOptions: { ...settings.compilerOptions, target: "es1" } }));
    const result = run(root, ["--fail"]);
    expect(result.stderr).toMatch(/running src\/cli\/hello\.ts through tsx: the compiler failed/);
    expect(result.stdout).toBe(`hello: --fail (${path.join(root, "src", "cli", "hello.ts")})\n`);
    expect(result.status).toBe(3);
    // Nothing half-made is left to be taken for a compiled copy.
    expect(copies(root)).toEqual([]);
  });

  it("passes the command's exit code on, and its stack traces name the TypeScript source", () => {
    const root = smallProject();
    expect(run(root, ["--fail"]).status).toBe(3);
    const thrown = run(root, ["--throw"]);
    expect(thrown.status).toBe(1);
    expect(thrown.stderr).toContain("the command failed on purpose");
    expect(thrown.stderr).toContain(`${path.join(root, "src", "cli", "hello.ts")}:4:`);
  });

  it("reads the source maps only when a stack is formatted: Node's own support, which parses every map at load, stays off", () => {
    const root = smallProject();
    expect(run(root).status).toBe(0);
    const result = run(root, ["--maps-at-start"]);
    expect(result.stdout).toMatch(/^Node's source maps: false\n/);
    // The frames of the modules' copy are mapped too.
    const [copy] = copies(root);
    rmSync(path.join(root, ".cache", "js", copy!, "bundle"), { recursive: true });
    const thrown = run(root, ["--throw"]);
    expect(thrown.status).toBe(1);
    expect(thrown.stderr).toContain(`${path.join(root, "src", "cli", "hello.ts")}:4:`);
  });

  it("gives commands started side by side one complete copy", async () => {
    const root = smallProject();
    const runs = await Promise.all(
      [1, 2, 3].map(
        (n) =>
          new Promise<{ code: number | null; stdout: string }>((resolve) => {
            const child = spawn(process.execPath, [path.join(root, "scripts", "run-command.mjs"), "src/cli/hello.ts", `run-${n}`], { cwd: root });
            let stdout = "";
            child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
            child.on("close", (code) => resolve({ code, stdout }));
          }),
      ),
    );
    expect(runs.map((result) => result.code)).toEqual([0, 0, 0]);
    expect(runs.map((result) => result.stdout.split(" (")[0])).toEqual(["hello: run-1", "hello: run-2", "hello: run-3"]);
    expect(copies(root)).toHaveLength(1);
  });
});
