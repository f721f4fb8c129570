/**
 * Roles before names: "Minister of Foreign Affairs of the Republic of Kazakhstan Yermek
 * Kosherbayev", "Kazakh Foreign Minister Yermek Kosherbayev", "EBRI President Heinrich von
 * Altmark", "Presidents Rustam Kaldybayev and Petra Mollendorf". The role itself is never an
 * entity; an organisation named inside it is ("President of Nazarbayev University").
 * The name after a role is a person with strong evidence.
 */
import { addCandidate } from "../context.ts";
import { looksLikeAdjective } from "../countries.ts";
import { SURNAME_SUFFIX } from "../lexicon.ts";
import { longestMatch } from "./registry-matches.ts";
import type { Cursor } from "./cursor.ts";
import { readPersonName, readStyledName } from "./names.ts";
import type { PersonName } from "./names.ts";
import { isMaterial, readOrganisation } from "./organisations.ts";

/** Title abbreviations written with a full stop: "Col. Gen. Pavel Hruska-Temir". */
const DOTTED_TITLES = /^(?:Gen|Col|Lt|Maj|Capt|Adm|Sgt|Cmdr|Brig|Gov|Sen|Rep|Amb|Prof|Dr|Rev|Hon)$/u;

function titleChainEnd(c: Cursor, t: number): number {
  let u = t;
  while (u < c.n && !c.settled(u)) {
    const cls = c.cls(u);
    if (cls === "title" || cls === "domain" || cls === "modifier") {
      u += 1;
      if (c.isPunct(u, ".") && c.glued(u - 1) && DOTTED_TITLES.test(c.text(u - 1))) u += 1;
      if (c.possessive(u - 1)) break;
      continue;
    }
    break;
  }
  return u;
}

/** "Republic of X", "Kingdom of X": a place head with its own "of". */
function placeWithOf(c: Cursor, o: number): number {
  let i = o;
  while (c.cls(i) === "modifier" || c.cls(i) === "domain") i += 1;
  if (c.cls(i) === "place" && c.is(i + 1, "of") && c.capitalised(i + 2)) return i + 3;
  return -1;
}

/** The object of "of", "for", "to" in a role: a body, a portfolio or a place. Returns its end. */
function roleObjectEnd(c: Cursor, o: number): number {
  if (c.settled(o)) {
    let i = o;
    while (i < c.n && c.settled(i)) i += 1;
    return i;
  }
  for (let j = o; j < c.n && isMaterial(c, j); j += 1) {
    if (c.cls(j) === "head") return readOrganisation(c, o, j);
    if (c.possessive(j)) break;
  }
  const known = longestMatch(c.context.registry.trie, c.sentence, o);
  if (known && known.forms.some((f) => f.entity === null)) return known.last;
  const withOf = placeWithOf(c, o);
  if (withOf > 0) return withOf;
  let i = o;
  while (i < c.n && c.capitalised(i) && ["title", "domain", "modifier"].includes(c.cls(i) ?? "")) i += 1;
  // "of Finance Amina Rustemovna Kadyrbekova": portfolio words end the object; a name follows.
  if (i > o && c.cls(i - 1) !== "modifier") return i;
  if (["name", "never", "acronym"].includes(c.cls(i) ?? "") && c.capitalised(i)) {
    // "Speaker of the Zhogorku Tabyn Nurbek Asanaliev": a chamber of several words, then the person's two.
    let run = i;
    while (run < c.n && c.capitalised(run) && ["name", "acronym"].includes(c.cls(run) ?? "") && !c.possessive(run)) run += 1;
    // With "the" before it, a run of two is the body's name, never a person's.
    // The person's two only when the last reads as a surname: "the Keldor Coders Guild" is one body.
    i = c.is(o - 1, "the") ? (run - i >= 3 && SURNAME_SUFFIX.test(c.key(run - 1)) ? run - 2 : run) : i + 1;
    // "of the Kenestau": a proper name with "the" names a body, not a country or a person.
    if ((c.is(o - 1, "the") || (i === o + 1 && c.cls(o) === "acronym")) && namesBody(c, o, i)) proposeOrganisation(c, o, i);
  }
  while (c.cls(i) === "place" && c.capitalised(i)) i += 1;
  return i;
}

/** Proper names and acronyms only, none of them a country's adjective: "Kenestau", "Altyn-Kazgan", "DBT". */
function namesBody(c: Cursor, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i += 1) {
    if (!c.capitalised(i) || !["name", "acronym"].includes(c.cls(i) ?? "") || c.settled(i)) return false;
    if (c.cls(i) === "name" && looksLikeAdjective(c.text(i))) return false;
  }
  return !c.context.registry.isNever(c.text(from) + (to - from > 1 ? ` ${c.text(to - 1)}` : ""));
}

function proposeOrganisation(c: Cursor, first: number, last: number): void {
  const block = c.context.blocks[c.sentence.block] ?? "";
  const name = block.slice(c.tok(first)?.start ?? 0, c.tok(last - 1)?.end ?? 0).replace(/\s+/gu, " ").replace(/['\u2019]s$/u, "");
  if (c.context.registry.isNever(name)) return;
  addCandidate(c.context, { rule: "role-organisation", type: "organisation", names: [name], sentence: c.sentence, first, last, evidence: "strong" });
}

function isAcronymBracket(c: Cursor, u: number): boolean {
  return c.isPunct(u, "(") && c.isPunct(u + 2, ")") && c.tok(u + 1)?.kind === "word";
}

/** Where the role's objects end: "of Foreign Affairs of the Republic of Kazakhstan". */
function roleEnd(c: Cursor, afterTitles: number): number {
  let u = afterTitles;
  for (;;) {
    if (c.is(u, "of", "for", "to", "at") && !c.possessive(u - 1)) {
      const o = c.is(u + 1, "the") ? u + 2 : u + 1;
      const end = roleObjectEnd(c, o);
      if (end <= o) return u;
      u = end;
      if (c.possessive(u - 1)) return u;
      continue;
    }
    if (isAcronymBracket(c, u)) {
      u += 3;
      continue;
    }
    return u;
  }
}

function proposePerson(c: Cursor, name: PersonName, rule: string): void {
  addCandidate(c.context, {
    rule, type: "person", names: [c.context.blocks[c.sentence.block]?.slice(c.tok(name.first)?.start ?? 0, c.tok(name.last - 1)?.end ?? 0).replace(/\s+/gu, " ") ?? ""],
    sentence: c.sentence, first: name.first, last: name.last, evidence: "strong", nameTokens: name.nameTokens,
  });
}

/** The name after a role, directly or after a comma ("The Ambassador of Soravia, Yusuf Tashkentov,"). */
function nameAfterRole(c: Cursor, p: number): PersonName | undefined {
  if (c.cls(p) === "style") return readStyledName(c, p);
  return readPersonName(c, p);
}

/** At a role whose modifiers start at `first` and whose first title word is at t. */
export function readRole(c: Cursor, first: number, t: number): number {
  const afterTitles = titleChainEnd(c, t);
  const plural = c.key(afterTitles - 1).endsWith("s") && c.cls(afterTitles - 1) === "title";
  let u = c.possessive(afterTitles - 1) ? afterTitles : roleEnd(c, afterTitles);
  if (c.possessive(u - 1)) return u;
  const comma = c.isPunct(u, ",") && u > afterTitles;
  const name = nameAfterRole(c, comma ? u + 1 : u);
  if (!name) return Math.max(u, first + 1);
  proposePerson(c, name, "title");
  // "Kenestau Speaker Marat Sadykov", "TMG chairman Askhat Zhaksybekov": the body the role belongs to.
  if (t > first && namesBody(c, first, t)) proposeOrganisation(c, first, t);
  u = name.last;
  // "Presidents Rustam Kaldybayev and Petra Mollendorf"
  if (plural && c.is(u, "and")) {
    const second = readPersonName(c, u + 1);
    if (second) {
      proposePerson(c, second, "title");
      u = second.last;
    }
  }
  return u;
}

/** After an honorific (Mr, Dr., Ms): the name, without the honorific. */
export function readHonorific(c: Cursor, h: number): number {
  const p = c.isPunct(h + 1, ".") && c.glued(h) ? h + 2 : h + 1;
  const name = readPersonName(c, p);
  if (!name) return h + 1;
  proposePerson(c, name, "honorific");
  return name.last;
}

/** At a royal or peerage style. */
export function readStyle(c: Cursor, s: number): number {
  const name = readStyledName(c, s);
  if (!name) return s + 1;
  proposePerson(c, name, "style");
  return name.last;
}
