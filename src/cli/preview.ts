/**
 * `npm run preview [-- --dir=dist] [--port=8080]`: serves a built site on http://127.0.0.1:PORT/
 * as a static host would (the server the browser tests and `npm run lighthouse` use). Opening
 * dist/index.html as a file does not work: every link is root-relative (/news/…, /assets/…), so
 * a file:// page has no stylesheet and dead links.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs, UsageError } from "./args.ts";
import { serveStatic } from "./demo-site.ts";

async function main(): Promise<number | undefined> {
  let dir: string;
  let port: number;
  try {
    const parsed = parseArgs(process.argv.slice(2), ["dir", "port"]);
    if (parsed.positional.length) throw new UsageError(`unexpected ${parsed.positional.join(" ")}`);
    dir = String(parsed.flags.get("dir") ?? "dist");
    const given = String(parsed.flags.get("port") ?? "8080");
    if (!/^\d+$/.test(given)) throw new UsageError(`--port is a number, not ${given}`);
    port = Number(given);
  } catch (error) {
    console.error(`wireroom preview: ${(error as Error).message}\nusage: npm run preview -- [--dir=dist] [--port=8080]`);
    return 2;
  }
  if (!existsSync(path.join(dir, "index.html"))) {
    console.error(`wireroom preview: ${dir}/index.html does not exist; build the site first (npm run build)`);
    return 1;
  }
  const server = await serveStatic(dir, port);
  console.log(`Serving ${dir}/ at ${server.url}/ (Ctrl+C stops it)`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      void server.close().then(() => process.exit(0));
    });
  }
  return undefined;
}

const code = await main();
if (code !== undefined) process.exitCode = code;
