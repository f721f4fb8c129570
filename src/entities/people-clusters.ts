/**
 * Groups the mentions of one person: "Dariga Omarbekova-Lind" and "Omarbekova-Lind" and
 * "Foreign Minister Omarbekova-Lind" are one page, named by the fullest form. A one-word name
 * from a title ("President Tokayev") joins the person whose name has that word, in this
 * article or in the registry; alone it is not enough for a page, except after an honorific.
 */
import type { DraftTable as Drafts, EntityDraft, Occurrence } from "./drafts.ts";
import type { Candidate, DetectionContext } from "./context.ts";
import { tokenKey } from "./normalise.ts";

export interface PersonCluster {
  /** Keys of the name words ("omarbekova-lind"), for back-references. */
  readonly keys: readonly string[];
  readonly draft: EntityDraft;
}

function keysOf(c: Candidate): string[] {
  return (c.nameTokens ?? c.names[0]?.split(/\s+/u) ?? []).map(tokenKey);
}

function occurrenceOf(c: Candidate): Occurrence {
  return { sentence: c.sentence, start: c.start, end: c.end };
}

/** A style kept before a single name: "Prince Casimir" is a full name. */
const KEPT_STYLE = /^(?:Prince|Princess|King|Queen|Lord|Lady|Baroness|Baron|Duke|Duchess|Earl|Countess|Emperor|Empress|Sultan|Emir|Tsar|Pope|Patriarch)\s/u;

/** A name of two words or more ("A. B. Serikbayev" counts its initials), or a kept style. */
function isFull(c: Candidate): boolean {
  const words = c.sentence.tokens.slice(c.first, c.last).filter((t) => t.kind === "word").length;
  return words >= 2 || KEPT_STYLE.test(c.names[0] ?? "");
}

/** Same person when first and last name words agree ("Ivo Stanchev" = "Ivo K. Stanchev"). */
function samePerson(a: readonly string[], b: readonly string[]): boolean {
  return a[0] === b[0] && a.at(-1) === b.at(-1);
}

function findCluster(clusters: readonly PersonCluster[], keys: readonly string[]): PersonCluster | undefined {
  return clusters.find((cl) => samePerson(cl.keys, keys));
}

/** The clusters whose name contains the word. */
export function clustersWithWord(clusters: readonly PersonCluster[], key: string): PersonCluster[] {
  return clusters.filter((cl) => cl.keys.includes(key));
}

function addFullName(context: DetectionContext, c: Candidate, clusters: PersonCluster[], drafts: Drafts): void {
  const name = c.names[0] ?? "";
  if (context.registry.isNever(name)) return;
  const known = c.registry ?? context.registry.lookup(name);
  if (known) {
    const draft = drafts.addRegistry(known, occurrenceOf(c));
    if (!clusters.some((cl) => cl.draft === draft)) clusters.push({ keys: known.name.split(/\s+/u).map(tokenKey), draft });
    return;
  }
  const keys = keysOf(c);
  const existing = findCluster(clusters, keys);
  if (existing) {
    if (keys.length > existing.keys.length) existing.draft.name = name;
    existing.draft.occurrences.push(occurrenceOf(c));
    if (keys.length > existing.keys.length) clusters.splice(clusters.indexOf(existing), 1, { keys, draft: existing.draft });
    return;
  }
  const draft = drafts.add(`person:${keys.join(" ")}`, "person", name, occurrenceOf(c));
  clusters.push({ keys, draft });
}

function addShortName(context: DetectionContext, c: Candidate, clusters: PersonCluster[], drafts: Drafts): void {
  const key = keysOf(c)[0] ?? "";
  const matches = clustersWithWord(clusters, key);
  if (matches.length === 1 && matches[0]) {
    matches[0].draft.occurrences.push(occurrenceOf(c));
    return;
  }
  if (matches.length > 1) return;
  const known = context.registry.lookup(c.names[0] ?? "");
  if (known?.type === "person") {
    drafts.addRegistry(known, occurrenceOf(c));
    return;
  }
  // "Mr Dalsky" with no fuller form anywhere: an honorific is evidence enough.
  if (c.rule === "honorific" && !context.registry.isNever(c.names[0] ?? "")) {
    const draft = drafts.add(`person:${key}`, "person", c.names[0] ?? "", occurrenceOf(c));
    clusters.push({ keys: [key], draft });
  }
}

export function clusterPeople(context: DetectionContext, chosen: readonly Candidate[], drafts: Drafts): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  const people = chosen.filter((c) => c.type === "person").sort((a, b) => a.sentence.block - b.sentence.block || a.start - b.start);
  for (const c of people) if (c.registry || isFull(c)) addFullName(context, c, clusters, drafts);
  for (const c of people) if (!c.registry && !isFull(c)) addShortName(context, c, clusters, drafts);
  return clusters;
}
