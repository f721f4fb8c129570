/**
 * `node scripts/run-command.mjs src/cli/build.ts [args…]`: runs a command from its compiled
 * JavaScript. The npm scripts run every command this way. Loading the commands through tsx
 * compiled each module again at every start (about 0.6 s of a one-edit rebuild); the compiled
 * copy loads like any JavaScript. The sources stay the TypeScript in src/ and _includes/.
 *
 * The copy is never stale: before each run the sources' modification times are read (a few ms)
 * and hashed into a version; `.cache/js/<version>/` is the copy of exactly those sources. When
 * it is missing, the sources are compiled first (said on stderr), into a folder of its own that
 * is renamed into place when complete, so that commands started side by side never load a
 * half-written copy. If compiling fails (TypeScript missing, say), the command runs through tsx
 * as it used to, and says why. Type errors never block a run: the compile does not type-check
 * (that is `npm test`'s job, `tsc --noEmit`).
 *
 * Each command also runs as one bundle (`.cache/js/<version>/bundle/<command>.mjs`, made by esbuild,
 * which tsx brings, in the same compile): loading some 150 modules one by one cost a one-edit
 * rebuild ~0.3 s of CPU, the bundle ~0.2 s. Its files are named .mjs: Node then knows them for
 * ES modules by their name, where for a .js file it looks for the package.json above it first
 * (loading a one-edit build's modules, 7 ms of 74 ms of CPU, measured). The small pure-JavaScript libraries every command
 * loads (bundledLibraries) go into the bundle too: Node 20 has no compile cache, and loading them
 * module by module from node_modules took a one-edit rebuild 60 ms. Eleventy, Pagefind, native
 * modules and the tools stay outside, loaded from node_modules as before. The modules' copy
 * beside it stays the fallback: without esbuild, or if bundling fails, commands run from it, as
 * they did.
 *
 * `node scripts/run-command.mjs --compile` only brings the copy up to date: npm's `prepare`
 * runs it, so `npm ci` leaves a compiled copy behind.
 *
 * Plain JavaScript on purpose: it must run before anything is compiled.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from "node:fs";
import module, { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Where the compiled copies live; src/project-root.ts finds the project from inside one by this layout. */
const compiledFolder = path.join(".cache", "js");

/** The compiler's settings for the copy; its `include` also names the sources the version is made of. */
const buildConfig = "tsconfig.build.json";

/** Files besides the sources that change what the compiler and the bundler write. */
const compilerInputs = ["tsconfig.json", buildConfig, "package.json", "package-lock.json", "node_modules/typescript/package.json", "node_modules/esbuild/package.json", "scripts/run-command.mjs"];

/**
 * Copies nobody has started a command from for this long are removed after the next compile.
 * Each run touches the copy it loads, so that a build still running keeps its own (its later
 * `import()`s need it); no build runs for an hour, and the dev server's code runs under tsx.
 */
const unusedFor = 60 * 60 * 1000;

/** Project-relative paths of every file the compiled copy is made from, sorted. */
function sourceFiles(root = projectRoot) {
  const config = JSON.parse(readFileSync(path.join(root, buildConfig), "utf8"));
  const files = [];
  for (const pattern of config.include ?? []) {
    // The config's patterns are folders of TypeScript ("src/**/*.ts") or single files.
    const folder = /^(.*)\/\*\*\/\*\.ts$/.exec(pattern)?.[1];
    if (folder === undefined) files.push(pattern);
    else files.push(...typeScriptIn(root, folder));
  }
  return [...files, ...compilerInputs].sort();
}

function typeScriptIn(root, folder) {
  const found = [];
  for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
    const child = `${folder}/${entry.name}`;
    if (entry.isDirectory()) found.push(...typeScriptIn(root, child));
    else if (entry.name.endsWith(".ts")) found.push(child);
  }
  return found;
}

/** The version of the sources: their names, sizes and modification times (a missing file counts as missing). */
function sourceVersion(root = projectRoot, files = sourceFiles(root)) {
  const hash = createHash("sha256");
  for (const file of files) {
    const stat = statSync(path.join(root, file), { throwIfNoEntry: false });
    hash.update(`${file}\0${stat ? `${stat.size}\0${stat.mtimeMs}` : "missing"}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * The folder of a compiled copy of the current sources, compiling them first when there is none;
 * or why there is none.
 */
function compiledCopy(root = projectRoot) {
  let version;
  try {
    version = sourceVersion(root);
  } catch (error) {
    return { reason: `the sources could not be listed (${error.message})` };
  }
  const copies = path.join(root, compiledFolder);
  const folder = path.join(copies, version);
  if (existsSync(folder)) {
    markUsed(folder);
    return { folder };
  }
  const started = performance.now();
  process.stderr.write(`wireroom: compiling the TypeScript sources into ${path.relative(root, folder)} (no compiled copy of them as they are now)\n`);
  const unfinished = path.join(copies, `unfinished-${process.pid}-${Date.now()}`);
  mkdirSync(copies, { recursive: true });
  const failure = compileInto(root, unfinished);
  if (!failure) bundleInto(root, unfinished);
  if (failure) {
    rmSync(unfinished, { recursive: true, force: true });
    return { reason: failure };
  }
  try {
    renameSync(unfinished, folder);
  } catch (error) {
    rmSync(unfinished, { recursive: true, force: true });
    // Another command compiled the same sources first: its copy is as good as ours.
    if (!existsSync(folder)) return { reason: `the compiled copy could not be put in place (${error.message})` };
  }
  removeUnusedCopies(copies, version);
  process.stderr.write(`wireroom: compiled in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return { folder };
}

/** Runs TypeScript's compiler; undefined when it wrote the copy, else what went wrong. */
function compileInto(root, outDir) {
  let compiler;
  try {
    compiler = path.join(path.dirname(createRequire(path.join(root, "package.json")).resolve("typescript/package.json")), "bin", "tsc");
  } catch {
    return "TypeScript is not installed (npm ci installs it with the development dependencies)";
  }
  // Required here, not imported at the top: only a compile needs it, and loading it cost every command's start 3–5 ms.
  const { spawnSync } = createRequire(import.meta.url)("node:child_process");
  const run = spawnSync(process.execPath, [compiler, "-p", buildConfig, "--outDir", outDir], { cwd: root, encoding: "utf8" });
  if (run.error) return `the compiler did not start (${run.error.message})`;
  if (run.status !== 0) return `the compiler failed (exit ${run.status ?? run.signal}):\n${`${run.stdout}${run.stderr}`.trim()}`;
  return undefined;
}

/** Where the bundles of the commands (src/cli/*.ts) are: four folders down, as the copy's src/, so that src/project-root.ts finds the project from either. */
const bundleFolder = "bundle";

/**
 * The libraries bundled with the commands: pure JavaScript, no files of their own read at run
 * time, and never handed objects by the libraries left outside (Eleventy has its own luxon, and
 * ours never crosses into it as a DateTime). Their own dependencies come along.
 */
const bundledLibraries = ["entities", "htmlparser2", "luxon", "markdown-it", "yaml"];

/**
 * Every installed package but bundledLibraries and what they depend on: those stay external,
 * loaded from node_modules as `npm ci` installed them (Eleventy, Pagefind, native modules, and
 * packages the commands import without naming them in package.json, chrome-launcher say).
 */
function externalPackages(root) {
  const modules = path.join(root, "node_modules");
  const bundled = new Set();
  const follow = (name) => {
    if (bundled.has(name)) return;
    bundled.add(name);
    const manifest = JSON.parse(readFileSync(path.join(modules, name, "package.json"), "utf8"));
    for (const dependency of Object.keys(manifest.dependencies ?? {})) follow(dependency);
  };
  for (const name of bundledLibraries) follow(name);
  const installed = readdirSync(modules).filter((name) => !name.startsWith("."));
  const names = installed.flatMap((name) => (name.startsWith("@") ? readdirSync(path.join(modules, name)).map((inner) => `${name}/${inner}`) : [name]));
  return names.filter((name) => !bundled.has(name)).flatMap((name) => [name, `${name}/*`]);
}

/**
 * Bundles every command of src/cli/ into `outDir`/bundle, sharing chunks, the dynamic imports
 * kept as chunks loaded when they run (the full build's Eleventy is not loaded by an
 * incremental one). A failure leaves no bundle (the modules' copy is used) and says why.
 */
function bundleInto(root, outDir) {
  let esbuild;
  try {
    esbuild = createRequire(path.join(root, "package.json"))("esbuild");
  } catch {
    return;
  }
  const target = path.join(outDir, bundleFolder);
  try {
    const commands = readdirSync(path.join(root, "src", "cli")).filter((name) => name.endsWith(".ts")).map((name) => path.join(root, "src", "cli", name));
    esbuild.buildSync({
      absWorkingDir: root,
      entryPoints: commands,
      outbase: path.join(root, "src", "cli"),
      outdir: target,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: `node${process.versions.node.split(".")[0]}`,
      external: externalPackages(root),
      // The CommonJS libraries among them require Node's own modules, which an ES module bundle can do only through a require of its own.
      banner: { js: 'import { createRequire as wireroomRequire } from "node:module"; const require = wireroomRequire(import.meta.url);' },
      outExtension: { ".js": ".mjs" },
      sourcemap: true,
      logLevel: "silent",
    });
  } catch (error) {
    rmSync(target, { recursive: true, force: true });
    process.stderr.write(`wireroom: the commands run from the modules' copy: bundling failed (${error.message.split("\n")[0]})\n`);
  }
}

function markUsed(folder) {
  try {
    const now = new Date();
    utimesSync(folder, now, now);
  } catch {
    // A read-only checkout still runs; its copies are just never cleaned up.
  }
}

function removeUnusedCopies(copies, keep) {
  const before = Date.now() - unusedFor;
  for (const name of readdirSync(copies)) {
    if (name === keep) continue;
    const folder = path.join(copies, name);
    if ((statSync(folder, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < before) rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Stack traces name the .ts files and lines, read from the copy's source maps when a stack is
 * first formatted. Node's own support (process.setSourceMapsEnabled) reads and parses the map of
 * every module as it loads, 2 MB of JSON or more for a one-edit build: 15–25 ms of CPU at every
 * start (measured on Node 20), for stacks that a build that goes well never shows. Here a frame
 * in the copy is looked up in its map (`<file>.js.map` beside it, read once) only when an
 * error's stack is asked for; frames elsewhere, and any map that cannot be read, stay as V8
 * wrote them. The text is what Node writes: the error, then one "    at …" line per frame.
 */
function mapStackTraces(folder) {
  const inCopy = pathToFileURL(folder).href + "/";
  const maps = new Map();
  const mapOf = (file) => {
    if (!maps.has(file)) {
      let found;
      try {
        const payload = JSON.parse(readFileSync(`${file}.map`, "utf8"));
        found = { map: new module.SourceMap(payload), root: path.resolve(path.dirname(file), payload.sourceRoot ?? "") };
      } catch {
        found = undefined;
      }
      maps.set(file, found);
    }
    return maps.get(file);
  };
  const mapFrame = (frame) => {
    const text = String(frame);
    const url = frame.getFileName();
    const line = frame.getLineNumber();
    const column = frame.getColumnNumber();
    if (typeof url !== "string" || !url.startsWith(inCopy) || !line || !column) return text;
    const file = fileURLToPath(url);
    const found = mapOf(file);
    const entry = found?.map.findEntry(line - 1, column - 1);
    if (!entry?.originalSource) return text;
    const original = `${path.resolve(found.root, entry.originalSource)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    const where = `${url}:${line}:${column}`;
    return text.includes(where) ? text.replace(where, original) : text;
  };
  Error.prepareStackTrace = (error, frames) => {
    let head;
    try {
      head = Error.prototype.toString.call(error);
    } catch {
      head = "Error";
    }
    const lines = frames.map((frame) => {
      try {
        return `\n    at ${mapFrame(frame)}`;
      } catch {
        return `\n    at ${frame}`;
      }
    });
    return head + lines.join("");
  };
}

/**
 * Node 22.1 and later keep V8's compiled code of the modules on disk (module.enableCompileCache),
 * so that the next start parses and compiles less; Node 20 has no such cache, and skips this.
 * Kept inside the compiled copy, so that it goes with it.
 */
function enableCompileCache(folder) {
  if (typeof module.enableCompileCache !== "function") return;
  try {
    module.enableCompileCache(path.join(folder, "v8-cache"));
  } catch {
    // A read-only checkout runs without it.
  }
}

async function main(args) {
  const [command, ...commandArgs] = args;
  if (command === "--compile") {
    const copy = compiledCopy();
    // Never fails the install (npm ci runs this): the commands then run through tsx, and say why.
    if (copy.reason) process.stderr.write(`wireroom: the commands will run through tsx: ${copy.reason}\n`);
    else process.stdout.write(`${copy.folder}\n`);
    return;
  }
  if (!command || !command.endsWith(".ts")) {
    process.stderr.write("usage: node scripts/run-command.mjs src/cli/COMMAND.ts [args…] | --compile\n");
    process.exitCode = 2;
    return;
  }
  const source = path.resolve(projectRoot, command);
  const copy = compiledCopy();
  const relative = path.relative(projectRoot, source);
  const bundled = copy.folder && path.dirname(relative) === path.join("src", "cli") ? path.join(copy.folder, bundleFolder, path.basename(relative).replace(/\.ts$/, ".mjs")) : undefined;
  const compiled = bundled && existsSync(bundled) ? bundled : copy.folder && path.join(copy.folder, relative.replace(/\.ts$/, ".js"));
  // The command reads its own arguments from process.argv.slice(2), as if started directly.
  if (compiled && existsSync(compiled)) {
    mapStackTraces(copy.folder);
    enableCompileCache(copy.folder);
    process.argv.splice(1, process.argv.length - 1, compiled, ...commandArgs);
    await import(pathToFileURL(compiled).href);
    return;
  }
  process.stderr.write(`wireroom: running ${command} through tsx: ${copy.reason ?? `${compiled} is not in the compiled copy`}\n`);
  // What `node --import tsx` does before the command.
  await import("tsx");
  process.argv.splice(1, process.argv.length - 1, source, ...commandArgs);
  await import(pathToFileURL(source).href);
}

await main(process.argv.slice(2));
