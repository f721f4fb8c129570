import type { EntityOverrides, EntityType } from "./article-entities.ts";
import type { BuildNotice } from "./article.ts";
import { ContentError } from "./content-error.ts";
import { findForbiddenCharacter, isBlank } from "./decode-source.ts";
import type { FrontMatterData } from "./front-matter.ts";

/** Fields an editor may set in front matter or in the data file beside a source. */
export interface EditorialFields {
  readonly headline?: string;
  readonly summary?: string;
  readonly byline?: string;
  readonly source?: string;
  readonly photoCredit?: string;
  readonly slug?: string;
  /** Raw date value (Markdown sources); wire texts carry theirs in the body. */
  readonly date?: string;
  readonly modified?: string;
  readonly draft: boolean;
  readonly entityOverrides: EntityOverrides;
  /** Fields the build does not know, ignored: a warning each, naming the file and the field. */
  readonly warnings: readonly BuildNotice[];
  /** The lead image as an editor gave it; the file is checked and hashed when the article is loaded. */
  readonly image?: ImageField;
}

/** `image: { file, alt, credit, caption? }`: a photo shown above the article and on social cards. */
export interface ImageField {
  /** Path relative to the content folder, with forward slashes ("images/port.jpg"). */
  readonly file: string;
  /** What the photo shows, for readers who cannot see it. Required. */
  readonly alt: string;
  /** Who took or supplied the photo. Required. */
  readonly credit: string;
  readonly caption?: string;
}

/** Formats the image pipeline reads. */
export const imageExtensions = [".jpg", ".jpeg", ".png", ".webp", ".avif"] as const;

const known = new Set([
  "title", "headline", "summary", "description", "author", "byline", "source", "photoCredit", "photo_credit",
  "slug", "date", "modified", "updated", "draft", "entities", "tags", "layout", "permalink", "image",
  // Hugo-style taxonomies: hand tags, the same as entities.add with a type.
  "people", "organisations", "organizations",
]);

/** Edit distance with transpositions ("tilte" is one step from "title"), for telling a misspelt field. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known field an unknown one is probably a misspelling of: the same but for case or
 * separators ("Title", "photo-credit"), or one or two letters off ("tilte", "sumary").
 * A field of another system ("categories", "weight") is none.
 */
export function misspeltField(key: string): string | undefined {
  const plain = (k: string) => k.toLowerCase().replace(/[-_\s]/g, "");
  const allowed = key.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const field of known) {
    const d = plain(key) === plain(field) ? 0 : distance(key.toLowerCase(), field.toLowerCase());
    if (d < bestDistance) {
      best = field;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}

/**
 * Reads and type-checks editorial fields. Wrong types fail with the field named, because
 * a silently ignored `draft: "yes"` would publish what an editor meant to hold back.
 */
export function readEditorialFields(data: FrontMatterData, file: string, line?: number): EditorialFields {
  const fail = (reason: string): never => {
    throw new ContentError(file, reason, line);
  };
  const text = (key: string): string | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return undefined;
    // YAML reads `.inf` and `.nan` as numbers: not text anyone meant to publish.
    if (typeof value === "number" && !Number.isFinite(value)) fail(`"${key}" must be text, not ${String(value)}`);
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (typeof value !== "string") fail(`"${key}" must be text, not ${describe(value)}`);
    // An escape in YAML or JSON ("\u0007") can bring in what the source file itself may not hold.
    const forbidden = findForbiddenCharacter(value as string);
    if (forbidden) fail(`"${key}" contains ${forbidden.name}; remove it`);
    const trimmed = (value as string).replace(/\s+/g, " ").trim();
    return isBlank(trimmed) ? undefined : trimmed;
  };
  const draftValue = data["draft"];
  if (draftValue !== undefined && draftValue !== null && typeof draftValue !== "boolean") {
    fail(`"draft" must be true or false, not ${describe(draftValue)}`);
  }
  const dateValue = data["date"];
  if (dateValue instanceof Date) fail(`"date" must be an ISO 8601 text such as 2026-02-26 or 2026-02-26T09:30:00+05:00`);
  // A newsroom migrating from another system has many fields this build does not use: ignored
  // with a warning. One that looks like a misspelling of a known field is a mistake to fix.
  const warnings: BuildNotice[] = [];
  for (const key of Object.keys(data)) {
    if (known.has(key)) continue;
    const meant = misspeltField(key);
    if (meant !== undefined) fail(`unknown field "${key}"; did you mean "${meant}"?`);
    warnings.push({ file, message: `has a field the build does not know, ignored: ${JSON.stringify(key)}` });
  }
  return {
    headline: text("headline") ?? text("title"),
    summary: text("summary") ?? text("description"),
    byline: text("byline") ?? text("author"),
    source: text("source"),
    photoCredit: text("photoCredit") ?? text("photo_credit"),
    slug: text("slug"),
    date: text("date"),
    modified: text("modified") ?? text("updated"),
    draft: draftValue === true,
    entityOverrides: withHandTags(readEntityOverrides(data["entities"], fail), data, fail),
    warnings,
    ...optional("image", readImageField(data["image"], fail)),
  };
}

/** `people: [Mira Feld]`, `organisations: [Orlen Valley University]`: hand tags, as Hugo taxonomies are written. */
function withHandTags(overrides: EntityOverrides, data: FrontMatterData, fail: (reason: string) => never): EntityOverrides {
  const tags: { name: string; type: EntityType }[] = [];
  for (const [key, type] of [["people", "person"], ["organisations", "organisation"], ["organizations", "organisation"]] as const) {
    const value = data[key];
    if (value === undefined || value === null) continue;
    const items = typeof value === "string" ? [value] : value;
    if (!Array.isArray(items)) fail(`"${key}" must be a list of names`);
    for (const item of items as unknown[]) {
      if (typeof item !== "string" || !item.trim()) fail(`"${key}" items must be names`);
      const name = (item as string).replace(/\s+/g, " ").trim();
      const forbidden = findForbiddenCharacter(name);
      if (forbidden) fail(`"${key}" names must not contain ${forbidden.name}`);
      tags.push({ name, type });
    }
  }
  return tags.length === 0 ? overrides : { add: [...overrides.add, ...tags], remove: overrides.remove };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

const imageKeys = new Set(["file", "alt", "credit", "caption"]);

/**
 * `image` must name a file inside the content folder and say what it shows: a photo without
 * alt text fails the build rather than reach readers who cannot see it.
 */
function readImageField(value: unknown, fail: (reason: string) => never): ImageField | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value) || value instanceof Date) {
    return fail(`"image" must be a mapping like { file: images/port.jpg, alt: "…", credit: "…" }, not ${describe(value)}`);
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!imageKeys.has(key)) fail(`"image" takes file, alt, credit and caption, not "${key}"`);
  }
  const text = (key: string): string | undefined => {
    const raw = record[key];
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== "string") return fail(`"image.${key}" must be text, not ${describe(raw)}`);
    const forbidden = findForbiddenCharacter(raw);
    if (forbidden) fail(`"image.${key}" contains ${forbidden.name}; remove it`);
    const trimmed = raw.replace(/\s+/g, " ").trim();
    return trimmed === "" ? undefined : trimmed;
  };
  const file = text("file");
  if (!file) return fail(`"image.file" is missing: give the photo's path relative to the content folder, e.g. images/port.jpg`);
  const normalised = file.replace(/\\/g, "/").replace(/^\.\//, "");
  if (normalised.startsWith("/") || /^[a-z][a-z0-9+.-]*:/i.test(normalised) || normalised.split("/").includes("..")) {
    fail(`"image.file" ${JSON.stringify(file)} must be a path inside the content folder, e.g. images/port.jpg`);
  }
  const extension = /\.[^./]+$/.exec(normalised)?.[0]?.toLowerCase() ?? "";
  if (!(imageExtensions as readonly string[]).includes(extension)) {
    fail(`"image.file" ${JSON.stringify(file)} is not a JPEG, PNG, WebP or AVIF file (${imageExtensions.join(", ")})`);
  }
  const alt = text("alt");
  if (!alt) fail(`"image.alt" is missing: describe what the photo shows for readers who cannot see it`);
  const credit = text("credit");
  if (!credit) fail(`"image.credit" is missing: say who took or supplied the photo`);
  const caption = text("caption");
  return { file: normalised, alt: alt!, credit: credit!, ...(caption ? { caption } : {}) };
}

/** Merges the data file's fields under the source's own front matter (the source wins, as in Eleventy). */
export function mergeFields(fromDataFile: EditorialFields | undefined, fromSource: EditorialFields): EditorialFields {
  if (!fromDataFile) return fromSource;
  const pick = <K extends keyof EditorialFields>(key: K): EditorialFields[K] => fromSource[key] ?? fromDataFile[key];
  return {
    headline: pick("headline"),
    summary: pick("summary"),
    byline: pick("byline"),
    source: pick("source"),
    photoCredit: pick("photoCredit"),
    slug: pick("slug"),
    date: pick("date"),
    modified: pick("modified"),
    draft: fromSource.draft || fromDataFile.draft,
    warnings: [...fromDataFile.warnings, ...fromSource.warnings],
    entityOverrides: {
      add: [...fromDataFile.entityOverrides.add, ...fromSource.entityOverrides.add],
      remove: [...fromDataFile.entityOverrides.remove, ...fromSource.entityOverrides.remove],
    },
    ...optional("image", pick("image")),
  };
}

function readEntityOverrides(value: unknown, fail: (reason: string) => never): EntityOverrides {
  if (value === undefined || value === null) return { add: [], remove: [] };
  if (typeof value !== "object" || Array.isArray(value)) {
    fail(`"entities" must be a mapping with "add" and/or "remove" lists`);
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== "add" && key !== "remove") fail(`"entities" takes "add" and "remove", not "${key}"`);
  }
  const list = (key: "add" | "remove"): unknown[] => {
    const items = record[key];
    if (items === undefined || items === null) return [];
    if (!Array.isArray(items)) fail(`"entities.${key}" must be a list`);
    return items as unknown[];
  };
  const add = list("add").map((item) => {
    if (typeof item === "string" && item.trim()) return { name: item.trim() };
    if (item && typeof item === "object" && typeof (item as { name?: unknown }).name === "string") {
      const { name, type } = item as { name: string; type?: unknown };
      if (type !== undefined && type !== "person" && type !== "organisation") {
        fail(`"entities.add" type must be person or organisation, not ${describe(type)}`);
      }
      return { name: name.trim(), ...(type ? { type: type as EntityType } : {}) };
    }
    return fail(`"entities.add" items must be names or {name, type}`);
  });
  const remove = list("remove").map((item) => {
    if (typeof item !== "string" || !item.trim()) fail(`"entities.remove" items must be names`);
    return (item as string).trim();
  });
  for (const name of [...add.map((entry) => entry.name), ...remove]) {
    const forbidden = findForbiddenCharacter(name);
    if (forbidden) fail(`"entities" names must not contain ${forbidden.name}`);
  }
  return { add, remove };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  if (value === null) return "null";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
}
