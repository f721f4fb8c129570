/**
 * Lead images: each article's photo encoded once into responsive AVIF, WebP and JPEG files
 * (eleventy-img on sharp), kept in a cache folder by the hash of the photo's bytes and the
 * encoder settings, and copied into the output's /img/ on every build. An unchanged photo is
 * never encoded again; the same photo always gives the same file names and the same bytes.
 */
import { createHash } from "node:crypto";
import { constants, copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ImageStat } from "@11ty/eleventy-img";
import type { Article } from "../articles/article.ts";
import { ContentError } from "../articles/content-error.ts";
import type { FeedItem } from "../feeds/types.ts";
import { escapeHtml } from "../html/escape.ts";
import type { BuildData } from "../render/build-data.ts";
import { absoluteUrl, type SiteSettings } from "../site.ts";

/** Widths written for every photo (narrower originals get their own width instead of upscaling). */
export const imageWidths = [480, 960, 1440] as const;
/** Best first: browsers take the first <source> they support; JPEG is the <img> itself. */
const formats = ["avif", "webp", "jpeg"] as const;
type Format = (typeof formats)[number];
const encoders = {
  sharpAvifOptions: { quality: 55 },
  sharpWebpOptions: { quality: 76 },
  sharpJpegOptions: { quality: 80, mozjpeg: true, progressive: true },
} as const;
/** Everything that changes the encoded bytes; a new recipe gives new names (safe to cache for ever). */
const recipe = JSON.stringify({ version: 1, widths: imageWidths, formats, encoders, fixOrientation: true });

/** Site path of the folder the files go to. */
export const imageUrlPath = "/img/";

export interface ImageFile {
  /** Site path, e.g. /img/3f2a…-960.avif */
  readonly path: string;
  readonly width: number;
  readonly height: number;
}

/** A processed lead image, as the views show it. */
export interface LeadImage {
  readonly alt: string;
  readonly credit: string;
  readonly caption?: string;
  /** Intrinsic size of the largest file: the aspect ratio the page reserves. */
  readonly width: number;
  readonly height: number;
  /** AVIF, then WebP: one <source> each, narrowest file first. */
  readonly sources: readonly { readonly type: string; readonly files: readonly ImageFile[] }[];
  /** JPEG files, narrowest first: the <img> itself, og:image, JSON-LD and the feeds. */
  readonly fallback: readonly ImageFile[];
}

/** Lead images by the source path of their article. */
export type LeadImages = ReadonlyMap<string, LeadImage>;

/** Build data with the lead images of this build (added by the Eleventy config). */
export interface WithLeadImages {
  readonly leadImages: LeadImages;
}

interface CacheEntry {
  readonly recipe: string;
  readonly files: Readonly<Record<Format, readonly { readonly file: string; readonly width: number; readonly height: number }[]>>;
  /** SHA-256 of each file, by name: a cached file is used only if its bytes still match. */
  readonly hashes: Readonly<Record<string, string>>;
}

const mimeTypes: Readonly<Record<Format, string>> = { avif: "image/avif", webp: "image/webp", jpeg: "image/jpeg" };

export interface ProcessOptions {
  readonly articles: readonly Article[];
  readonly contentDir: string;
  readonly outputDir: string;
  readonly cacheDir: string;
}

export interface ProcessResult {
  readonly images: LeadImages;
  /** Photos encoded in this run (the others came from the cache). */
  readonly encoded: number;
}

/**
 * Encodes (or takes from the cache) every article's lead image and copies its files into
 * `<outputDir>/img/`. A photo that cannot be decoded fails the build naming the article.
 */
export async function processLeadImages({ articles, contentDir, outputDir, cacheDir }: ProcessOptions): Promise<ProcessResult> {
  const images = new Map<string, LeadImage>();
  const entries = new Map<string, CacheEntry>();
  let encoded = 0;
  for (const article of articles) {
    const image = article.image;
    if (!image) continue;
    const key = cacheKey(image.hash);
    let entry = entries.get(key);
    if (!entry) {
      entry = readCacheEntry(cacheDir, key);
      // An entry with hashes whose files no longer match them (entries from before hashes are just encoded again).
      if (!entry && hasHashes(cacheDir, key)) {
        console.warn(`[wireroom] notice: the cached encodings of ${image.file} (${article.sourcePath}) were damaged: encoding the photo again`);
      }
      if (!entry) {
        entry = await encode(path.join(contentDir, image.file), key, cacheDir, article.sourcePath, image.file);
        encoded++;
      }
      copyIntoOutput(cacheDir, key, entry, outputDir);
      entries.set(key, entry);
    }
    const toFiles = (format: Format): ImageFile[] =>
      entry.files[format].map((f) => ({ path: `${imageUrlPath}${f.file}`, width: f.width, height: f.height }));
    const fallback = toFiles("jpeg");
    const largest = fallback.at(-1)!;
    images.set(article.sourcePath, {
      alt: image.alt,
      credit: image.credit,
      ...(image.caption ? { caption: image.caption } : {}),
      width: largest.width,
      height: largest.height,
      sources: (["avif", "webp"] as const).map((format) => ({ type: mimeTypes[format], files: toFiles(format) })),
      fallback,
    });
  }
  removeOtherImages(outputDir, entries.values());
  return { images, encoded };
}

/**
 * The dev server and incremental builds write into a folder that holds the last build's images:
 * the files of a photo that was replaced, or of an article that lost its photo or was deleted,
 * would stay published (and a full build would not write them). /img/ holds lead images only.
 */
function removeOtherImages(outputDir: string, entries: Iterable<CacheEntry>): void {
  const folder = path.join(outputDir, ...imageUrlPath.split("/").filter(Boolean));
  const keep = new Set<string>();
  for (const entry of entries) for (const format of formats) for (const { file } of entry.files[format]) keep.add(file);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (!keep.has(name)) rmSync(path.join(folder, name), { force: true, recursive: true });
  if (keep.size === 0) rmSync(folder, { force: true, recursive: true });
}

/** Name stem of a photo's files: its bytes and the recipe, so new settings never reuse old names. */
function cacheKey(imageHash: string): string {
  return createHash("sha256").update(imageHash).update("\0").update(recipe).digest("hex").slice(0, 16);
}

function entryDir(cacheDir: string, key: string): string {
  return path.join(cacheDir, "images", key);
}

/**
 * A cache entry whose every file is there with the bytes it was encoded with. A damaged entry
 * (a file missing, truncated or overwritten) is encoded again rather than published.
 */
function readCacheEntry(cacheDir: string, key: string): CacheEntry | undefined {
  const dir = entryDir(cacheDir, key);
  try {
    const entry = JSON.parse(readFileSync(path.join(dir, "entry.json"), "utf8")) as CacheEntry;
    if (entry.recipe !== recipe || !entry.hashes) return undefined;
    for (const format of formats) for (const f of entry.files[format]) if (hashOfFile(path.join(dir, f.file)) !== entry.hashes[f.file]) return undefined;
    return entry;
  } catch {
    return undefined;
  }
}

function hasHashes(cacheDir: string, key: string): boolean {
  try {
    return !!(JSON.parse(readFileSync(path.join(entryDir(cacheDir, key), "entry.json"), "utf8")) as Partial<CacheEntry>).hashes;
  } catch {
    return false;
  }
}

function hashOfFile(file: string): string | undefined {
  try {
    return sha256(readFileSync(file));
  } catch {
    return undefined;
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Encodes one photo into a private folder, then renames it into the cache: builds running at
 * the same time never see half-written files (the first rename wins; the files are the same).
 */
async function encode(source: string, key: string, cacheDir: string, articleFile: string, imageFile: string): Promise<CacheEntry> {
  let stats: Record<string, ImageStat[]>;
  try {
    // Imported on first use: it loads sharp, which costs a rebuild with no new photo up to 0.7 s.
    const { default: Image } = await import("@11ty/eleventy-img");
    stats = await Image(source, {
      widths: [...imageWidths],
      formats: [...formats],
      dryRun: true,
      useCache: false,
      urlPath: imageUrlPath,
      filenameFormat: (_id, _src, width, format) => `${key}-${width}.${format}`,
      // Photos from cameras and phones carry their orientation in EXIF, which is dropped.
      fixOrientation: true,
      ...encoders,
    });
  } catch (error) {
    throw new ContentError(articleFile, `image "${imageFile}" could not be read as a picture: ${(error as Error).message.split("\n")[0]}`);
  }
  const files = {} as Record<Format, { file: string; width: number; height: number }[]>;
  const hashes: Record<string, string> = {};
  const staging = path.join(cacheDir, "images", `.${key}.${process.pid}.${Date.now()}`);
  mkdirSync(staging, { recursive: true });
  try {
    for (const format of formats) {
      const list = stats[format] ?? [];
      if (list.length === 0) throw new ContentError(articleFile, `image "${imageFile}" gave no ${format} files`);
      files[format] = [...list]
        .sort((a, b) => a.width - b.width)
        .map((stat) => {
          if (!stat.buffer) throw new Error(`eleventy-img returned no bytes for ${stat.filename}`);
          writeFileSync(path.join(staging, stat.filename), stat.buffer);
          hashes[stat.filename] = sha256(stat.buffer);
          return { file: stat.filename, width: stat.width, height: stat.height };
        });
    }
    const entry: CacheEntry = { recipe, files, hashes };
    writeFileSync(path.join(staging, "entry.json"), `${JSON.stringify(entry, null, 1)}\n`);
    // Another build may have put the same files there meanwhile: keep them.
    if (readCacheEntry(cacheDir, key)) return entry;
    const target = entryDir(cacheDir, key);
    try {
      rmSync(target, { recursive: true, force: true });
      renameSync(staging, target);
    } catch (error) {
      if (!readCacheEntry(cacheDir, key)) throw error;
    }
    return entry;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function copyIntoOutput(cacheDir: string, key: string, entry: CacheEntry, outputDir: string): void {
  const from = entryDir(cacheDir, key);
  const to = path.join(outputDir, ...imageUrlPath.split("/").filter(Boolean));
  mkdirSync(to, { recursive: true });
  for (const format of formats) {
    for (const { file } of entry.files[format]) {
      const source = path.join(from, file);
      const target = path.join(to, file);
      // The dev server and incremental builds write into a folder that has the files already.
      if (statSync(target, { throwIfNoEntry: false })?.size === statSync(source).size && hashOfFile(target) === entry.hashes[file]) continue;
      // Removed first: the file may be a hard link into the published site (an incremental build's new version).
      rmSync(target, { force: true });
      copyFileSync(source, target, constants.COPYFILE_FICLONE);
    }
  }
}

/** The processed lead image of an article in this build, if it has one. */
export function leadImageOf(build: BuildData, article: Article): LeadImage | undefined {
  if (!article.image) return undefined;
  const image = (build as BuildData & Partial<WithLeadImages>).leadImages?.get(article.sourcePath);
  if (!image) throw new Error(`Wireroom: the lead image of ${article.sourcePath} was not processed before rendering`);
  return image;
}

/** The file social cards, JSON-LD and feeds point to: the widest JPEG. */
export function shareFileOf(image: LeadImage): ImageFile {
  return image.fallback.at(-1)!;
}

/** `srcset` of a list of files: "/img/a-480.avif 480w, …", each path through `link`. */
export function srcsetOf(files: readonly ImageFile[], link: (sitePath: string) => string): string {
  return files.map((f) => `${link(f.path)} ${f.width}w`).join(", ");
}

/**
 * Adds each article's lead image to its feed item (the same item in every feed): as the item's
 * image (JSON Feed `image`), and at the top of its content, so that readers of RSS and Atom see it too.
 */
export function withFeedImages(itemFor: (article: Article) => FeedItem, images: LeadImages, settings: SiteSettings): (article: Article) => FeedItem {
  const cache = new Map<Article, FeedItem>();
  return (article) => {
    const image = images.get(article.sourcePath);
    if (!image) return itemFor(article);
    let item = cache.get(article);
    if (!item) {
      const base = itemFor(article);
      const file = shareFileOf(image);
      const url = absoluteUrl(settings, file.path);
      const caption = `${image.caption ? `${escapeHtml(image.caption)} ` : ""}Photo: ${escapeHtml(image.credit)}`;
      const figure = `<figure><img src="${escapeHtml(url)}" alt="${escapeHtml(image.alt)}" width="${file.width}" height="${file.height}"><figcaption>${caption}</figcaption></figure>\n`;
      // contentHtml stays a getter (see createFeedItems): copied as descriptors, since spreading `base` would read it.
      item = Object.defineProperties({}, {
        ...Object.getOwnPropertyDescriptors(base),
        image: { value: { url, alt: image.alt }, enumerable: true },
        contentHtml: { get: () => `${figure}${base.contentHtml}`, enumerable: true },
      }) as FeedItem;
      cache.set(article, item);
    }
    return item;
  };
}

export interface LeadImageFolders {
  /** The content folder image paths are relative to. */
  readonly contentDir: string;
  /** Where /img/ is written. */
  readonly outputDir: string;
  /** The build cache (encoded images are kept under its images/). */
  readonly cacheDir: string;
}

/**
 * The build data with this build's lead images: each article's photo encoded (or taken from
 * the cache) into `<outputDir>/img/`, and the feed items carrying it. Every path that renders
 * pages (Eleventy's, an incremental one) calls this on the prepared build data.
 */
export async function addLeadImages<B extends BuildData>(build: B, folders: LeadImageFolders): Promise<B & WithLeadImages> {
  const { images } = await processLeadImages({ articles: build.model.articles, ...folders });
  return { ...build, feedItemFor: withFeedImages(build.feedItemFor, images, build.model.settings), leadImages: images };
}
