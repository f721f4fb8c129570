/**
 * The build command's last line, for editors: how many articles, people and organisations the
 * site has, how many of each are new since the last build into the same output folder, how
 * many files were written and how long it took. What the last build had is kept in a small
 * JSON file in the build cache (.cache/wireroom/), by absolute output path.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SiteModel } from "../model/site-model.ts";

/** What a build published, as ids: article URLs and entity ids. */
export interface SiteContents {
  readonly articles: readonly string[];
  readonly people: readonly string[];
  readonly organisations: readonly string[];
}

type Kind = keyof SiteContents;
const kinds: readonly Kind[] = ["articles", "people", "organisations"];

export function siteContentsOf(model: SiteModel): SiteContents {
  return {
    articles: model.articles.map((a) => a.url),
    people: model.entities.filter((e) => e.type === "person").map((e) => e.id),
    organisations: model.entities.filter((e) => e.type === "organisation").map((e) => e.id),
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

interface Store {
  readonly version: 1;
  readonly outputs: Record<string, { readonly at: number } & SiteContents>;
}

/** Output folders remembered (the most recently built ones): tests build into many temporary folders. */
const remembered = 20;

function storeFile(cacheDir: string): string {
  return path.join(cacheDir, "last-builds.json");
}

function readStore(cacheDir: string): Store {
  try {
    const store = JSON.parse(readFileSync(storeFile(cacheDir), "utf8")) as Store;
    if (store.version === 1 && store.outputs && typeof store.outputs === "object") return store;
  } catch {
    // Missing or unreadable: every build starts afresh, nothing worse.
  }
  return { version: 1, outputs: {} };
}

/**
 * Compares this build's contents with the last build into `output`, and remembers them for
 * the next one. Never fails the build: a cache that cannot be written only loses the "new" counts.
 */
export function compareWithLastBuild(output: string, contents: SiteContents, cacheDir: string, now: number = Date.now()): Comparison {
  const key = path.resolve(output);
  const store = readStore(cacheDir);
  const previous = store.outputs[key];
  const counts = {} as Record<Kind, Counts>;
  for (const kind of kinds) {
    const before = previous ? new Set(previous[kind]) : undefined;
    counts[kind] = { total: contents[kind].length, ...(before ? { added: contents[kind].filter((id) => !before.has(id)).length } : {}) };
  }
  const outputs = { ...store.outputs, [key]: { at: now, articles: [...contents.articles].sort(), people: [...contents.people].sort(), organisations: [...contents.organisations].sort() } };
  const kept = Object.entries(outputs)
    .sort((a, b) => b[1].at - a[1].at)
    .slice(0, remembered);
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${storeFile(cacheDir)}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ version: 1, outputs: Object.fromEntries(kept) })}\n`);
    renameSync(temporary, storeFile(cacheDir));
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
 * 20 organisations (none new); 312 files written"
 */
export function formatSummary(input: string, output: string, seconds: number, comparison: Comparison, files: number): string {
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
    `${first ? ` (first build into ${output})` : ""}; ${plural(files, "file", "files")} written`
  );
}
