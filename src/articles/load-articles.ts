import { createHash } from "node:crypto";
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { Article, BuildNotice } from "./article.ts";
import { buildArticle } from "./build-article.ts";
import { ContentError } from "./content-error.ts";
import { decodeSource, lineOf } from "./decode-source.ts";
import { takeSourceStats, type SourceStat } from "./early-source-stats.ts";
import { findDuplicateKey } from "./duplicate-json-key.ts";
import { mergeFields, readEditorialFields, type EditorialFields } from "./editorial-fields.ts";
import { parseMarkdownArticle } from "./parse-markdown.ts";
import { parseWireText } from "./parse-wire-text.ts";
import type { ParsedSource } from "./parsed-source.ts";

export interface LoadOptions {
  readonly zone: string;
  readonly includeDrafts: boolean;
  /**
   * Articles parsed by an earlier build, by source path. An unchanged source (same bytes,
   * same data file, same zone) is taken from here instead of parsed again; the map is
   * updated in place, so a long-running dev server parses only what changed.
   */
  readonly cache?: ArticleCache;
  /** Told after each source, for a progress display. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * The only files (relative to the content folder) that may have changed since the last load
   * with the same cache, as a file watcher reports them: the dev server then neither lists the
   * folder nor asks the disk about 10,000 unchanged sources. Without it, everything is looked at.
   */
  readonly changedFiles?: ReadonlySet<string>;
  /**
   * The articles newest first with their URLs checked, when the caller knows them from the last
   * build (see orderAsStored); undefined when it does not, and they are sorted and checked here.
   * Given the articles as listed (drafts left out), after the cache holds the listed sources alone.
   */
  readonly knownOrder?: (articles: readonly Article[]) => Article[] | undefined;
}

export interface CachedArticle {
  readonly hash: string;
  readonly article: Article;
  readonly notices: readonly BuildNotice[];
  /** Size and modification time of the lead image when it was hashed: a changed image is read again. */
  readonly imageStamp?: string;
  /**
   * What the source and its data file looked like on disk when `hash` was computed (see
   * fileStamp); absent when that cannot be trusted, so that the next load reads them again.
   */
  readonly stamp?: string;
}

export type ArticleCache = Map<string, CachedArticle>;

export interface LoadedArticles {
  /** Newest first; ties broken by headline and source path so that order never depends on the disk. */
  readonly articles: readonly Article[];
  readonly notices: readonly BuildNotice[];
  readonly draftsLeftOut: number;
}

const parsers: Readonly<Record<string, (text: string, file: string) => ParsedSource>> = {
  ".txt": parseWireText,
  ".md": parseMarkdownArticle,
};

function realPathOrUndefined(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

function isInsideFolder(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

/** Every article source below a folder, as relative paths with forward slashes, sorted. */
export function listArticleSources(contentDir: string): string[] {
  return listContent(contentDir).sources;
}

/** The sources, and the data files that exist (a source without one need not be asked about it). */
function listContent(contentDir: string): { sources: string[]; dataFiles: Set<string> } {
  const sources: string[] = [];
  const dataFiles = new Set<string>();
  const root = realPathOrUndefined(contentDir) ?? path.resolve(contentDir);
  // Real paths of the folders walked: a folder reached by a link as well is walked once, under
  // its own name (links to folders are walked last, and only to folders not walked yet).
  const walked = new Set<string>([root]);
  const linkedFolders: { child: string; target: string }[] = [];
  const walk = (relative: string): void => {
    const entries = readdirSync(path.join(contentDir, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      // "_drafts", ".git" and README files are the maintainer's, not the readers'.
      if (entry.name.startsWith(".") || entry.name.startsWith("_") || /^readme\.md$/i.test(entry.name)) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        // Followed only inside the content folder: a link out of it would publish what is not content.
        const target = realPathOrUndefined(path.join(contentDir, child));
        if (!target) throw new ContentError(child, "is a link to nothing (its target does not exist); remove it or fix it");
        if (target !== root && !isInsideFolder(target, root)) throw new ContentError(child, `is a link to ${target}, outside the content folder; move the file into the content folder instead`);
        const stat = statSync(target);
        if (stat.isDirectory()) {
          linkedFolders.push({ child, target });
          continue;
        }
        isFile = stat.isFile();
      } else if (isDirectory) {
        walked.add(realPathOrUndefined(path.join(contentDir, child)) ?? child);
      }
      if (isDirectory) walk(child);
      else if (entry.name.endsWith(".11tydata.json")) dataFiles.add(child);
      else if (isFile && path.extname(entry.name).toLowerCase() in parsers) sources.push(child);
    }
  };
  walk("");
  for (let i = 0; i < linkedFolders.length; i++) {
    const { child, target } = linkedFolders[i]!;
    if (walked.has(target)) continue;
    walked.add(target);
    walk(child);
  }
  return { sources: sources.sort(), dataFiles };
}

interface Listing {
  readonly contentDir: string;
  readonly sources: string[];
  readonly dataFiles: Set<string>;
}

/** The last listing made with each cache: what a watcher's list of changes is applied to. */
const listings = new WeakMap<ArticleCache, Listing>();

/**
 * The previous listing with the watcher's changes applied, or undefined when they cannot be
 * applied (no listing yet, another folder, a folder added or removed). Changes to anything but
 * sources and data files (a photo, say) keep the listing but trust no stamp: every source is
 * looked at as usual.
 */
function relist(previous: Listing | undefined, contentDir: string, changed: ReadonlySet<string>): (Omit<Listing, "contentDir"> & { trustUnchanged: boolean }) | undefined {
  if (!previous || previous.contentDir !== contentDir) return undefined;
  const sources = new Set(previous.sources);
  const dataFiles = new Set(previous.dataFiles);
  let trustUnchanged = true;
  for (const file of changed) {
    const name = file.split("/").pop() ?? "";
    const hidden = file.split("/").some((part) => part.startsWith(".") || part.startsWith("_")) || /^readme\.md$/i.test(name);
    const stat = statSync(path.join(contentDir, file), { throwIfNoEntry: false });
    if (stat?.isDirectory()) return undefined;
    if (hidden) continue;
    if (name.endsWith(".11tydata.json")) {
      if (stat) dataFiles.add(file);
      else dataFiles.delete(file);
    } else if (path.extname(name).toLowerCase() in parsers) {
      if (stat?.isFile()) sources.add(file);
      else sources.delete(file);
    } else if (!stat && !path.extname(name)) {
      // Gone, and perhaps a folder: only a new listing knows what was in it.
      return undefined;
    } else {
      trustUnchanged = false;
    }
  }
  return { sources: [...sources].sort(), dataFiles, trustUnchanged };
}

/**
 * Size, modification and change times and inode of a file. A source whose stamp (and its data
 * file's) is what it was when it was hashed is not read again: a 10,000-article rebuild then
 * reads only what was edited. The trade-off: an edit that keeps the size and restores both
 * times on the same inode would go unseen; ctime cannot be set back by tools that restore
 * mtimes (cp -p, rsync -t, touch -d), so only a clock set back or a raw disk write could do it.
 */
function fileStamp(stat: SourceStat): string {
  return stat.stamp ?? `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
}

/**
 * A file changed within this much of being stamped may change again within the same clock
 * tick on a coarse-grained file system (FAT, HFS+, some network mounts): as git does with its
 * index, such a stamp is not trusted and the file is hashed again next time.
 */
export const racyMilliseconds = 3000;

/**
 * Reads and parses one source with its data file; errors name the file relative to the content folder.
 * `hasDataFile` (known from a folder listing) spares asking the disk for a data file that is not there;
 * `early`, stats made ahead (early-source-stats.ts), asking it at all for what they hold.
 */
export function loadArticle(contentDir: string, file: string, zone: string, cache?: ArticleCache, hasDataFile?: boolean, early?: ReadonlyMap<string, SourceStat>): CachedArticle {
  const cached = cache?.get(file);
  const dataFile = dataFileOf(file);
  const sourceStat = cache ? (early?.get(file) ?? statSync(path.join(contentDir, file))) : undefined;
  const dataStat = cache && hasDataFile !== false ? (early?.get(dataFile) ?? statSync(path.join(contentDir, dataFile), { throwIfNoEntry: false })) : undefined;
  const stamp = sourceStat ? `${zone}|${fileStamp(sourceStat)}|${dataStat ? fileStamp(dataStat) : "-"}` : undefined;
  if (cached && stamp && cached.stamp === stamp && imageUnchanged(contentDir, cached)) return cached;
  const bytes = readFileSync(path.join(contentDir, file));
  const dataBytes = hasDataFile === false ? undefined : readIfExists(path.join(contentDir, dataFile));
  const hash = createHash("sha256")
    .update(`${zone}\0${bytes.length}\0`)
    .update(bytes)
    .update(dataBytes ? `\0${dataBytes.length}\0` : "\0-\0")
    .update(dataBytes ?? "")
    .digest("base64url");
  const trusted = stamp && sourceStat && Date.now() - Math.max(sourceStat.mtimeMs, sourceStat.ctimeMs, dataStat?.mtimeMs ?? 0, dataStat?.ctimeMs ?? 0) > racyMilliseconds ? stamp : undefined;
  if (cached && cached.hash === hash && imageUnchanged(contentDir, cached)) {
    // Touched but not changed: the parse is still good, only the stamp is new.
    if (cached.stamp === trusted) return cached;
    const { stamp: _old, ...rest } = cached;
    const restamped: CachedArticle = { ...rest, ...(trusted ? { stamp: trusted } : {}) };
    cache?.set(file, restamped);
    return restamped;
  }
  const text = decodeSource(bytes, file);
  const parse = parsers[path.extname(file).toLowerCase()]!;
  const parsed = parse(text, file);
  const fromDataFile = dataBytes ? readDataFile(dataFile, dataBytes) : undefined;
  const fields = mergeFields(fromDataFile, readEditorialFields(parsed.frontMatter, file));
  const image = fields.image ? readImage(contentDir, fields.image.file, file) : undefined;
  // The image is part of what the article's pages are made from: a new photo, a new hash.
  const articleHash = image ? createHash("sha256").update(hash).update("\0image\0").update(image.hash).digest("base64url") : hash;
  const built = buildArticle(parsed, fields, file, zone, articleHash, image?.hash);
  const notices = fields.warnings.length > 0 ? [...fields.warnings, ...built.notices] : built.notices;
  const entry: CachedArticle = { hash, article: built.article, notices, ...(image ? { imageStamp: image.stamp } : {}), ...(trusted ? { stamp: trusted } : {}) };
  cache?.set(file, entry);
  return entry;
}

/** Whether a cached article's lead image, if it has one, is the file it was hashed from. A function of its own, not a closure made at each of 10,000 calls. */
function imageUnchanged(contentDir: string, entry: CachedArticle): boolean {
  const image = entry.article.image;
  return !image || entry.imageStamp === imageStamp(contentDir, image.file);
}

/** Reads a lead image named by an article; a missing file fails the build naming the article. */
function readImage(contentDir: string, imageFile: string, articleFile: string): { hash: string; stamp: string } {
  const full = path.resolve(contentDir, imageFile);
  const root = path.resolve(contentDir);
  if (!full.startsWith(root + path.sep)) throw new ContentError(articleFile, `image "${imageFile}" is outside the content folder`);
  // A link (the photo or a folder on its way) may lead out of the content folder: not published.
  const real = realPathOrUndefined(full);
  if (real && !isInsideFolder(real, realPathOrUndefined(root) ?? root)) {
    throw new ContentError(articleFile, `image "${imageFile}" is a link to ${real}, outside the content folder; copy the photo into the content folder`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") {
      throw new ContentError(articleFile, `image "${imageFile}" not found: put the file at ${imageFile} in the content folder, or correct "image.file"`);
    }
    throw error;
  }
  if (bytes.length === 0) throw new ContentError(articleFile, `image "${imageFile}" is an empty file`);
  return { hash: createHash("sha256").update(bytes).digest("hex"), stamp: imageStamp(contentDir, imageFile) ?? "" };
}

function imageStamp(contentDir: string, imageFile: string): string | undefined {
  const stat = statSync(path.join(contentDir, imageFile), { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : undefined;
}

export function loadArticles(contentDir: string, options: LoadOptions): LoadedArticles {
  const notices: BuildNotice[] = [];
  const articles: Article[] = [];
  let draftsLeftOut = 0;
  // Made by a worker while the command read its stored state, when it started one (the build command does); its listing too.
  const ahead = options.cache && !options.changedFiles ? takeSourceStats(contentDir) : undefined;
  const early = ahead?.stats;
  const listing = (options.cache && options.changedFiles && relist(listings.get(options.cache), contentDir, options.changedFiles)) || { ...(ahead?.listing ?? listContent(contentDir)), trustUnchanged: false };
  if (options.cache) listings.set(options.cache, { contentDir, sources: listing.sources, dataFiles: listing.dataFiles });
  const { sources, dataFiles } = listing;
  const changed = options.changedFiles;
  for (let i = 0; i < sources.length; i++) {
    const file = sources[i]!;
    options.onProgress?.(i + 1, sources.length);
    const dataFile = dataFileOf(file);
    const cached = listing.trustUnchanged && !changed!.has(file) && !changed!.has(dataFile) ? options.cache!.get(file) : undefined;
    const loaded = cached ?? loadArticle(contentDir, file, options.zone, options.cache, dataFiles.has(dataFile), early);
    if (loaded.article.draft && !options.includeDrafts) {
      draftsLeftOut++;
      continue;
    }
    // Pushed one by one rather than spread: nearly every list is empty.
    for (const notice of loaded.notices) notices.push(notice);
    articles.push(loaded.article);
  }
  // Every source listed is in the cache now, under its own path: a cache no larger holds nothing
  // else, and is not looked through (10,000 paths hashed into a set, at every one-edit build).
  if (options.cache && options.cache.size > sources.length) {
    const present = new Set(sources);
    for (const file of options.cache.keys()) if (!present.has(file)) options.cache.delete(file);
  }
  const known = options.knownOrder?.(articles);
  if (known) return { articles: known, notices, draftsLeftOut };
  assertUniqueUrls(articles);
  return { articles: sortNewestFirst(articles), notices, draftsLeftOut };
}

export function sortNewestFirst(articles: Article[]): Article[] {
  // Each with its time, in an array sorted once: a map looked up twice per comparison took longer than the sort.
  const keyed = articles.map((article) => ({ article, millis: publishedMillis(article) }));
  keyed.sort((a, b) => b.millis - a.millis || compareText(a.article.headline, b.article.headline) || compareText(a.article.sourcePath, b.article.sourcePath));
  for (let i = 0; i < keyed.length; i++) articles[i] = keyed[i]!.article;
  return articles;
}

/** The order sortNewestFirst gives: negative when `a` comes first (never 0 for two articles of different paths). */
export function compareNewestFirst(a: Article, b: Article): number {
  return publishedMillis(b) - publishedMillis(a) || compareText(a.headline, b.headline) || compareText(a.sourcePath, b.sourcePath);
}

/**
 * What an article back from the stored state says of its publication time without making a
 * luxon DateTime (which takes longer to make for 10,000 articles than all the rest): the time
 * in the site's zone as toISO() wrote it, and in milliseconds. Read through these getters (of
 * its class, not own fields) to sort and file the site's articles by year and month.
 */
export interface NotedPublished {
  readonly publishedIso: string;
  readonly publishedMillis: number;
}

const isoDate = /^(\d{4})-(\d{2})-\d{2}T/;

function notedPublished(article: Article): NotedPublished | undefined {
  return typeof (article as Partial<NotedPublished>).publishedIso === "string" ? (article as Article & NotedPublished) : undefined;
}

export function publishedMillis(article: Article): number {
  return notedPublished(article)?.publishedMillis ?? article.published.toMillis();
}

/** Year and month of publication in the site's zone. */
export function publishedYearMonth(article: Article): { year: number; month: number } {
  const match = isoDate.exec(notedPublished(article)?.publishedIso ?? "");
  if (!match) return { year: article.published.year, month: article.published.month };
  return { year: Number(match[1]), month: Number(match[2]) };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertUniqueUrls(articles: readonly Article[]): void {
  // One set operation per article (a map's get and set were two): the other article is looked for only when there is one.
  const urls = new Set<string>();
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i]!;
    if (urls.size === urls.add(article.url).size) {
      const other = articles.find((candidate) => candidate.url === article.url)!;
      throw new ContentError(
        article.sourcePath,
        `has the same URL ${article.url} as ${other.sourcePath}; give one of them another headline or a "slug"`,
      );
    }
  }
}

/** `name.11tydata.json` beside `name.txt`: editorial fields kept apart from the wire text itself. */
function dataFileOf(file: string): string {
  // What file.replace(/\.[^./]+$/, ".11tydata.json") gives, without a regular expression: 10,000 of them took 8 ms.
  const dot = file.lastIndexOf(".");
  return dot > file.lastIndexOf("/") && dot < file.length - 1 ? `${file.slice(0, dot)}.11tydata.json` : file;
}

function readIfExists(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function readDataFile(dataFile: string, raw: Buffer): EditorialFields {
  const text = decodeSource(raw, dataFile);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split("\n").length;
    throw new ContentError(dataFile, `is not valid JSON: ${(error as Error).message.split("\n")[0]}`, line);
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    throw new ContentError(dataFile, "must hold a JSON object of editorial fields");
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate) throw new ContentError(dataFile, `has the key "${duplicate.key}" twice; keep one`, lineOf(text, duplicate.index));
  return readEditorialFields(data as Record<string, unknown>, dataFile);
}
