import { mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { notePublished, outputOutcome, publishedVersion } from "../../src/publish/published-version.ts";
import { tempDir } from "../helpers/temp-content.ts";

describe("the last message of a failed build", () => {
  it("says the output was left as it was, put right by recovery, or replaced, as it was", () => {
    const root = tempDir();
    const output = path.join(root, "site");
    mkdirSync(path.join(root, ".site.builds", "v1-1-0"), { recursive: true });
    const before = publishedVersion(output);
    expect(outputOutcome(output, before)).toBe(`${output} left as it was`);
    symlinkSync(".site.builds/v1-1-0", output);
    expect(outputOutcome(output, before)).toMatch(/was only put right after a killed build/);
    notePublished(output);
    expect(outputOutcome(output, before)).toMatch(/^the new site was published in .*, but the build did not finish$/);
  });
});
