/**
 * The build command's last line, for editors: how many articles, people and organisations the
 * site has, how many of each are new since the last build into the same output folder, how
 * many files were written and how long it took. What the last build had is kept in a small
 * JSON file per output folder in the build cache (.cache/wireroom/builds/), by absolute path.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SiteModel } from "../model/site-model.ts";

/** What a build published, as ids: article URLs and entity ids. */
export interface SiteContents {
  readonly articles: readonly string[];
  readonly people: readonly string[];
  readonly organisations: readonly string[];
  /** Detected names that site-level resolution joined to another entity's page (not kept between builds). */
  readonly mergedNames?: number;
}

type Kind = Exclude<keyof SiteContents, "mergedNames">;
const kinds: readonly Kind[] = ["articles", "people", "organisations"];

export function siteContentsOf(model: SiteModel): SiteContents {
  return {
    articles: model.articles.map((a) => a.url),
    people: model.entities.filter((e) => e.type === "person").map((e) => e.id),
    organisations: model.entities.filter((e) => e.type === "organisation").map((e) => e.id),
    mergedNames: model.mergedNames,
  };
}

/**
 * Handed from the Eleventy config (which builds the model) to the build command (which knows
 * when the whole build, search index included, is done). One build per command: one slot.
 */
let recorded: SiteContents | undefined;

export function recordSiteContents(contents: SiteContents): void {
  recorded = contents;
}

export function takeSiteContents(): SiteContents | undefined {
  const contents = recorded;
  recorded = undefined;
  return contents;
}

export interface Counts {
  readonly total: number;
  /** Absent on the first build into this output folder. */
  readonly added?: number;
}

export type Comparison = Readonly<Record<Kind, Counts>>;

/** What the last build into one output folder had, kept in `<cache>/builds/<hash of the path>.json`. */
interface StoredContents extends SiteContents {
  readonly version: 1;
  readonly output: string;
}

/** Output folders not built into for this long are forgotten (tests build into many temporary ones). */
const forgetAfterMs = 60 * 24 * 3600 * 1000;

function storeFile(cacheDir: string, output: string): string {
  return path.join(cacheDir, "builds", `${createHash("sha256").update(output).digest("hex").slice(0, 16)}.json`);
}

function readPrevious(file: string, output: string): SiteContents | undefined {
  try {
    const stored = JSON.parse(readFileSync(file, "utf8")) as StoredContents;
    if (stored.version === 1 && stored.output === output) return stored;
  } catch {
    // Missing or unreadable: this build reports no "new" counts, nothing worse.
  }
  return undefined;
}

/**
 * Compares this build's contents with the last build into `output`, and remembers them for
 * the next one. Never fails the build: a cache that cannot be written only loses the "new" counts.
 */
export function compareWithLastBuild(output: string, contents: SiteContents, cacheDir: string, now: number = Date.now()): Comparison {
  const key = path.resolve(output);
  const file = storeFile(cacheDir, key);
  const previous = readPrevious(file, key);
  const counts = {} as Record<Kind, Counts>;
  for (const kind of kinds) {
    const before = previous ? new Set(previous[kind]) : undefined;
    counts[kind] = { total: contents[kind].length, ...(before ? { added: contents[kind].filter((id) => !before.has(id)).length } : {}) };
  }
  const stored: StoredContents = {
    version: 1,
    output: key,
    articles: [...contents.articles].sort(),
    people: [...contents.people].sort(),
    organisations: [...contents.organisations].sort(),
  };
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(stored)}\n`);
    renameSync(temporary, file);
    for (const name of readdirSync(path.dirname(file))) {
      const other = path.join(path.dirname(file), name);
      if (other !== file && now - (statSync(other, { throwIfNoEntry: false })?.mtimeMs ?? now) > forgetAfterMs) rmSync(other, { force: true });
    }
  } catch {
    // A read-only cache: the next build reports everything as it is, without "new".
  }
  return counts;
}

/** Number of files below a folder. */
export function countFiles(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) if (entry.isFile()) n++;
  return n;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * "wireroom: built content into dist in 4.21 s: 27 articles (2 new), 14 people (1 new),
 * 20 organisations (none new), 3 names merged; 312 files written"
 */
export function formatSummary(input: string, output: string, seconds: number, comparison: Comparison, files: number, mergedNames?: number): string {
  const first = comparison.articles.added === undefined;
  const part = (kind: Kind, one: string, many: string): string => {
    const { total, added } = comparison[kind];
    const count = plural(total, one, many);
    if (added === undefined) return count;
    return `${count} (${added === 0 ? "none" : added} new)`;
  };
  return (
    `wireroom: built ${input} into ${output} in ${seconds.toFixed(2)} s: ` +
    `${part("articles", "article", "articles")}, ${part("people", "person", "people")}, ${part("organisations", "organisation", "organisations")}` +
    `${mergedNames === undefined ? "" : `, ${plural(mergedNames, "name", "names")} merged`}` +
    `${first ? ` (first build into ${output})` : ""}; ${plural(files, "file", "files")} written`
  );
}
