import type { EntityOverrides, EntityType } from "../entities/types.ts";
import { ContentError } from "./content-error.ts";
import { findForbiddenCharacter } from "./decode-source.ts";
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
}

const known = new Set([
  "title", "headline", "summary", "description", "author", "byline", "source", "photoCredit", "photo_credit",
  "slug", "date", "modified", "updated", "draft", "entities", "tags", "layout", "permalink",
]);

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
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (typeof value !== "string") fail(`"${key}" must be text, not ${describe(value)}`);
    // An escape in YAML or JSON ("\u0007") can bring in what the source file itself may not hold.
    const forbidden = findForbiddenCharacter(value as string);
    if (forbidden) fail(`"${key}" contains ${forbidden.name}; remove it`);
    const trimmed = (value as string).replace(/\s+/g, " ").trim();
    return trimmed === "" ? undefined : trimmed;
  };
  const draftValue = data["draft"];
  if (draftValue !== undefined && draftValue !== null && typeof draftValue !== "boolean") {
    fail(`"draft" must be true or false, not ${describe(draftValue)}`);
  }
  const dateValue = data["date"];
  if (dateValue instanceof Date) fail(`"date" must be an ISO 8601 text such as 2026-02-26 or 2026-02-26T09:30:00+05:00`);
  for (const key of Object.keys(data)) {
    if (!known.has(key)) fail(`unknown field "${key}" (known: ${[...known].sort().join(", ")})`);
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
    entityOverrides: readEntityOverrides(data["entities"], fail),
  };
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
    entityOverrides: {
      add: [...fromDataFile.entityOverrides.add, ...fromSource.entityOverrides.add],
      remove: [...fromDataFile.entityOverrides.remove, ...fromSource.entityOverrides.remove],
    },
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
