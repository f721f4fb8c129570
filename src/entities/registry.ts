/**
 * The registry of known entities (content/entities.yaml): parsing with line-precise
 * validation errors, and compilation into the lookup structures that detection uses.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from "yaml";
import type { Node as YamlNode, YAMLMap } from "yaml";
import { WordTable } from "./intern.ts";
import { nameKey, tokenKey } from "./normalise.ts";
import { classOf, describeWord } from "./token-classes.ts";
import type { RegistryWord } from "./token-classes.ts";
import { findForbiddenCharacter } from "../articles/decode-source.ts";
import { longestName, slugify } from "../slug.ts";
import { tokenize } from "./tokens.ts";
import type { EntityType, Registry, RegistryEntity } from "./types.ts";

export class RegistryError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = "RegistryError";
    this.file = file;
    this.line = line;
  }
}

const ENTITY_KEYS = new Set(["id", "type", "name", "slug", "aliases", "description", "sameAs"]);
const ID_PATTERN = /^[a-z0-9]+(?:[-_.:][a-z0-9]+)*$/u;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Turns node offsets into line numbers for error messages. */
class Locator {
  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}
  lineOf(node: YamlNode | null | undefined): number {
    const offset = node?.range?.[0] ?? 0;
    return Math.max(1, this.lines.linePos(offset).line);
  }
  fail(node: YamlNode | null | undefined, message: string): never {
    throw new RegistryError(this.file, this.lineOf(node), message);
  }
}

export function parseRegistry(text: string, file: string): Registry {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lines.linePos(firstError.pos[0]).line;
    throw new RegistryError(file, Math.max(1, line), `invalid YAML: ${firstError.message.split("\n")[0] ?? ""}`);
  }
  const at: Locator = new Locator(file, lines);
  const root = doc.contents;
  if (root === null) return { entities: [], neverEntities: [] };
  if (!isMap(root)) at.fail(root, "expected a mapping with the keys entities and never");
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (key !== "entities" && key !== "never" && key !== "distinct") at.fail(pair.key as YamlNode, `unknown top-level key "${key}"; expected entities, never or distinct`);
  }
  const entities = readEntities(root.get("entities", true) as YamlNode | undefined, at);
  const never = readNever(root.get("never", true) as YamlNode | undefined, at);
  checkNeverAgainstEntities(never, entities, at);
  const distinct = readDistinct(root.get("distinct", true) as YamlNode | undefined, at);
  return { entities: entities.map((e) => e.entity), neverEntities: never.map((n) => n.text), ...(distinct.length > 0 ? { distinct } : {}) };
}

/** `distinct`: groups of names or ids (two or more each) that must never become one page. */
function readDistinct(node: YamlNode | undefined, at: Locator): string[][] {
  if (node === undefined || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) at.fail(node, "distinct must be a list of groups of names");
  return node.items.map((item) => {
    if (!isSeq(item) || item.items.length < 2) at.fail(item as YamlNode, "every distinct entry must list two or more names or ids");
    return (item as { items: unknown[] }).items.map((n) => {
      if (!isScalar(n) || typeof n.value !== "string" || n.value.trim() === "") at.fail(n as YamlNode, "every name in a distinct group must be a non-empty text");
      return String((n as { value: string }).value).trim();
    });
  });
}

interface Located<T> {
  readonly entity: T;
  readonly node: YamlNode;
}

function readEntities(node: YamlNode | undefined, at: Locator): Located<RegistryEntity>[] {
  if (node === undefined || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) at.fail(node, "entities must be a list");
  const entities = node.items.map((item) => ({ entity: readEntity(item as YamlNode, at), node: item as YamlNode }));
  checkUnique(entities, at);
  return entities;
}

function readEntity(node: YamlNode, at: Locator): RegistryEntity {
  if (!isMap(node)) at.fail(node, "each entity must be a mapping with id, type and name");
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (!ENTITY_KEYS.has(key)) at.fail(pair.key as YamlNode, `unknown field "${key}"; expected one of ${[...ENTITY_KEYS].join(", ")}`);
  }
  const id = requiredString(node, "id", at, "entity");
  if (!ID_PATTERN.test(id)) at.fail(node.get("id", true) as YamlNode, `entity id "${id}" must be lower-case letters, digits and - _ . :`);
  const label = `entity "${id}"`;
  const type = readType(node, label, at);
  const name = requiredString(node, "name", at, label);
  if (name.length > longestName) at.fail(node.get("name", true) as YamlNode, `${label} has a name of ${name.length} characters; at most ${longestName}`);
  const slug = optionalString(node, "slug", at, label) ?? slugify(name);
  if (slug.length > longestName) at.fail((node.get("slug", true) ?? node.get("name", true)) as YamlNode, `${label} has a slug of ${slug.length} characters; at most ${longestName}`);
  if (!SLUG_PATTERN.test(slug)) at.fail(node.get("slug", true) as YamlNode, `${label} has slug "${slug}"; expected lower-case ASCII letters, digits and hyphens`);
  const aliases = stringList(node, "aliases", at, label);
  const sameAs = stringList(node, "sameAs", at, label);
  sameAs.forEach((url, i) => checkUrl(url, (node.get("sameAs", true) as { items?: YamlNode[] }).items?.[i], label, at));
  const description = optionalString(node, "description", at, label);
  return { id, type, name, slug, aliases: dedupe(aliases, name), sameAs, ...(description !== undefined ? { description } : {}) };
}

function readType(node: YAMLMap, label: string, at: Locator): EntityType {
  const type = requiredString(node, "type", at, label);
  if (type !== "person" && type !== "organisation") {
    at.fail(node.get("type", true) as YamlNode, `${label} has type "${type}"; expected person or organisation`);
  }
  return type;
}

function requiredString(node: YAMLMap, key: string, at: Locator, label: string): string {
  const value = optionalString(node, key, at, label);
  if (value === undefined) at.fail(node, `${label} has no ${key}`);
  return value;
}

function optionalString(node: YAMLMap, key: string, at: Locator, label: string): string | undefined {
  const valueNode = node.get(key, true) as YamlNode | undefined;
  if (valueNode === undefined || (isScalar(valueNode) && valueNode.value === null)) return undefined;
  if (!isScalar(valueNode) || typeof valueNode.value !== "string" || valueNode.value.trim() === "") {
    at.fail(valueNode, `${label} has an invalid ${key}; expected a non-empty text`);
  }
  refuseControlCharacters(valueNode.value, valueNode, `${label}: ${key}`, at);
  return valueNode.value.trim();
}

function stringList(node: YAMLMap, key: string, at: Locator, label: string): string[] {
  const listNode = node.get(key, true) as YamlNode | undefined;
  if (listNode === undefined || (isScalar(listNode) && listNode.value === null)) return [];
  if (!isSeq(listNode)) at.fail(listNode, `${label}: ${key} must be a list`);
  return listNode.items.map((item) => {
    if (!isScalar(item) || typeof item.value !== "string" || item.value.trim() === "") {
      at.fail(item as YamlNode, `${label}: every entry of ${key} must be a non-empty text`);
    }
    refuseControlCharacters(item.value, item as YamlNode, `${label}: ${key}`, at);
    return item.value.trim();
  });
}

/** A YAML escape ("\0", "\a") can write what the file itself may not hold: refused like the raw character. */
function refuseControlCharacters(value: string, node: YamlNode, what: string, at: Locator): void {
  const forbidden = findForbiddenCharacter(value);
  if (forbidden) at.fail(node, `${what} contains ${forbidden.name}; remove it`);
}

function checkUrl(url: string, node: YamlNode | undefined, label: string, at: Locator): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || parsed.protocol !== "https:" || parsed.hostname === "") {
    at.fail(node, `${label} has sameAs "${url}"; expected an absolute https URL`);
  }
}

/** Drops aliases that repeat the name or another alias in another case or quote style. */
function dedupe(aliases: readonly string[], name: string): string[] {
  const exact = (form: string) => tokenKey(form).replace(/\s+/gu, " ");
  const seen = new Set([exact(name)]);
  return aliases.filter((alias) => {
    const key = exact(alias);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function checkUnique(entities: readonly Located<RegistryEntity>[], at: Locator): void {
  const ids = new Map<string, number>();
  const slugs = new Map<string, string>();
  const claims = new Map<string, RegistryEntity>();
  for (const { entity, node } of entities) {
    const line = at.lineOf(node);
    const firstLine = ids.get(entity.id);
    if (firstLine !== undefined) at.fail(node, `entity id "${entity.id}" is used twice (first on line ${firstLine})`);
    ids.set(entity.id, line);
    const slugKey = `${entity.type}/${entity.slug}`;
    const slugOwner = slugs.get(slugKey);
    if (slugOwner !== undefined) at.fail(node, `entity "${entity.id}" has slug "${entity.slug}", already used by ${entity.type} "${slugOwner}"`);
    slugs.set(slugKey, entity.id);
    for (const form of [entity.name, ...entity.aliases]) {
      const owner = claims.get(nameKey(form));
      if (owner !== undefined && owner.id !== entity.id) {
        at.fail(node, `alias "${form}" is claimed by both "${owner.id}" and "${entity.id}"`);
      }
      claims.set(nameKey(form), entity);
    }
  }
}

interface NeverEntry {
  readonly text: string;
  readonly node: YamlNode;
}

function readNever(node: YamlNode | undefined, at: Locator): NeverEntry[] {
  if (node === undefined || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) at.fail(node, "never must be a list of names");
  return node.items.map((item) => {
    if (!isScalar(item) || (typeof item.value !== "string" && typeof item.value !== "number") || String(item.value).trim() === "") {
      at.fail(item as YamlNode, "every never entry must be a non-empty text");
    }
    return { text: String(item.value).trim(), node: item as YamlNode };
  });
}

function checkNeverAgainstEntities(never: readonly NeverEntry[], entities: readonly Located<RegistryEntity>[], at: Locator): void {
  const claims = new Map<string, string>();
  for (const { entity } of entities) for (const form of [entity.name, ...entity.aliases]) claims.set(nameKey(form), entity.id);
  for (const entry of never) {
    const owner = claims.get(nameKey(entry.text));
    if (owner !== undefined) at.fail(entry.node, `never entry "${entry.text}" is a name or alias of entity "${owner}"`);
  }
}

// ---------------------------------------------------------------------------------------------
// Compilation

/** One form that the registry knows: an alias of an entity, or a never-entity (entity null). */
export interface RegistryForm {
  readonly form: string;
  readonly entity: RegistryEntity | null;
  /** An all-capitals acronym ("WHO", "UN"): it matches only text in capitals. */
  readonly acronym: boolean;
}

/** A trie over token keys; a possessive token's key ends in "'s". */
export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  readonly forms: RegistryForm[];
}

export interface CompiledRegistry {
  readonly registry: Registry;
  readonly trie: TrieNode;
  /** Keys of never entries that are one word ("Kazakhstan", "British"): never part of a person's name. */
  readonly neverWords: ReadonlySet<string>;
  /** Every word detection has read under this registry, with what it is (see RegistryWord). */
  readonly words: WordTable<RegistryWord>;
  byId(id: string): RegistryEntity | undefined;
  /** The entity a name or alias stands for, case-, quote-, diacritic- and possessive-insensitive. */
  lookup(name: string): RegistryEntity | undefined;
  isNever(name: string): boolean;
}

/** The token keys of a form, as the scanner will meet them in text. */
export function formKeys(form: string): string[] {
  return tokenize(form).map((t) => tokenKey(t.text) + (t.possessive ? "'s" : ""));
}

function addToTrie(root: TrieNode, form: RegistryForm): void {
  let node = root;
  for (const key of formKeys(form.form)) {
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map(), forms: [] };
      node.next.set(key, child);
    }
    node = child;
  }
  if (node !== root) node.forms.push(form);
}

function isAcronym(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function compileRegistry(registry: Registry): CompiledRegistry {
  const byId = new Map(registry.entities.map((e) => [e.id, e]));
  const byName = new Map<string, RegistryEntity>();
  const trie: TrieNode = { next: new Map(), forms: [] };
  for (const entity of registry.entities) {
    for (const form of [entity.name, ...entity.aliases]) {
      byName.set(nameKey(form), entity);
      addToTrie(trie, { form, entity, acronym: isAcronym(form) });
      // "The Astana Times" is also written "the Astana Times" and "Astana Times".
      const withoutThe = form.replace(/^the\s+/iu, "");
      if (withoutThe !== form) addToTrie(trie, { form: withoutThe, entity, acronym: isAcronym(withoutThe) });
    }
  }
  const never = new Set(registry.neverEntities.map(nameKey));
  const neverWords = new Set<string>();
  for (const form of registry.neverEntities) {
    addToTrie(trie, { form, entity: null, acronym: isAcronym(form) });
    const words = tokenize(form);
    if (words.length === 1 && words[0]) neverWords.add(tokenKey(words[0].text));
  }
  const words = new WordTable<RegistryWord>((text) => {
    const info = describeWord(text);
    const { key, upper, lower, lowerContent, baseClass, neverEligible } = info;
    // Every property written out, not spread: one object shape, all of it in the object itself.
    return {
      text, key, upper, lower, lowerContent, baseClass, neverEligible, cls: classOf(info, neverWords),
      startsForm: trie.next.has(key), startsPossessiveForm: trie.next.has(`${key}'s`), lastLowerCaseReading: 0,
    };
  });
  return {
    registry,
    trie,
    neverWords,
    words,
    byId: (id) => byId.get(id),
    lookup: (name) => byName.get(nameKey(name)),
    isNever: (name) => never.has(nameKey(name)),
  };
}
