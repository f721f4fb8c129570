/**
 * Lists the people and organisations that articles mention.
 *
 *   npm run entities -- [--json | --merges] [--registry=FILE] PATH...
 *
 * PATH is a .txt (wire text) or .md article, or a folder searched recursively for them.
 * Without --json: first the likely duplicate entities and doubtful types across the articles given, then a report per article (canonical name, slug, source, surface forms) and the
 * candidates new to the registry with the sentence they stand in, for an editor to accept or
 * reject, after the headline (flagged when derived), dateline and source. With --merges: the
 * merges site-level resolution makes across all the articles given, with their evidence, and the
 * near-misses it refused (see merge-report.ts). With --json:
 * {"<file name>": {"people": [...], "organisations": [...], "headline", "headlineDerived", "dateline", "source"}}.
 * Exit codes: 1 for bad input (the message names the file), 2 for bad usage.
 */
import { readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { findContentError } from "../articles/content-error.ts";
import { loadArticle } from "../articles/load-articles.ts";
import type { ArticleEntity } from "../entities/types.ts";
import { loadRegistry } from "../entities/load-registry.ts";
import { DEFAULT_REGISTRY } from "../entities/repo-paths.ts";
import { defaultSettings } from "../site.ts";
import { resolveArticleEntities } from "../entities/resolve-article.ts";
import type { CompiledRegistry } from "../entities/registry.ts";
import { groupByFirstSentence } from "../entities/sentence-groups.ts";
import { parseArgs, UsageError } from "./args.ts";
import { checkFirstReport, mergeReport } from "../entities/merge-report.ts";
import { resolveSite } from "../entities/resolve-site.ts";

const USAGE = "usage: entities [--json | --merges] [--registry=FILE] PATH...";
const ARTICLE = /\.(?:txt|md)$/u;

class InputError extends Error {}

interface Options {
  readonly json: boolean;
  readonly merges: boolean;
  readonly registry: string;
  readonly paths: readonly string[];
}

function readOptions(argv: readonly string[]): Options {
  const { flags, positional } = parseArgs(argv, ["json", "merges", "registry"], ["registry"]);
  const json = flags.has("json");
  const merges = flags.has("merges");
  if (positional.length === 0) throw new UsageError("no article or folder given");
  if (json && merges) throw new UsageError("give --json or --merges, not both");
  return { json, merges, registry: String(flags.get("registry") ?? DEFAULT_REGISTRY), paths: positional };
}

/** Article files under a path, recursively, in sorted order. */
function articleFiles(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new InputError(`${path}: no such file or folder`);
  }
  if (stats.isFile()) {
    if (!ARTICLE.test(path)) throw new InputError(`${path}: not an article (expected .txt or .md)`);
    return [path];
  }
  return readdirSync(path, { withFileTypes: true })
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => {
      const child = join(path, name);
      const isDir = statSync(child).isDirectory();
      return isDir ? articleFiles(child) : ARTICLE.test(name) ? [child] : [];
    });
}

interface ArticleResult {
  readonly file: string;
  readonly key: string;
  readonly blocks: readonly string[];
  readonly entities: readonly ArticleEntity[];
  readonly headline: string;
  readonly headlineDerived: boolean;
  /** The dateline's place, or null when the text has none. */
  readonly dateline: string | null;
  /** The agency or outlet the article came from, or null. */
  readonly source: string | null;
}

/** Reads an article exactly as the site build does, so the report shows what would be published. */
function analyse(file: string, registry: CompiledRegistry, tentative = false): ArticleResult {
  try {
    const { article } = loadArticle(dirname(file), basename(file), defaultSettings.timeZone);
    const entities = resolveArticleEntities(article.textBlocks, registry, article.entityOverrides, { tentative });
    return {
      file,
      key: basename(file).replace(ARTICLE, ""),
      blocks: article.textBlocks,
      entities,
      headline: article.headline,
      headlineDerived: article.headlineDerived,
      dateline: article.dateline?.place ?? null,
      source: article.source ?? null,
    };
  } catch (error) {
    const content = findContentError(error);
    if (content) throw new InputError(`${join(dirname(file), content.file)}${content.line === undefined ? "" : `:${content.line}`}: ${content.reason}`);
    throw new InputError(`${file}: ${(error as Error).message}`);
  }
}

/** Distinct surface forms in order of first appearance. */
function surfaces(entity: ArticleEntity): string[] {
  return [...new Set(entity.mentions.map((m) => m.surface))];
}

function jsonReport(results: readonly ArticleResult[]): string {
  type Entry = {
    people: { name: string; mentions: string[] }[];
    organisations: { name: string; mentions: string[] }[];
    headline: string;
    headlineDerived: boolean;
    dateline: string | null;
    source: string | null;
  };
  const out: Record<string, Entry> = {};
  for (const r of results) {
    if (Object.hasOwn(out, r.key)) throw new InputError(`${r.file}: another article is also named "${r.key}"`);
    const list = (type: ArticleEntity["type"]) => r.entities.filter((e) => e.type === type).map((e) => ({ name: e.name, mentions: surfaces(e) }));
    out[r.key] = { people: list("person"), organisations: list("organisation"), headline: r.headline, headlineDerived: r.headlineDerived, dateline: r.dateline, source: r.source };
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

function describe(entity: ArticleEntity): string {
  const forms = surfaces(entity).map((s) => `"${s}"`).join(", ");
  return `  ${entity.name}  [${entity.slug}, ${entity.source}]${forms ? `  ${forms}` : ""}`;
}

function textReport(results: readonly ArticleResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`== ${relative(process.cwd(), r.file) || r.file}`);
    lines.push(`Headline${r.headlineDerived ? " (derived: no editor's headline)" : ""}: ${r.headline}`);
    lines.push(`Dateline: ${r.dateline ?? "none"}`, `Source: ${r.source ?? "none"}`);
    for (const [title, type] of [["People", "person"], ["Organisations", "organisation"]] as const) {
      const list = r.entities.filter((e) => e.type === type);
      lines.push(`${title} (${list.length})`, ...list.map(describe));
    }
    const fresh = r.entities.filter((e) => e.source === "detection");
    lines.push(`Candidates new to the registry (${fresh.length})`);
    // Names that stand in one sentence are listed together, under it once.
    for (const group of groupByFirstSentence(fresh)) {
      for (const e of group.entities) lines.push(`  ${e.type} ${e.name}`);
      if (group.sentence) lines.push(`      ${group.sentence}`);
    }
    lines.push("");
  }
  return `${lines.join("\n")}`;
}

function main(argv: readonly string[]): number {
  let options: Options;
  try {
    options = readOptions(argv);
  } catch (error) {
    process.stderr.write(`entities: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  try {
    const registry = loadRegistry(options.registry);
    const files = options.paths.flatMap(articleFiles);
    // Tentative names (no evidence in their own article) count for site-level resolution, as in the
    // build, but are never listed as an article's people or organisations.
    const results = files.map((file) => analyse(file, registry, !options.json));
    if (options.json) {
      process.stdout.write(jsonReport(results));
      return 0;
    }
    const resolution = resolveSite(results.map((r) => ({ article: relative(process.cwd(), r.file) || r.file, entities: r.entities })), registry.registry);
    // The report leads with what needs an editor's decision; the merges have their own report.
    const listed = results.map((r) => ({ ...r, entities: r.entities.filter((e) => !e.tentative) }));
    process.stdout.write(options.merges ? mergeReport(resolution) : `${checkFirstReport(resolution)}${textReport(listed)}`);
    return 0;
  } catch (error) {
    process.stderr.write(`entities: ${(error as Error).message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
