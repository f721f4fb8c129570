import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SCRIPT = fileURLToPath(new URL("./helpers/render-all.ts", import.meta.url));

function renderUnder(tz: string): { raw: string; parsed: { tz: string; localOffsetMinutes: number } } {
  const result = spawnSync(process.execPath, ["--import", "tsx", SCRIPT], {
    cwd: ROOT,
    env: { ...process.env, TZ: tz },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`render-all under TZ=${tz} failed: ${result.stderr}`);
  return { raw: result.stdout, parsed: JSON.parse(result.stdout) };
}

describe("output does not depend on TZ", () => {
  it("is byte-identical under TZ=UTC and TZ=Pacific/Kiritimati (UTC+14)", () => {
    const utc = renderUnder("UTC");
    const kiritimati = renderUnder("Pacific/Kiritimati");
    // The children really ran in different zones...
    expect(utc.parsed.localOffsetMinutes).toBe(0);
    expect(kiritimati.parsed.localOffsetMinutes).toBe(-840);
    // ...and, apart from that proof, wrote the same bytes.
    const strip = (raw: string): string => raw.replace(/"tz":"[^"]*","localOffsetMinutes":-?\d+,/, "");
    expect(strip(kiritimati.raw)).toBe(strip(utc.raw));
  });

  it("is byte-identical under TZ=America/Los_Angeles too (negative offset, DST rules)", () => {
    const la = renderUnder("America/Los_Angeles");
    const utc = renderUnder("UTC");
    expect(la.parsed.localOffsetMinutes).toBe(480);
    const strip = (raw: string): string => raw.replace(/"tz":"[^"]*","localOffsetMinutes":-?\d+,/, "");
    expect(strip(la.raw)).toBe(strip(utc.raw));
  });
});
