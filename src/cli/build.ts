/**
 * `npm run build -- [--input=DIR] [--output=DIR]`: builds the site atomically. Exit 1 with one
 * message naming the file on bad content; exit 2 on bad usage.
 */
import { buildSite, describeBuildError } from "./build-site.ts";
import { parseArgs, UsageError } from "./args.ts";

async function main(): Promise<number> {
  let input = "content";
  let output = "dist";
  try {
    const { flags, positional } = parseArgs(process.argv.slice(2), ["input", "output"]);
    if (positional.length) throw new UsageError(`unexpected argument "${positional[0]}"`);
    input = String(flags.get("input") ?? input);
    output = String(flags.get("output") ?? output);
  } catch (error) {
    console.error(`wireroom build: ${(error as Error).message}\nusage: npm run build -- [--input=DIR] [--output=DIR]`);
    return 2;
  }
  try {
    const result = await buildSite({ input, output });
    console.log(`wireroom: built ${result.files} files from ${input} into ${output} in ${(result.milliseconds / 1000).toFixed(2)} s`);
    return 0;
  } catch (error) {
    console.error(`wireroom: build failed, ${output} left as it was.\n${describeBuildError(error)}`);
    return 1;
  }
}

process.exitCode = await main();
