import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, describeBuildError } from "../../src/cli/build-site.ts";
import { markdownArticle, wireText } from "../helpers/fixtures.ts";
import { debrisOf } from "../helpers/debris.ts";
import { hashTree, readOutput } from "../helpers/output.ts";
import { projectRoot, seedFiles, seedHeadline, seedPagePath } from "../helpers/seed.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

/** Runs the real build command in a child process, so that TZ and the clock are the child's own. */
function runBuild(input: string, output: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/build.ts", `--input=${input}`, `--output=${output}`], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the seed site, built by the real build command", () => {
  let outUtc: string;
  let outKiritimati: string;
  beforeAll(() => {
    const input = tempContent(seedFiles);
    outUtc = path.join(tempDir(), "dist");
    outKiritimati = path.join(tempDir(), "dist");
    const first = runBuild(input, outUtc, { TZ: "UTC" });
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    const second = runBuild(input, outKiritimati, { TZ: "Pacific/Kiritimati" });
    expect(second.status).toBe(0);
  });

  it("publishes the seed article with its headline, date, every paragraph and its credit", () => {
    const page = readOutput(outUtc, seedPagePath);
    expect(page.match(/<h1[ >]/g)).toHaveLength(1);
    expect(page).toContain(`<h1>${seedHeadline}</h1>`);
    expect(page).toContain('<time datetime="2026-02-26">26 February 2026</time>');
    for (const start of [
      "During the meeting on Thursday",
      "“The visit in “CA5+UK” format marks a new chapter",
      "The Minister also highlighted Kazakhstan’s ongoing efforts",
      "During the meeting, the Kazakh side expressed interest",
      "Particular attention was paid to the development",
      "In his turn, Prince Edward underscored",
      "Earlier, Qazinform reported that Kazakh Foreign Minister Yermek Kosherbayev",
    ]) {
      expect(page).toContain(start);
    }
    // A photo credit without a photo is a plain credit line, never a caption.
    expect(page).toContain('<p class="credit">Photo: gov.kz</p>');
    expect(page).not.toContain("Photo credit:");
    expect(page).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/news\/2026\/02\/26\/central-asia/);
    expect(page).toContain('"@type":"NewsArticle"');
    expect(page).toContain('"datePublished":"2026-02-26T17:00:00+05:00"');
  });

  it("shows the same date, and writes the same bytes, whatever the machine's time zone", () => {
    expect(readOutput(outKiritimati, seedPagePath)).toContain('<time datetime="2026-02-26">26 February 2026</time>');
    expect(hashTree(outKiritimati)).toEqual(hashTree(outUtc));
  });

  it("writes the home page, the archives, the 404 page, robots.txt and the stylesheet", () => {
    const home = readOutput(outUtc, "index.html");
    expect(home).toContain(seedHeadline);
    expect(home).toContain("26 February 2026");
    expect(readOutput(outUtc, "news/2026/index.html")).toContain('href="/news/2026/02/"');
    expect(readOutput(outUtc, "news/2026/02/index.html")).toContain(seedHeadline);
    expect(readOutput(outUtc, "news/index.html")).toContain('href="/news/2026/"');
    expect(readOutput(outUtc, "404.html")).toContain("Page not found");
    expect(readOutput(outUtc, "robots.txt")).toMatch(/^Sitemap: https:\/\/.+\/sitemap\.xml$/m);
    const files = Object.keys(hashTree(outUtc));
    expect(files.filter((f) => /^assets\/site-[0-9a-f]{10}\.css$/.test(f))).toHaveLength(1);
  });
});

describe("the home page", () => {
  it("pages the stream 20 at a time, newest first, with an accessible pagination nav", async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 45; i++) {
      const day = String(1 + (i % 28)).padStart(2, "0");
      const month = String(1 + Math.floor(i / 28)).padStart(2, "0");
      files[`a${i}.md`] = `---\ntitle: Velsk harbour report number ${i}\ndate: 2031-${month}-${day}T${String(i % 24).padStart(2, "0")}:00:00+05:00\n---\nThe harbour of Velsk handled ${i} ships.\n`;
    }
    const output = path.join(tempDir(), "out");
    await buildSite({ input: tempContent(files), output });
    const first = readOutput(output, "index.html");
    const third = readOutput(output, "page/3/index.html");
    expect(first.match(/<article class="card/g)).toHaveLength(20);
    expect(third.match(/<article class="card/g)).toHaveLength(5);
    expect(first).toContain('<nav class="pagination" aria-label="Pagination">');
    expect(first).toMatch(/<a href="\/" aria-current="page"><span class="visually-hidden">Page <\/span>1<\/a>/);
    expect(third).toContain('<link rel="canonical" href="https://wireroom.example.org/page/3/">');
    expect(existsSync(path.join(output, "page/4/index.html"))).toBe(false);
    // The newest (i = 27: 2031-01-28) comes first.
    expect(first.indexOf("report number 27<")).toBeLessThan(first.indexOf("report number 26<"));
  });
});

describe("bad input", () => {
  const cases: [string, Record<string, string | Uint8Array>, RegExp][] = [
    ["a missing date", { "bad.txt": "Velsk, Tuesday. The port opened." }, /^bad\.txt:1: a wire text starts with a line "date YYYY-MM-DD"/],
    ["an unparseable date", { "bad.txt": "date 14/05/2031\nThe port opened." }, /^bad\.txt:1: date "14\/05\/2031" is not a date/],
    ["a date that does not exist", { "bad.txt": "date 2026-02-30\nThe port opened." }, /^bad\.txt:1: date "2026-02-30" is not a real date/],
    ["broken YAML", { "bad.md": "---\ntitle: [Velsk\ndate: 2031-01-01\n---\nBody." }, /^bad\.md:\d+: front matter is not valid YAML/],
    ["an empty body", { "bad.md": "---\ntitle: Velsk\ndate: 2031-01-01\n---\n\n" }, /^bad\.md:5: has no body text/],
    ["a wire text with only a date", { "bad.txt": "date 2031-01-01\n" }, /^bad\.txt:1: has a date but no body text/],
    [
      "two articles with the same URL",
      { "one.md": "---\ntitle: Velsk port opens\ndate: 2031-01-01\n---\nBody.", "two.md": "---\ntitle: Velsk port opens\ndate: 2031-01-01\n---\nOther body." },
      /^two\.md: has the same URL \/news\/2031\/01\/01\/velsk-port-opens\/ as one\.md/,
    ],
    ["a file that is not UTF-8", { "bad.txt": new Uint8Array([0x64, 0x61, 0x74, 0x65, 0x20, 0xff, 0xfe, 0x0a]) }, /^bad\.txt: is not valid UTF-8/],
    ["a mistyped field", { "bad.md": "---\ntitle: Velsk\ndate: 2031-01-01\ndraft: yes please\n---\nBody." }, /^bad\.md: "draft" must be true or false/],
    ["a broken data file", { "bad.txt": "date 2031-01-01\nBody.", "bad.11tydata.json": '{"headline": "x",}' }, /^bad\.11tydata\.json(:\d+)?: is not valid JSON/],
  ];

  it.each(cases)("%s fails naming the file and leaves the previous output untouched", async (_label, badFiles, message) => {
    const input = tempContent({ ...seedFiles, "good.md": markdownArticle, "wire.txt": wireText });
    const output = path.join(tempDir(), "out");
    await buildSite({ input, output });
    const before = hashTree(output);
    for (const [name, body] of Object.entries(badFiles)) writeFileSync(path.join(input, name), body);
    const error = await buildSite({ input, output }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeDefined();
    expect(describeBuildError(error)).toMatch(message);
    expect(hashTree(output)).toEqual(before);
    expect(debrisOf(output)).toEqual([]);
  });

  it("exits 1 from the command line with one message naming the file", () => {
    const input = tempContent({ "bad.txt": "date 2026-02-30\nThe port opened." });
    const result = runBuild(input, path.join(tempDir(), "out"));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad\.txt:1: date "2026-02-30" is not a real date/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("drops a deleted article's page on the next build", async () => {
    const input = tempContent({ ...seedFiles, "good.md": markdownArticle });
    const output = path.join(tempDir(), "out");
    await buildSite({ input, output });
    const page = "news/2031/06/02/varnossa-opens-a-port-on-the-kessel-sea/index.html";
    expect(existsSync(path.join(output, page))).toBe(true);
    const { rmSync } = await import("node:fs");
    rmSync(path.join(input, "good.md"));
    await buildSite({ input, output });
    expect(existsSync(path.join(output, page))).toBe(false);
  });

  it("leaves draft articles out", async () => {
    const input = tempContent({ ...seedFiles, "draft.md": markdownArticle.replace("author:", "draft: true\nauthor:") });
    const output = path.join(tempDir(), "out");
    await buildSite({ input, output });
    expect(readOutput(output, "index.html")).not.toContain("Kessel Sea");
  });
});
