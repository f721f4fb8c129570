/**
 * Keys under which two spellings of one name meet, for site-level resolution
 * (resolve-site.ts). Each key is a bucket: names that share it are candidates for one page,
 * so that resolution compares names within small buckets, never all pairs.
 *
 * Agency copy romanises the same Kazakh, Kyrgyz, Uzbek or Azerbaijani name in several ways:
 * Nurgaliev / Nurgaliyev, Zhumabekov / Jumabekov, Dzhumaliev / Jumaliev, Khasanov / Hasanov,
 * Qoryq / Koryk, Abdullayev / Abdulayev, Kalachev / Kalachov, Kenestau / Kenestaw.
 */
import { nameKey, tokenKey } from "./normalise.ts";

/** Legal forms, written before or after a company's name. */
const LEGAL_FORMS = new Set([
  "jsc", "ojsc", "cjsc", "pjsc", "njsc", "llp", "llc", "plc", "ltd", "inc", "corp", "ag", "gmbh", "sa", "nv", "bv", "ao", "oao", "zao", "pao", "too", "ooo", "asc", "nc",
]);

/**
 * Type words that the same organisation is written with and without: "Nur Joly Party" and
 * "Nur Joly", "Qoryq Fund" and "Qoryq", "Ardent Group" and "Ardent". Only at either end of the
 * name, and only when a distinctive word remains.
 */
const TYPE_WORDS = new Set(["party", "fund", "group", "holding", "company", "corporation", "national", "welfare", "sovereign", "nwf", "faction"]);

/** Words that never make a name distinctive on their own. */
const GENERIC = new Set([
  "the", "of", "and", "for", "bank", "ministry", "agency", "committee", "council", "state", "development", "investment", "international", "people's", "democratic", "republic", "service",
]);

/** Romanisation variants folded to one spelling; the order matters (dzh before zh). */
function foldRomanisation(word: string): string {
  return word
    .replace(/dzh/gu, "j")
    .replace(/zh/gu, "j")
    .replace(/kh/gu, "h")
    .replace(/q/gu, "k")
    .replace(/iy(?=e)/gu, "i") // Nurgaliyev → Nurgaliev
    .replace(/([aeiou])w\b/gu, "$1u") // Kenestaw → Kenestau
    .replace(/yo(?=v|ev)/gu, "o")
    .replace(/(\p{L})\1+/gu, "$1") // Abdullayev → Abdulayev, Issayev → Isayev
    .replace(/([^aeiou])(?:ov|ev)(a?)$/u, "$1ev$2"); // Kalachov → Kalachev, Kalachova → Kalacheva
}

function words(name: string): string[] {
  return nameKey(name)
    .replace(/[.,"]/gu, " ")
    .split(/[\s]+/u)
    .filter((w) => w.length > 0);
}

/**
 * Short words in capitals ("BBC", "NISS", "AMMC"): acronyms, spelled letter by letter, never
 * romanised. A longer word in capitals is a name written in capitals ("ZHANA BASTAU").
 */
function capitalWords(name: string): Set<string> {
  return new Set(name.split(/[\s.,"]+/u).filter((w) => w.length > 1 && w.length <= 4 && /\p{Lu}/u.test(w) && w === w.toUpperCase()).map((w) => nameKey(w)));
}

/** Folds each word's romanisation, but not an acronym's letters. */
function foldWords(name: string, parts: readonly string[]): string {
  const capitals = capitalWords(name);
  return parts.map((w) => (capitals.has(w) ? w : foldRomanisation(w))).join(" ");
}

/** Kazakh and Kyrgyz patronymics ("Serikuly", "Serikovich"): dropped from a person's key. */
const PATRONYMIC = /(?:uly|ulu|kyzy|qyzy|ovich|evich|ovna|evna|oglu|ogly|qizi|kizi)$/u;

/** A person's key: given name and surname, romanisation folded, patronymic and initials dropped. */
export function personKey(name: string): string | undefined {
  const parts = words(name).filter((w, i, all) => i === 0 || i === all.length - 1 || (!PATRONYMIC.test(w) && !/^\p{L}\.?$/u.test(w)));
  if (parts.length < 2) return undefined;
  return parts.map(foldRomanisation).join(" ");
}

/**
 * A looser key, used only with an identical given name: "e" and "a" inside the surname are one
 * letter (Mammadli / Mamedli, Mammadov / Mamedov), as romanisations of one vowel write it.
 * Nothing else: Yeldarika and Yeldurika, Mersilayeva and Mersileva are other people.
 */
export function personSkeletonKey(name: string): string | undefined {
  const key = personKey(name);
  if (key === undefined) return undefined;
  const parts = key.split(" ");
  const surname = parts.at(-1)!;
  if (surname.length < 5 || !/[ae]/u.test(surname.slice(1, -1))) return undefined;
  const folded = surname[0] + surname.slice(1, -1).replace(/e/gu, "a") + surname.at(-1);
  return [...parts.slice(0, -1), folded.replace(/(\p{L})\1+/gu, "$1")].join(" ");
}

/** The folded surname of a person's name, for a page named by a surname alone. */
export function surnameKey(name: string): string {
  return foldRomanisation(words(name).at(-1) ?? "");
}

/**
 * An organisation's core: its name without legal forms and type words at either end, "the"
 * and romanisation variants. Undefined when nothing distinctive would remain ("National
 * Fund", "Party").
 */
export function organisationCoreKey(name: string): string | undefined {
  const parts = words(name.replace(/&\s*co\.?$/iu, "& co"));
  let first = 0;
  let last = parts.length;
  const strippable = (w: string) => LEGAL_FORMS.has(w.replace(/\.$/u, "")) || TYPE_WORDS.has(w);
  while (first < last && strippable(parts[first]!)) first += 1;
  while (last > first && strippable(parts[last - 1]!)) last -= 1;
  const core = parts.slice(first, last);
  if (core.length === 0 || core.every((w) => GENERIC.has(w))) return undefined;
  // "Party of X" must not lose its "of": a core that starts or ends in a function word is not one.
  if (["of", "and", "for", "the"].includes(core[0]!) || ["of", "and", "for", "the"].includes(core.at(-1)!)) return undefined;
  return foldWords(name, core);
}

/** Does the name start or end with a legal form ("Tarvan Telecom JSC", "JSC Kazpost")? */
export function hasLegalForm(name: string): boolean {
  const parts = words(name);
  return parts.length > 1 && (LEGAL_FORMS.has(parts[0]!.replace(/\.$/u, "")) || LEGAL_FORMS.has(parts.at(-1)!.replace(/\.$/u, "")));
}

/**
 * A stricter key than the core: only legal forms dropped ("Beldaroil JSC" = "Beldaroil"), type
 * words kept ("Korvany Holding" is not the city of Korvany). For names an article gives no
 * evidence for, which may well be places.
 */
export function legalCoreKey(name: string): string | undefined {
  const parts = words(name);
  let first = 0;
  let last = parts.length;
  const legal = (w: string) => LEGAL_FORMS.has(w.replace(/\.$/u, ""));
  while (first < last && legal(parts[first]!)) first += 1;
  while (last > first && legal(parts[last - 1]!)) last -= 1;
  return last > first ? foldWords(name, parts.slice(first, last)) : undefined;
}

/** The name's words without legal forms and type words, as written (no romanisation folded). */
export function withoutTypeWords(name: string): string {
  return words(name)
    .filter((w) => !LEGAL_FORMS.has(w.replace(/\.$/u, "")) && !TYPE_WORDS.has(w))
    .join(" ");
}

/** "NWF JSC", "NC JSC", "Fund JSC": legal forms and type words with no name among them. */
export function onlyTypeWords(name: string): boolean {
  const parts = words(name);
  return parts.length > 0 && parts.every((w) => LEGAL_FORMS.has(w.replace(/\.$/u, "")) || TYPE_WORDS.has(w));
}

/** Is this form an acronym ("DBT", "STEPPA", "OPEC+")? */
export function isAcronymForm(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters.length <= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !/\s/u.test(form.trim());
}

/** The key of a form as a whole, for exact matches of a short form or an acronym. */
export function formKey(form: string): string {
  return words(form).map((w) => tokenKey(w)).join(" ");
}
