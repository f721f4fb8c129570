/** The command-line tools, run as the npm scripts run them: from their compiled copy (scripts/run-command.mjs). */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commandArgs } from "../helpers/commands.ts";
import { EVAL_DIR, REPO } from "./helpers.ts";

function run(script: string, args: readonly string[]) {
  return spawnSync(process.execPath, commandArgs(script, args), { cwd: REPO, encoding: "utf8" });
}

const seedDir = mkdtempSync(join(tmpdir(), "wireroom-seed-"));
writeFileSync(join(seedDir, "000_bb15c65c48445c85.txt"), readFileSync(join(EVAL_DIR, "000_bb15c65c48445c85.txt")));

describe("entities --json", () => {
  it("prints exactly the people and organisations of each article, with its headline, dateline and source", () => {
    const result = run("src/cli/entities.ts", ["--json", seedDir]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      "000_bb15c65c48445c85": {
        people: [
          { name: "Yermek Kosherbayev", mentions: ["Yermek Kosherbayev"] },
          { name: "Prince Edward", mentions: ["Prince Edward"] },
        ],
        organisations: [
          { name: "Cardiff University", mentions: ["Cardiff University"] },
          { name: "Coventry University", mentions: ["Coventry University"] },
          { name: "De Montfort University", mentions: ["De Montfort University"] },
          { name: "Qazinform", mentions: ["Qazinform"] },
          { name: "UK Parliament", mentions: ["UK Parliament"] },
          { name: "All-Party Parliamentary Group for Cooperation with Central Asia", mentions: ["All-Party Parliamentary Group (APPG) for Cooperation with Central Asia", "APPG"] },
        ],
        // Copied without its data file: the headline is derived.
        headline: "Discussions focus on expanding cooperation between the region and the United Kingdom",
        headlineDerived: true,
        dateline: null,
        source: null,
      },
    });
  });

  it("reads Markdown with front matter and folders recursively", () => {
    const dir = mkdtempSync(join(tmpdir(), "wireroom-md-"));
    writeFileSync(join(dir, "b.md"), "---\ntitle: Hallvik visits Korvany\ndate: 2026-01-02\n---\nKeldorian Foreign Minister **Tomas Hallvik** met the *Varnossa Development Fund*.\n");
    writeFileSync(join(dir, "a.txt"), "date 2026-01-01\n\nKORVANY. VARNOPRESS – Rain.\n");
    writeFileSync(join(dir, "notes.json"), "{}");
    const result = run("src/cli/entities.ts", ["--json", dir]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      // The agency is the source, and still among the organisations: the text names it.
      a: { people: [], organisations: [{ name: "Varnopress", mentions: ["VARNOPRESS"] }], headline: "Rain", headlineDerived: true, dateline: "Korvany", source: "Varnopress" },
      b: {
        people: [{ name: "Tomas Hallvik", mentions: ["Tomas Hallvik"] }],
        organisations: [{ name: "Varnossa Development Fund", mentions: ["Varnossa Development Fund"] }],
        headline: "Hallvik visits Korvany",
        headlineDerived: false,
        dateline: null,
        source: null,
      },
    });
  });
});

describe("entities report and errors", () => {
  it("lists candidates new to the registry with their sentence", () => {
    const result = run("src/cli/entities.ts", [join(EVAL_DIR, "001_varnossa_keldoria_talks.txt")]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Dariga Omarbekova-Lind  [dariga-omarbekova-lind, detection]");
    expect(result.stdout).toContain("Candidates new to the registry");
    expect(result.stdout).toContain("Hallvik noted that the National Bank of Keldoria");
  });

  it("exits 2 on bad usage and 1 on bad input, naming the file", () => {
    expect(run("src/cli/entities.ts", []).status).toBe(2);
    expect(run("src/cli/entities.ts", ["--frobnicate", seedDir]).status).toBe(2);
    const missing = run("src/cli/entities.ts", ["--json", "no/such/article.txt"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("no/such/article.txt");
    expect(missing.stdout).toBe("");
    const dir = mkdtempSync(join(tmpdir(), "wireroom-bad-"));
    writeFileSync(join(dir, "bad.yaml"), "entities:\n  - id: x\n    type: persn\n    name: X\n");
    const badRegistry = run("src/cli/entities.ts", [`--registry=${join(dir, "bad.yaml")}`, seedDir]);
    expect(badRegistry.status).toBe(1);
    expect(badRegistry.stderr).toMatch(/bad\.yaml:3: entity "x" has type "persn"/u);
  });
});

describe("eval-entities", () => {
  it("prints precision, recall and F1 per type and overall", () => {
    const result = run("src/cli/eval-entities.ts", ["--verbose"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^person\s+P \d\.\d{3}\s+R \d\.\d{3}\s+F1 \d\.\d{3}/mu);
    expect(result.stdout).toMatch(/^organisation\s+P/mu);
    expect(result.stdout).toMatch(/^overall\s+P/mu);
    expect(result.stdout).toMatch(/^test\/entities\/eval-wire: \d+ articles$/mu);
    expect(result.stdout).toMatch(/^site\s+\d+ pages, 0 duplicate pages, 0 wrong types$/mu);
  });
});

describe("entities --merges", () => {
  it("lists every merge with its names, rule and articles, and the near-misses it refused", () => {
    const dir = mkdtempSync(join(tmpdir(), "wireroom-merges-"));
    writeFileSync(join(dir, "a.txt"), "date 2026-03-03\n\nPrime Minister of Orlandia Yerlan Nurgaliev met Marat Sadykov and Timur Sadykov of the Nur Joly Party.\n");
    writeFileSync(join(dir, "b.txt"), "date 2026-03-04\n\nPrime Minister of Orlandia Yerlan Nurgaliyev said the Nur Joly faction would back the bill. Sadykov, the party's founder, agreed.\n");
    const result = run("src/cli/entities.ts", ["--merges", dir]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Merges \(\d+; \d+ names? joined to another page\)$/mu);
    expect(result.stdout).toMatch(/^\s+\+ Yerlan Nurgaliev\S*\s+\(spelling, joined to Yerlan Nurgaliy?ev\)$/mu);
    expect(result.stdout).toMatch(/^\s+\+ Nur Joly(?: Party)?\s+\(legal form/mu);
    expect(result.stdout).toMatch(/articles: .*a\.txt, .*b\.txt/u);
    expect(result.stdout).toMatch(/^Refused \(\d+\)$/mu);
  });
});
