import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build-site.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

const article = `---
title: Velsk opens a ferry line to Orlen
date: 2031-04-02T10:00:00+02:00
---
Mayor of Velsk Tamsin Ardelove said on Thursday that the new ferry line would carry 300 passengers a day.
`;

describe("the Eleventy run of a full build", () => {
  const cwd = process.cwd();
  const cache = process.env["WIREROOM_CACHE_DIR"];
  afterEach(() => {
    process.chdir(cwd);
    process.env["WIREROOM_CACHE_DIR"] = cache;
  });

  // Eleventy strips the working folder off an absolute input path by its leading characters, so
  // a cache folder beside the project named like it (/srv/site, /srv/site-cache) once gave the
  // run an input folder that did not exist: "entry._pages is not iterable".
  it("builds when the cache folder's path starts with the working folder's path", async () => {
    const root = tempDir();
    const work = path.join(root, "site");
    mkdirSync(work);
    process.chdir(work);
    process.env["WIREROOM_CACHE_DIR"] = `${work}-cache`;
    const output = path.join(root, "dist");
    await buildSite({ input: tempContent({ "ferry.md": article }), output });
    expect(existsSync(path.join(`${work}-cache`, "eleventy-input"))).toBe(true);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toContain("Velsk opens a ferry line to Orlen");
  });
});
