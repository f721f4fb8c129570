// Preloaded into Node children (`node --import ./bench/rusage-report.mjs ...`) by bench/run.ts
// when /usr/bin/time is not installed: writes the child's own CPU time and peak RSS on exit.
import { writeFileSync } from "node:fs";

const file = process.env.WIREROOM_BENCH_RUSAGE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    // userCPUTime and systemCPUTime are in microseconds, maxRSS in KiB.
    writeFileSync(file, JSON.stringify({ user: usage.userCPUTime / 1e6, sys: usage.systemCPUTime / 1e6, maxRssKiB: usage.maxRSS }));
  });
}
