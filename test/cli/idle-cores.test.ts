/**
 * The count of idle cores the build command decides by (src/cli/idle-cores.ts): nothing to
 * tell right away, and after a while a share of the machine's cores (how much of it is idle
 * depends on the machine, so only the bounds are checked).
 */
import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { countIdleCores } from "../../src/cli/idle-cores.ts";

describe("the count of idle cores", () => {
  it("tells nothing before 30 ms, then a number of cores between none and all", async () => {
    const idleCores = countIdleCores();
    expect(idleCores()).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 120));
    const idle = idleCores()!;
    expect(Number.isFinite(idle)).toBe(true);
    expect(idle).toBeGreaterThanOrEqual(0);
    // The kernel counts in ticks: a little over the cores there are, at most.
    expect(idle).toBeLessThanOrEqual(availableParallelism() + 0.5);
  });
});
