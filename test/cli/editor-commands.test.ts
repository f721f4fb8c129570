/**
 * The editor's commands, run as npm runs them (scripts/run-command.mjs): `npm start -- --input=DIR`
 * previews any content folder (it crashed with "str.charCodeAt is not a function" when the
 * folder was given), and `npm run preview` serves a built site on a local address. Each is
 * started in a process group of its own and stopped by it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { buildFixture } from "../helpers/built-site.ts";
import { commandArgs } from "../helpers/commands.ts";
import { projectRoot } from "../helpers/seed.ts";

const started: ChildProcess[] = [];

afterEach(() => {
  for (const child of started.splice(0)) {
    // The whole group: the command and the servers it started.
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
  }
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a command and resolves with its output once `ready` matches it. */
function startCommand(script: string, args: readonly string[], ready: RegExp): Promise<string> {
  const child = spawn(process.execPath, commandArgs(script, args), { cwd: projectRoot, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  started.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString("utf8");
      if (ready.test(output)) resolve(output);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
}

const fictional = {
  "velsk.md": "---\ntitle: Velsk ferry starts its summer timetable\ndate: 2031-05-02\n---\nThe Velsk Ferry Company said on Friday that boats would run every hour.\n",
};

describe("npm start", () => {
  it("previews any content folder given with --input", async () => {
    const { input } = await buildFixture(fictional);
    const port = await freePort();
    await startCommand("src/cli/start.ts", [`--input=${input}`, `--port=${port}`], /Server at http:\/\/localhost:\d+/);
    const home = await (await fetch(`http://localhost:${port}/`)).text();
    expect(home).toContain("Velsk ferry starts its summer timetable");
  }, 60_000);

  it("refuses a folder that does not exist, naming it", async () => {
    await expect(startCommand("src/cli/start.ts", ["--input=no/such/folder"], /$^/)).rejects.toThrow(/no\/such\/folder is not a folder/);
  });
});

describe("npm run preview", () => {
  it("serves a built site on a local address, folders by their index.html", async () => {
    const { output } = await buildFixture(fictional);
    const log = await startCommand("src/cli/preview.ts", [`--dir=${output}`, "--port=0"], /at (http:\/\/127\.0\.0\.1:\d+)\//);
    const base = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(log)![1]!;
    const article = await fetch(`${base}/news/2031/05/02/velsk-ferry-starts-its-summer-timetable/`);
    expect(article.status).toBe(200);
    const page = await article.text();
    const stylesheet = /<link rel="stylesheet" href="([^"]+)">/.exec(page)![1]!;
    expect((await fetch(`${base}${stylesheet}`)).headers.get("content-type")).toMatch(/^text\/css/);
  }, 60_000);
});
