import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkOutputFolder, outputMarker, type OutputFolderCheck } from "../../src/cli/output-folder.ts";
import { commandArgs } from "../helpers/commands.ts";
import { projectRoot, seedFiles } from "../helpers/seed.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

function check(overrides: Partial<OutputFolderCheck> & Pick<OutputFolderCheck, "input" | "output">): void {
  checkOutputFolder({ protectedFolders: [], builtBefore: false, ...overrides });
}

describe("the output folders a build refuses", () => {
  it("refuses the content folder itself, a folder inside it, and a folder that contains it", () => {
    const root = tempDir();
    const input = path.join(root, "content");
    mkdirSync(input);
    expect(() => check({ input, output: input })).toThrow(/is the content folder/);
    expect(() => check({ input, output: path.join(input, "site") })).toThrow(/inside the content folder/);
    expect(() => check({ input, output: root })).toThrow(/contains the content folder/);
    expect(() => check({ input: path.join(root, "a", "..", "content"), output: path.join(input, ".") })).toThrow(/is the content folder/);
  });

  it("refuses the project folder and any folder above it", () => {
    const input = tempDir();
    const project = tempDir();
    expect(() => check({ input, output: project, protectedFolders: [project] })).toThrow(/contains/);
    expect(() => check({ input, output: path.dirname(project), protectedFolders: [project] })).toThrow(/contains/);
    expect(() => check({ input, output: path.join(project, "dist"), protectedFolders: [project] })).not.toThrow();
  });

  it("sees through a link to a protected folder", () => {
    const input = tempDir();
    const project = tempDir();
    const link = path.join(tempDir(), "alias");
    symlinkSync(project, link);
    expect(() => check({ input, output: link, protectedFolders: [project] })).toThrow(/contains/);
  });

  it("refuses a folder that holds a git repository, even with --force or a marker", () => {
    const output = tempContent({ [outputMarker]: "", ".git/HEAD": "ref: refs/heads/main\n" });
    expect(() => check({ input: tempDir(), output, force: true, builtBefore: true })).toThrow(/\.git/);
  });

  it("refuses a non-empty folder that no Wireroom build wrote, unless --force", () => {
    const output = tempContent({ "notes.txt": "mine" });
    expect(() => check({ input: tempDir(), output })).toThrow(/no \.wireroom-site in it.*--force/s);
    expect(() => check({ input: tempDir(), output, force: true })).not.toThrow();
  });

  it("accepts a new folder, an empty one, its own previous output and a site the build state remembers", () => {
    const input = tempDir();
    expect(() => check({ input, output: path.join(tempDir(), "new", "dist") })).not.toThrow();
    expect(() => check({ input, output: tempDir() })).not.toThrow();
    expect(() => check({ input, output: tempContent({ [outputMarker]: "", "index.html": "" }) })).not.toThrow();
    expect(() => check({ input, output: tempContent({ "index.html": "" }), builtBefore: true })).not.toThrow();
  });

  it("refuses a link that no Wireroom build made, and accepts its own", () => {
    const input = tempDir();
    const root = tempDir();
    const elsewhere = tempDir();
    symlinkSync(elsewhere, path.join(root, "site"));
    expect(() => check({ input, output: path.join(root, "site") })).toThrow(/is a link to .* that no Wireroom build made/);
    mkdirSync(path.join(root, ".own.builds", "v1-2-0"), { recursive: true });
    symlinkSync(".own.builds/v1-2-0", path.join(root, "own"));
    expect(() => check({ input, output: path.join(root, "own") })).not.toThrow();
  });

  it("refuses a file given as the output folder", () => {
    const file = path.join(tempDir(), "site");
    writeFileSync(file, "");
    expect(() => check({ input: tempDir(), output: file })).toThrow(/is a file/);
  });
});

/** The real command, in a child process: the refusal must come before anything is read or written. */
function runBuild(args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, commandArgs("src/cli/build.ts", args), { cwd: projectRoot, encoding: "utf8" });
  return { status: result.status, stderr: result.stderr };
}

function listing(folder: string): string[] {
  return readdirSync(folder, { recursive: true }).map(String).sort();
}

describe("npm run build with an output it must not touch", () => {
  it("exits non-zero and leaves a folder that contains the content folder exactly as it was", () => {
    const root = tempContent(Object.fromEntries(Object.entries(seedFiles).map(([name, body]) => [`content/${name}`, body])));
    writeFileSync(path.join(root, "package.json"), "{}");
    const before = listing(root);
    const result = runBuild([`--input=${path.join(root, "content")}`, `--output=${root}`]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/refused, nothing was touched.*contains the content folder/s);
    expect(listing(root)).toEqual(before);
    expect(readFileSync(path.join(root, "package.json"), "utf8")).toBe("{}");
  });

  it("refuses the content folder as the output and keeps its articles", () => {
    const input = tempContent(seedFiles);
    const before = listing(input);
    expect(runBuild([`--input=${input}`, `--output=${input}`]).status).toBe(2);
    expect(listing(input)).toEqual(before);
  });

  it("refuses a stranger's folder without --force, builds into it with --force, and after that needs no --force", () => {
    const input = tempContent(seedFiles);
    const output = tempContent({ "keep-me.txt": "not the build's" });
    const refused = runBuild([`--input=${input}`, `--output=${output}`]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(path.join(output, "keep-me.txt"), "utf8")).toBe("not the build's");

    expect(runBuild([`--input=${input}`, `--output=${output}`, "--force"]).status).toBe(0);
    expect(existsSync(path.join(output, "keep-me.txt"))).toBe(false);
    expect(existsSync(path.join(output, outputMarker))).toBe(true);
    expect(runBuild([`--input=${input}`, `--output=${output}`]).status).toBe(0);
  });
});
