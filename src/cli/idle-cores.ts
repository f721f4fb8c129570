/**
 * How many of the machine's cores sat idle while the command started: the build command runs
 * the stats of whole folders on its helper thread only when a core is free for them (see
 * src/cli/build.ts). Measured, not guessed from the load average: that is a minute's average,
 * high for a while after a full build, and says nothing of the instant.
 */
import { cpus } from "node:os";

/**
 * Idle time of all cores together, in ms (the kernel counts it in 10 ms ticks). All the host's
 * cores: in a container limited to fewer by a CPU quota, their idle time may not be ours to use.
 */
function idleMilliseconds(): number {
  let idle = 0;
  for (const core of cpus()) idle += core.times.idle;
  return idle;
}

/**
 * Starts counting; the function returned tells the cores' worth of idle time since (1 = one
 * core idle all along), or undefined when too little time passed to tell: under 30 ms, three
 * ticks of a core (a one-edit build's imports take 60 ms or more on a quiet machine).
 */
export function countIdleCores(): () => number | undefined {
  const started = performance.now();
  const idleBefore = idleMilliseconds();
  return () => {
    const elapsed = performance.now() - started;
    return elapsed < 30 ? undefined : (idleMilliseconds() - idleBefore) / elapsed;
  };
}
