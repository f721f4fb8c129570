/**
 * Coordination inside organisation names. "Vensk and Olvar Universities" and "Ministries of
 * Finance of Keldoria and Soravia" name two organisations each; "Progress and Unity Party" and
 * "Trade and Development Bank" name one. "Keldoria and Soravia Telecom" names one company and a
 * country, so "and" stays inside a singular name only when it is safe (see joinsAcrossAnd).
 */
import { PLURAL_HEADS } from "../lexicon.ts";
import { textOf, type Cursor } from "./cursor.ts";

export interface Span {
  readonly first: number;
  readonly last: number;
}

/** Lower-case words allowed between "the" and a name: "the ruling Progress and Unity Party". */
const MAX_WORDS_AFTER_THE = 2;

function precededByThe(c: Cursor, first: number): boolean {
  for (let j = first - 1, seen = 0; j >= 0 && seen <= MAX_WORDS_AFTER_THE; j -= 1, seen += 1) {
    if (c.is(j, "the", "The")) return true;
    if (c.capitalised(j) || c.tok(j)?.kind !== "word") return false;
  }
  return false;
}

function allDomainWords(c: Cursor, span: Span): boolean {
  for (let i = span.first; i < span.last; i += 1) {
    if (c.cls(i) !== "domain" && c.cls(i) !== "modifier") return false;
  }
  return span.last > span.first;
}

/** Leading words that are capitalised only because they open the sentence. */
function trimStart(c: Cursor, first: number, k: number): number {
  let i = first;
  while (i < k && c.commonAtStart(i)) i += 1;
  return i;
}

/** Splits the modifiers before a head word at "and": the conjuncts, and where the name starts. */
export function modifierConjuncts(c: Cursor, first: number, k: number): { start: number; parts: Span[] } {
  const from = trimStart(c, first, k);
  const parts: Span[] = [];
  let partStart = from;
  for (let i = from; i < k; i += 1) {
    if (c.is(i, "and")) {
      parts.push({ first: partStart, last: i });
      partStart = i + 1;
    }
  }
  parts.push({ first: partStart, last: k });
  if (parts.length === 1 || PLURAL_HEADS.has(c.key(k))) return { start: parts[0]?.first ?? k, parts };
  const left = parts[0] ?? { first: from, last: from };
  if (allDomainWords(c, left) || precededByThe(c, from)) return { start: from, parts: [{ first: from, last: k }] };
  const own = parts[parts.length - 1] ?? { first: k, last: k };
  return { start: own.first, parts: [own] };
}

/** ", Keldoria and Soravia" after "Ministries of Foreign Affairs of Varnossa": the list goes on. */
export function nameListEnd(c: Cursor, q: number): number {
  let i = q;
  while (c.isPunct(i, ",")) {
    let j = i + 1;
    if (c.is(j, "and")) j += 1;
    const start = j;
    while (j < c.n && c.capitalised(j) && !c.settled(j) && (c.cls(j) === "name" || c.cls(j) === "never" || c.cls(j) === "acronym")) j += 1;
    if (j === start) return i;
    i = j;
    if (c.is(i, "and")) {
      const endOfLast = i + 1 < c.n && c.capitalised(i + 1) ? i + 2 : i;
      return endOfLast;
    }
  }
  return i;
}

/** Conjunct spans of "A, B and C" between from and to. */
function listItems(c: Cursor, from: number, to: number): Span[] {
  const items: Span[] = [];
  let start = from;
  for (let i = from; i <= to; i += 1) {
    if (i === to || c.isPunct(i, ",") || c.is(i, "and")) {
      if (i > start) items.push({ first: start, last: i });
      start = i + 1;
    }
  }
  return items;
}

/** The singular names a plural head stands for; none when nothing is coordinated. */
export function coordinatedNames(c: Cursor, parts: readonly Span[], k: number, headEnd: number, last: number): string[] {
  const singular = PLURAL_HEADS.get(c.key(k)) ?? c.text(k);
  const tail = last > headEnd ? ` ${textOf(c, headEnd, last)}` : "";
  if (parts.length > 1) return parts.map((part) => `${textOf(c, part.first, part.last)} ${singular}${tail}`.trim());
  let lastOf = -1;
  for (let i = headEnd; i < last; i += 1) if (c.is(i, "of")) lastOf = i;
  if (lastOf < 0) return [];
  const objectStart = c.is(lastOf + 1, "the") ? lastOf + 2 : lastOf + 1;
  const items = listItems(c, objectStart, last);
  if (items.length < 2) return [];
  const lead = parts[0] && parts[0].last > parts[0].first ? `${textOf(c, parts[0].first, parts[0].last)} ` : "";
  const prefix = `${lead}${singular}${lastOf > headEnd ? ` ${textOf(c, headEnd, lastOf)}` : ""} of`;
  return items.map((item) => `${prefix} ${textOf(c, item.first, item.last)}`);
}
