/**
 * `npm start [-- --input=DIR] [--port=N]`: the dev server, previewing any content folder
 * (content/ by default) at http://localhost:8080/. The npm script used to pass
 * `--input=content` to Eleventy itself, so a second `--input` made Eleventy's argument parser
 * hand it a list instead of a path and crash ("str.charCodeAt is not a function"): the
 * folder is chosen here, once, and Eleventy is given exactly one.
 */
import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../project-root.ts";
import { parseArgs, UsageError } from "./args.ts";

/** The command that runs Eleventy's dev server under tsx's watcher (which restarts it when our code changes). */
export function devServerCommand(input: string, port: string | undefined): string[] {
  return [
    "watch", "--clear-screen=false", "--include", "./src", "--include", "./_includes",
    "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", `--input=${input}`, "--output=.cache/dev-site", "--serve", "--quiet",
    ...(port ? [`--port=${port}`] : []),
  ];
}

function main(): number | undefined {
  let input: string;
  let port: string | undefined;
  try {
    const parsed = parseArgs(process.argv.slice(2), ["input", "port"]);
    if (parsed.positional.length) throw new UsageError(`unexpected ${parsed.positional.join(" ")}`);
    input = String(parsed.flags.get("input") ?? "content");
    const given = parsed.flags.get("port");
    port = given === undefined ? undefined : String(given);
    if (port !== undefined && !/^\d+$/.test(port)) throw new UsageError(`--port is a number, not ${port}`);
  } catch (error) {
    console.error(`wireroom start: ${(error as Error).message}\nusage: npm start -- [--input=content] [--port=8080]`);
    return 2;
  }
  const folder = path.resolve(input);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    console.error(`wireroom start: ${input} is not a folder`);
    return 1;
  }
  const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");
  const child = spawn(tsx, devServerCommand(folder, port), { cwd: projectRoot, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
  return undefined;
}

const code = main();
if (code !== undefined) process.exitCode = code;
