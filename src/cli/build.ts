/**
 * `npm run build -- [--input=DIR] [--output=DIR] [--no-search-index]`: builds the site atomically.
 * `--no-search-index` leaves out the Pagefind index (the bench uses it to compare with tools that
 * build none). Exit 1 with one message naming the file on bad content; exit 2 on bad usage.
 */
import { parseArgs, UsageError } from "./args.ts";
import { startProgress } from "../progress.ts";
import { stepTimer } from "../step-timer.ts";

// The two paths import what they need when they run: a quick incremental rebuild must not
// pay for loading Eleventy, nor a full build for the incremental machinery.

async function main(): Promise<number> {
  let input = "content";
  let output = "dist";
  let incremental = false;
  let searchIndex = true;
  let force = false;
  try {
    const { flags, positional } = parseArgs(process.argv.slice(2), ["input", "output", "incremental", "no-search-index", "force"], ["input", "output"]);
    force = flags.has("force");
    incremental = flags.has("incremental");
    searchIndex = !flags.has("no-search-index");
    if (positional.length) throw new UsageError(`unexpected argument "${positional[0]}"`);
    input = String(flags.get("input") ?? input);
    output = String(flags.get("output") ?? output);
  } catch (error) {
    console.error(`wireroom build: ${(error as Error).message}\nusage: npm run build -- [--input=DIR] [--output=DIR] [--force] [--incremental] [--no-search-index]`);
    return 2;
  }
  try {
    // Before anything is read or written: an output that is not the build's own is never touched.
    const { refuseUnsafeOutput } = await import("./output-folder.ts");
    refuseUnsafeOutput({ input, output, force });
  } catch (error) {
    console.error(`wireroom build: refused, nothing was touched. ${(error as Error).message}`);
    return 2;
  }
  // What the output shows now: the message after a failure says whether that changed.
  const { outputOutcome, publishedVersion } = await import("../publish/published-version.ts");
  const before = publishedVersion(output);
  const progress = startProgress();
  try {
    if (incremental) {
      const [{ buildIncremental }, { readStoredArticles }, { createSiteLoader }, { startLiveCheck }, { startSourceStats }, { startHelperThread }] = await Promise.all([
        import("./incremental-build.ts"),
        import("./build-state.ts"),
        import("../model/load-site.ts"),
        import("../publish/live-check.ts"),
        import("../articles/early-source-stats.ts"),
        import("../helper-thread.ts"),
      ]);
      // From the process's start: Node, tsx and every module the rebuild needs.
      const step = stepTimer("command", 0);
      step("start-up and imports");
      // The command's helper thread (src/helper-thread.ts) runs Pagefind's service and the spare's
      // chores. The stats of every source, then of every published file, run there first, while
      // the store of articles is read here. Always, busy machine or not: the helper is started
      // anyway, and a one-edit build that left the stats to this thread when no core was idle
      // took longer than one that handed them over, with one core busy with other work (1.04 s
      // against 0.95, medians of 8) and with both (1.46 against 1.33), for the same CPU.
      // WIREROOM_STAT_WORKERS=0 leaves them to this thread, as a helper that failed does (tests).
      const helper = startHelperThread();
      let early: ReturnType<typeof startLiveCheck>;
      if (process.env.WIREROOM_STAT_WORKERS !== "0") {
        startSourceStats(input, helper);
        early = startLiveCheck(output, helper);
      }
      step("stats started on the helper thread");
      const stored = readStoredArticles(input);
      step("stored articles read");
      const result = await buildIncremental({ input, output, force, searchIndex }, createSiteLoader(stored), early, helper).finally(() => helper.close());
      progress.finish();
      const what = result.mode === "full" ? `${result.reason ?? "no previous build to update"}: built` : result.reason ? `${result.reason}; updated` : "updated";
      const search = result.searchMilliseconds === undefined ? "" : ` (search index ${(result.searchMilliseconds / 1000).toFixed(2)} s of it)`;
      console.log(`wireroom: ${what} ${result.written} files (${result.removed} removed) from ${input} into ${output} in ${(result.milliseconds / 1000).toFixed(2)} s${search}`);
      return 0;
    }
    const [{ buildSite }, { compareWithLastBuild, countFiles, formatSummary, takeSiteContents }, { wireroomCacheDir }] = await Promise.all([
      import("./build-site.ts"),
      import("./build-summary.ts"),
      import("../cache-dir.ts"),
    ]);
    const result = await buildSite({ input, output, force, searchIndex });
    progress.finish();
    const contents = takeSiteContents();
    const seconds = result.milliseconds / 1000;
    console.log(
      contents
        ? formatSummary(input, output, seconds, compareWithLastBuild(output, contents, wireroomCacheDir()), countFiles(output), contents.mergedNames)
        : `wireroom: built ${result.files} files from ${input} into ${output} in ${seconds.toFixed(2)} s`,
    );
    return 0;
  } catch (error) {
    progress.finish();
    // Only a failed build pays for loading Eleventy here (the message knows its error types).
    const { describeBuildError } = await import("./build-site.ts");
    console.error(`wireroom: build failed, ${outputOutcome(output, before)}.\n${describeBuildError(error)}`);
    return 1;
  }
}

process.exitCode = await main();
