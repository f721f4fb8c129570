/**
 * Walks each sentence's capitalised runs and hands each to the rule that explains it:
 * an honorific or style (a person follows), a head word (an organisation), a title (a role,
 * then a person), an event, document or place head (nothing), or nothing at all (a bare run,
 * left for person-cues.ts and outlets.ts to judge with more context).
 */
import type { DetectionContext, Rule, Sentence } from "../context.ts";
import { Cursor } from "./cursor.ts";
import { isMaterial, isSaintDot, keepsPossessive, readOrganisation } from "./organisations.ts";
import { readHonorific, readRole, readStyle } from "./titles.ts";

type Decisive = { readonly kind: "head" | "title" | "nonentity"; readonly at: number } | { readonly kind: "none"; readonly at: -1 };

/**
 * Does a head word come later in the same run? "Steppe Belt Energy Secretariat",
 * "Port Amaril Authority": a place or event word inside an organisation's name.
 */
function headLaterInRun(c: Cursor, i: number): boolean {
  for (let j = i; j < c.n && (isMaterial(c, j) || isGlueInsideRun(c, j)); j += 1) {
    if (c.cls(j) === "head" && isMaterial(c, j)) return true;
    if (c.possessive(j) && !keepsPossessive(c, j)) return false;
  }
  return false;
}

/** Does a chain of title and portfolio words starting at i end in a head word ("General Assembly")? */
function chainReachesHead(c: Cursor, i: number): boolean {
  let j = i;
  while (j < c.n && isMaterial(c, j) && c.cls(j) !== "head" && !c.possessive(j)) {
    const cls = c.cls(j);
    if (cls !== "title" && cls !== "domain" && cls !== "modifier" && cls !== "event" && cls !== "document" && cls !== "place") return false;
    j += 1;
  }
  return c.cls(j) === "head" && isMaterial(c, j);
}

function isGlueInsideRun(c: Cursor, j: number): boolean {
  if (c.cls(j) === "particle" && isMaterial(c, j + 1)) return true;
  if (c.isPunct(j, ".") && c.cls(j - 1) === "initial" && c.glued(j - 1)) return true;
  if (isSaintDot(c, j) && isMaterial(c, j + 1)) return true;
  return c.is(j, "and", "&") && isMaterial(c, j + 1);
}

/** Scans the run from i; returns the first decisive word and where the run stops. */
function scanRun(c: Cursor, i: number): { decisive: Decisive; stop: number; firstAnd: number } {
  let j = i;
  let firstAnd = -1;
  while (j < c.n) {
    if (isMaterial(c, j)) {
      const cls = c.cls(j);
      if (cls === "head") return { decisive: { kind: "head", at: j }, stop: j, firstAnd };
      if (cls === "title" && !chainReachesHead(c, j)) return { decisive: { kind: "title", at: j }, stop: j, firstAnd };
      if ((cls === "event" || cls === "document" || cls === "place") && !headLaterInRun(c, j + 1)) {
        return { decisive: { kind: "nonentity", at: j }, stop: j, firstAnd };
      }
      j += 1;
      if (c.possessive(j - 1) && !keepsPossessive(c, j - 1)) break;
      continue;
    }
    if (isGlueInsideRun(c, j)) {
      if (c.is(j, "and") && firstAnd < 0) firstAnd = j;
      j += 1;
      continue;
    }
    break;
  }
  return { decisive: { kind: "none", at: -1 }, stop: j, firstAnd };
}

function startsRun(c: Cursor, i: number): boolean {
  if (c.tok(i)?.kind !== "word") return false;
  const cls = c.cls(i);
  const capitalised = c.capitalised(i);
  // Most words are neither capitalised nor names: answered before the settled lookup.
  if (!capitalised && cls !== "name") return false;
  if (c.settled(i)) return false;
  if (cls === "name" && !capitalised) return true; // "al-Haddadi-Nurov"
  if (cls === "function" || cls === "calendar" || cls === "number") return false;
  return !c.commonAtStart(i);
}

/** Where a non-entity phrase ("Korvany Declaration on Water Security") ends. */
function skipNonEntity(c: Cursor, at: number): number {
  let j = at + 1;
  while (c.is(j, "of", "on", "for", "to") && isMaterial(c, j + (c.is(j + 1, "the") ? 2 : 1))) {
    j += c.is(j + 1, "the") ? 2 : 1;
    while (isMaterial(c, j) && c.cls(j) !== "title") j += 1;
  }
  return j;
}

function parseRun(context: DetectionContext, c: Cursor, i: number): number {
  const cls = c.cls(i);
  if (cls === "honorific") return readHonorific(c, i);
  if (cls === "style") return readStyle(c, i);
  const { decisive, stop, firstAnd } = scanRun(c, i);
  switch (decisive.kind) {
    case "head":
      return readOrganisation(c, i, decisive.at);
    case "title":
      return readRole(c, i, decisive.at);
    case "nonentity":
      return skipNonEntity(c, decisive.at);
    case "none": {
      const end = firstAnd >= 0 ? firstAnd : stop;
      if (end > i) context.bareRuns.push({ sentence: c.sentence, first: i, last: end });
      return Math.max(end, i + 1);
    }
  }
}

/** Reads the runs in order; a run's words are not read again. Only a name-like word starts one. */
function walk(context: DetectionContext, sentence: Sentence): void {
  const c = new Cursor(context, sentence);
  let next = 0;
  for (const i of sentence.nameLike) {
    if (i < next || !startsRun(c, i)) continue;
    next = Math.max(parseRun(context, c, i), i + 1);
  }
}

export const phrases: Rule = {
  name: "phrases",
  run(context) {
    for (const sentence of context.sentences) if (!sentence.titleCase) walk(context, sentence);
  },
};
