/**
 * Organisation names built around a head word (University, Ministry, Bank, Fund, JSC...):
 * the capitalised modifiers before it, a chain of heads ("Media House", "Mining JSC"),
 * and a continuation after it ("of Foreign Affairs of the Republic of Kazakhstan",
 * "for Cooperation with Central Asia", "on International Affairs, Defence and Security").
 */
import { addCandidate, cleanName } from "../context.ts";
import { GROUP_POSSESSORS, PLURAL_HEADS, SURNAME_SUFFIX, WEAK_HEADS } from "../lexicon.ts";
import { isNameClass } from "../token-classes.ts";
import type { TokenClass } from "../token-classes.ts";
import { coordinatedNames, modifierConjuncts, nameListEnd } from "./coordination.ts";
import { textOf, type Cursor } from "./cursor.ts";


/** Classes of the words that may stand inside an organisation's name. */
const MATERIAL: ReadonlySet<TokenClass | undefined> = new Set<TokenClass | undefined>([
  "name", "acronym", "domain", "modifier", "never", "initial", "head", "place", "event", "document", "title", "number",
]);

/** Nouns after which "with" stays inside a name: "Group for Cooperation with Central Asia". */
const WITH_NOUNS = new Set(["cooperation", "co-operation", "relations", "friendship", "partnership", "ties", "links", "integration", "solidarity"]);

/** Building and venue words before "Centre": "Expo Centre" is a place. */
const VENUE_WORDS = new Set(["expo", "exhibition", "congress", "convention", "business", "shopping", "trade", "press", "sports", "fitness", "visitor", "visitors", "entertainment", "conference", "cultural", "culture", "leisure", "shopping-and-entertainment"]);

/** Company forms written with a full stop: "Systems Ltd.". */
const DOTTED_COMPANY_FORMS = /^(?:Ltd|Corp|Co|Inc|Bros)$/u;
/** "St. Alvar", "Mt. Tabor": abbreviations inside a name. */
const SAINT_AND_MOUNT = /^(?:St|Mt|Ft|Ste)$/u;

function isQuote(c: Cursor, i: number): boolean {
  return c.isPunct(i) && /^["\u201C\u201D\u00AB\u00BB]$/u.test(c.text(i));
}

export function isMaterial(c: Cursor, i: number): boolean {
  return c.capitalised(i) && MATERIAL.has(c.cls(i)) && !c.settled(i);
}

/** A possessive inside a name: "People’s Party", "Farmers’ Union". */
export function keepsPossessive(c: Cursor, i: number): boolean {
  return c.possessive(i) && GROUP_POSSESSORS.has(c.key(i)) && c.capitalised(i + 1);
}

/** Where the head word chain starting at k ends (exclusive): "Wind Power AS", "Systems Ltd.". */
function headChainEnd(c: Cursor, k: number): number {
  let h = k;
  while (h + 1 < c.n && !c.possessive(h) && !c.settled(h + 1) && c.cls(h + 1) === "head" && c.capitalised(h + 1)) h += 1;
  let end = h + 1;
  if (c.isPunct(end, ".") && c.glued(h) && DOTTED_COMPANY_FORMS.test(c.text(h))) end += 1;
  return end;
}

/** After "and" inside a name, does a new organisation start (it has its own head word)? */
function startsNewOrganisation(c: Cursor, i: number): boolean {
  let j = i;
  while (j < c.n && isMaterial(c, j)) {
    if (c.cls(j) === "head") return true;
    if (c.possessive(j)) return false;
    j += 1;
  }
  return false;
}

/** One object of "of/for/on": "Foreign Affairs", "the Keldorian Senate", "Steppe States". */
function objectEnd(c: Cursor, o: number): number {
  let i = o;
  while (i < c.n) {
    if (isMaterial(c, i)) {
      const cls = c.cls(i);
      const prev = c.cls(i - 1);
      // "of the Keldorian Senate Anneke van der Velde-Osei": a name after a head or a country is a person.
      if (i > o && cls === "name" && (prev === "head" || prev === "never" || prev === "place") && (isNameClass(c.cls(i + 1)) || c.cls(i + 1) === "particle")) break;
      // "of Strategic Studies Bakhyt Nurmanov": two names ending in a surname, then lower case, are a person.
      if (i > o && cls === "name" && c.cls(i + 1) === "name" && SURNAME_SUFFIX.test(c.key(i + 1)) && !c.capitalised(i + 2) && !c.possessive(i + 1)) break;
      // "of Foreign Affairs Minister X": a title followed by a name starts a role.
      if (cls === "title" && (isNameClass(c.cls(i + 1)) || c.cls(i + 1) === "title")) break;
      i += 1;
      if (c.possessive(i - 1) && !keepsPossessive(c, i - 1)) break;
      continue;
    }
    // "for Analysis of International Relations": a capitalised common noun that opens the object.
    if (i === o && c.capitalised(i) && c.cls(i) === "function" && !c.settled(i) && c.is(i + 1, "of") && isMaterial(c, i + 2)) {
      i += 2;
      continue;
    }
    if (c.is(i, "and", "&") && isMaterial(c, i + 1) && !startsNewOrganisation(c, i + 1)) {
      i += 1;
      continue;
    }
    if (c.is(i, "with") && WITH_NOUNS.has(c.key(i - 1)) && isMaterial(c, i + 1)) {
      i += 1;
      continue;
    }
    if ((c.cls(i) === "particle" || isSaintDot(c, i)) && isMaterial(c, i + 1)) {
      i += 1;
      continue;
    }
    break;
  }
  return i;
}

/** The full stop of "St." or "Mt." inside a name: "St. Alvar Charitable Foundation". */
export function isSaintDot(c: Cursor, i: number): boolean {
  return c.isPunct(i, ".") && c.glued(i - 1) && SAINT_AND_MOUNT.test(c.text(i - 1));
}

/** ", Innovation and Aerospace Industry": a list of domain words that goes on across commas. */
function domainListEnd(c: Cursor, q: number): number {
  let i = q;
  let sawAnd = false;
  while (c.isPunct(i, ",") || c.is(i, "and")) {
    const sep = i;
    let j = sep + 1;
    if (c.is(j, "and")) j += 1;
    const start = j;
    while (j < c.n && c.capitalised(j) && (c.cls(j) === "domain" || c.cls(j) === "modifier") && !c.settled(j)) j += 1;
    if (j === start) break;
    sawAnd = sawAnd || c.is(sep, "and") || c.is(sep + 1, "and");
    i = j;
    if (sawAnd) break;
  }
  return sawAnd ? i : q;
}

function allDomain(c: Cursor, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const cls = c.cls(i);
    if (c.capitalised(i) && cls !== "domain" && cls !== "modifier") return false;
  }
  return to > from;
}

/** End of the continuation that starts at p ("of ...", "for ...", "on ..."); p when there is none. */
export function continuationEnd(c: Cursor, p: number): number {
  let end = p;
  let q = p;
  while (c.is(q, "of", "for", "on")) {
    const o = c.is(q + 1, "the") ? q + 2 : q + 1;
    const objEnd = objectEnd(c, o);
    if (objEnd === o) break;
    end = objEnd;
    q = objEnd;
    if (c.possessive(objEnd - 1)) break;
    if (allDomain(c, o, objEnd)) {
      end = domainListEnd(c, objEnd);
      q = end;
    }
  }
  return end;
}

function hasProperWord(c: Cursor, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const cls = c.cls(i);
    if (c.capitalised(i) && (cls === "name" || cls === "acronym" || cls === "never" || cls === "initial")) return true;
  }
  return false;
}

/**
 * Is the phrase a name rather than a generic reference? "the Government", "Foreign Ministry",
 * "Central Bank" and "Expo Centre" are not pages; "Soravian Government", "Financial Market
 * Supervision Agency" and "Ministry of Agriculture" are.
 */
function isSpecific(c: Cursor, first: number, head: number, headEnd: number, last: number): boolean {
  const headKey = c.key(head);
  const hasContinuation = last > headEnd;
  const modifiers = head - first;
  if (modifiers === 0 && !hasContinuation) return false;
  if (headKey === "centre" || headKey === "center") {
    if (modifiers > 0 && VENUE_WORDS.has(c.key(head - 1))) return false;
  }
  // "the Foreign Ministry", "the Energy Ministry": a country's ministry, named without the country;
  // qualify-ministries.ts gives it the item's country, or drops it.
  if (headKey === "ministry" && modifiers === 1 && c.cls(first) === "domain") return true;
  const proper = hasProperWord(c, first, head) || hasProperWord(c, headEnd, last);
  if (WEAK_HEADS.has(headKey)) return proper;
  if (proper || hasContinuation) return true;
  return modifiers >= 2;
}

/**
 * Reads the organisation whose head word is at k and whose modifiers start at `first`;
 * proposes it (or, for "Ministries of ... of A and B", one per conjunct) and returns where it ends.
 */
export function readOrganisation(c: Cursor, first: number, k: number): number {
  const { start, parts } = modifierConjuncts(c, first, k);
  // "chairman Ruslan Ospanov-Weir and Brastel Chamber of Commerce": what stands before "and" is
  // not part of the organisation; it may be a person, for the person rules to judge.
  if (start > first && c.is(start - 1, "and")) c.context.bareRuns.push({ sentence: c.sentence, first, last: start - 1 });
  const headEnd = headChainEnd(c, k);
  const plural = PLURAL_HEADS.has(c.key(k));
  let last = c.possessive(headEnd - 1) ? headEnd : continuationEnd(c, headEnd);
  // "the Aldvik Water Board" is an organisation; "the Management Board of DBT" is an organ of
  // one, which the organisation after "of" stands for (entities.md).
  if ((c.key(k) === "board" || c.key(k) === "boards") && last > headEnd) return headEnd;
  if (last === headEnd && allDomain(c, start, k)) last = Math.max(last, domainListEnd(c, headEnd));
  if (plural && last > headEnd) last = nameListEnd(c, last);
  // "the Enhanced Energy Partnership Arrangement": a document, an event or a place, not an organisation.
  if (c.capitalised(last) && !c.settled(last) && ["document", "event", "place"].includes(c.cls(last) ?? "")) return last + 1;
  // "the Enhanced Partnership and Cooperation Arrangement": the same, after an "and".
  if (c.is(last, "and")) {
    let j = last + 1;
    while (j < c.n && isMaterial(c, j) && c.cls(j) !== "document" && j - last <= 4) j += 1;
    if (c.capitalised(j) && !c.settled(j) && c.cls(j) === "document") return j + 1;
  }
  // "the People's Democratic Party "Aul"": a party's name in quotes after its type words.
  if (isQuote(c, last) && c.capitalised(last + 1) && isMaterial(c, last + 1) && isQuote(c, last + 2) && c.cls(headEnd - 1) === "head") {
    const name = `${textOf(c, start, last)} ${c.text(last + 1)}`;
    addCandidate(c.context, { rule: "organisation-head", type: "organisation", names: [name], sentence: c.sentence, first: start, last: last + 3, evidence: "strong" });
    return last + 3;
  }
  // "held at Harcourt House", "in Wyndham House": a house one is at or in is a building.
  if (c.key(k) === "house" && headEnd === k + 1 && last === headEnd && c.is(start - 1, "at", "in")) return last;
  const names = plural
    ? coordinatedNames(c, parts, k, headEnd, last)
    : isSpecific(c, start, k, headEnd, last) ? [textOf(c, start, last)] : [];
  if (names.length > 0) {
    addCandidate(c.context, { rule: "organisation-head", type: "organisation", names, sentence: c.sentence, first: start, last, evidence: "strong" });
  }
  return last;
}
