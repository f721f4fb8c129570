/**
 * Site-level resolution: after each article's entities are found on their own, decide which
 * names across the whole archive are one entity, so that every entity gets one page.
 *
 * Rules, each a bucket of names under one key (name-keys.ts), never a comparison of all pairs:
 * - spelling: transliteration variants of a person's name (Nurgaliev / Nurgaliyev, Zhumabekov /
 *   Jumabekov, with or without a patronymic), or of an organisation's;
 * - legal form: an organisation with and without its legal form or type word (Qoryq Fund JSC,
 *   Qoryq Fund, Qoryq; Nur Joly Party, Nur Joly);
 * - acronym: a page named by an acronym joins the one entity some article defines it for;
 * - short form: a page named by a form that some article uses as a short form of a longer
 *   name joins that name (the institute under its short name; a surname alone);
 * - country form: one country's ministry under its full name, with the country's adjective, or
 *   as an acronym (Ministry of Foreign Affairs of Tarvania, Tarvanian Foreign Ministry, Tarvanian MFA);
 * - type: one name published both as a person and as an organisation is the organisation,
 *   since only context (never the name's shape) makes a detector call it one.
 * What must stay apart stays apart: two people with one surname have different keys, a
 * surname or acronym that points at two entities is refused (listed as a near-miss), two
 * registry entities are never merged, and the registry's `distinct` groups forbid a merge.
 * The result depends on the set of articles, not their order.
 */
import { ministryKey } from "./countries.ts";
import { formKey, hasLegalForm, isAcronymForm, legalCoreKey, withoutTypeWords, organisationCoreKey, personKey, personSkeletonKey, surnameKey } from "./name-keys.ts";
import { nameKey } from "./normalise.ts";
import type { ArticleEntity, EntityType, Mention, Registry } from "./types.ts";
import { joinedSummary, type MentionSummary, type SummarisedEntity } from "./mention-summary.ts";

export interface SiteInput {
  /** The article's identity in reports (its source path). */
  readonly article: string;
  readonly entities: readonly ArticleEntity[];
}

export type MergeRule = "spelling" | "country form" | "legal form" | "acronym" | "short form" | "surname" | "type";

/** One entity that several detected names became. */
export interface Merge {
  readonly into: { readonly id: string; readonly type: EntityType; readonly name: string };
  /** Each joined name, with the rule that joined it and the name it was joined to. */
  readonly joined: readonly { readonly name: string; readonly id: string; readonly rule: MergeRule; readonly to: string }[];
  /** The articles that name the entity, sorted (at most MAX_EVIDENCE_ARTICLES). */
  readonly articles: readonly string[];
}

/** A merge the rules considered and refused, so that an editor can confirm or forbid it. */
export interface NearMiss {
  readonly name: string;
  readonly candidates: readonly string[];
  readonly reason: string;
  readonly articles: readonly string[];
}

export interface SiteResolution {
  /** Detected entity id → the entity it is published as; ids that stay as they are are absent. */
  readonly identity: ReadonlyMap<string, ResolvedEntity>;
  readonly merges: readonly Merge[];
  readonly refused: readonly NearMiss[];
  /** Names that were joined to another entity's page. */
  readonly mergedNames: number;
  /** Tentative names no other article and no registry entry confirmed: not published. */
  readonly dropped: ReadonlySet<string>;
}

export interface ResolvedEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly slug: string;
  readonly source: ArticleEntity["source"];
}

const MAX_EVIDENCE_ARTICLES = 5;

/** A surname shared by more people than this is not guessed from co-mentions: too common to tell. */
const MAX_SURNAME_CANDIDATES = 4;

interface Node {
  readonly id: string;
  type: EntityType;
  readonly name: string;
  readonly slug: string;
  readonly source: ArticleEntity["source"];
  /** Surface forms other than the name, in any article. */
  readonly forms: Set<string>;
  readonly articles: Set<string>;
  /** A registry entity's aliases: detected names that fall into their buckets join it. */
  readonly aliases: readonly string[];
  /** Every article names it tentatively: it needs a confirmed entity to join, or it is dropped. */
  tentative: boolean;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class Components {
  private readonly parent = new Map<string, string>();
  readonly joins: { a: string; b: string; rule: MergeRule }[] = [];

  constructor(
    private readonly forbidden: (a: readonly Node[], b: readonly Node[]) => string | undefined,
  ) {}

  root(id: string): string {
    let r = id;
    while (this.parent.has(r)) r = this.parent.get(r)!;
    // Path compression keeps later finds short.
    let x = id;
    while (x !== r) {
      const next = this.parent.get(x)!;
      this.parent.set(x, r);
      x = next;
    }
    return r;
  }

  /** Joins the components of a and b unless something forbids it; returns the refusal reason. */
  join(a: string, b: string, rule: MergeRule, membersOf: (root: string) => readonly Node[]): string | undefined {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra === rb) return undefined;
    const reason = this.forbidden(membersOf(ra), membersOf(rb));
    if (reason) return reason;
    // The smaller id becomes the root: the same set of joins gives the same roots in any order.
    if (compareText(ra, rb) < 0) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
    this.joins.push({ a, b, rule });
    return undefined;
  }
}

/** Registry `distinct` groups as tags: a component may hold at most one member of each group. */
function distinctTags(registry: Partial<Pick<Registry, "distinct">>): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  (registry.distinct ?? []).forEach((group, g) => {
    group.forEach((member, m) => {
      const key = nameKey(member);
      tags.set(key, [...(tags.get(key) ?? []), `${g}:${m}`]);
      tags.set(member, [...(tags.get(member) ?? []), `${g}:${m}`]);
    });
  });
  return tags;
}

export function resolveSite(articles: readonly SiteInput[], registry: Partial<Pick<Registry, "distinct" | "entities">>): SiteResolution {
  const nodes = new Map<string, Node>();
  // The registry confirms merges: its entities stand in the buckets under their name and aliases,
  // mentioned or not, so that "Ak Zhol Party JSC" found by detection joins the registry's "Ak Zhol".
  for (const entity of registry.entities ?? []) {
    nodes.set(entity.id, { id: entity.id, type: entity.type, name: entity.name, slug: entity.slug, source: "registry", forms: new Set(), articles: new Set(), aliases: entity.aliases, tentative: false });
  }
  const idsByArticle = new Map<string, string[]>();
  for (const { article, entities } of articles) {
    const ids: string[] = [];
    for (const entity of entities) {
      let node = nodes.get(entity.id);
      if (!node) {
        node = { id: entity.id, type: entity.type, name: entity.name, slug: entity.slug, source: entity.source, forms: new Set(), articles: new Set(), aliases: [], tentative: entity.tentative === true };
        nodes.set(entity.id, node);
      }
      // One article's evidence confirms the name for all.
      if (!entity.tentative) node.tentative = false;
      node.articles.add(article);
      for (const form of entity.forms ?? []) node.forms.add(form);
      ids.push(entity.id);
    }
    idsByArticle.set(article, ids);
  }
  const ordered = [...nodes.values()].sort((a, b) => compareText(a.id, b.id));

  const tags = distinctTags(registry);
  const tagsOf = (n: Node) => [...(tags.get(n.id) ?? []), ...(tags.get(nameKey(n.name)) ?? [])];
  const forbidden = (a: readonly Node[], b: readonly Node[]): string | undefined => {
    const registered = new Set([...a, ...b].filter((n) => n.source === "registry").map((n) => n.id));
    if (registered.size > 1) return "two registry entities";
    const groups = new Map<string, string>();
    for (const n of [...a, ...b]) {
      for (const tag of tagsOf(n)) {
        const [group, member] = tag.split(":") as [string, string];
        const seen = groups.get(group);
        if (seen !== undefined && seen !== member) return "the registry lists them as distinct";
        groups.set(group, member);
      }
    }
    return undefined;
  };

  // Members by root, kept up to date as components join: lookups stay linear overall.
  const memberLists = new Map<string, Node[]>(ordered.map((n) => [n.id, [n]]));
  const components = new Components(forbidden);
  const membersOf = (root: string) => memberLists.get(root) ?? [];
  const join = (a: string, b: string, rule: MergeRule): string | undefined => {
    const ra = components.root(a);
    const rb = components.root(b);
    const reason = components.join(a, b, rule, membersOf);
    if (reason === undefined && ra !== rb) {
      // The smaller list joins the larger: a component that grows one name at a time stays linear.
      const root = components.root(a);
      const [large, small] = membersOf(ra).length >= membersOf(rb).length ? [membersOf(ra), membersOf(rb)] : [membersOf(rb), membersOf(ra)];
      for (const m of small) large.push(m);
      memberLists.delete(ra);
      memberLists.delete(rb);
      memberLists.set(root, large);
    }
    return reason;
  };
  const refused: NearMiss[] = [];
  const refuse = (node: Node, candidates: readonly string[], reason: string) =>
    // Registry entries that no article names, and names no article gives evidence for, are no editor's business here.
    node.articles.size > 0 && !node.tentative &&
    refused.push({ name: node.name, candidates: [...candidates].sort(compareText), reason, articles: [...node.articles].sort(compareText).slice(0, MAX_EVIDENCE_ARTICLES) });

  const joinBucket = (bucket: readonly Node[], rule: (a: Node, b: Node) => MergeRule) => {
    const [first, ...rest] = bucket;
    if (!first) return;
    for (const other of rest) {
      const reason = join(first.id, other.id, rule(first, other));
      if (reason) refuse(other.articles.size > 0 ? other : first, [other.articles.size > 0 ? first.name : other.name], reason);
    }
  };
  const bucketsBy = (key: (name: string) => string | undefined, filter: (n: Node) => boolean): Node[][] => {
    const buckets = new Map<string, Node[]>();
    for (const n of ordered) {
      if (!filter(n)) continue;
      for (const k of new Set([n.name, ...n.aliases].map(key))) {
        if (k === undefined) continue;
        const list = buckets.get(k);
        if (list) list.push(n);
        else buckets.set(k, [n]);
      }
    }
    return [...buckets.values()].filter((b) => b.length > 1);
  };

  // 1. The same name published as a person and as an organisation is the organisation.
  // Keyed by the organisation's core, so that "Jana Bastau" as a person meets "Jana Bastau Party".
  for (const bucket of bucketsBy((name) => organisationCoreKey(name) ?? formKey(name), (n) => !n.tentative)) {
    const organisation = bucket.find((n) => n.type === "organisation");
    if (!organisation || bucket.every((n) => n.type === "organisation")) continue;
    if (bucket.some((n) => n.type === "person" && n.source === "registry")) continue;
    const people = bucket.filter((n) => n.type === "person");
    for (const n of people) n.type = "organisation";
    // Only the names retyped join here; organisations among themselves join by the rules below.
    joinBucket([organisation, ...people], () => "type");
  }

  // 2. Spelling variants and legal forms.
  for (const bucket of bucketsBy(organisationCoreKey, (n) => n.type === "organisation" && !n.tentative)) {
    // Which rule the report names: the same words once legal forms and type words are gone, or another spelling.
    joinBucket(bucket, (a, b) => (withoutTypeWords(a.name) === withoutTypeWords(b.name) ? "legal form" : "spelling"));
  }
  // A tentative name joins only with its legal form or a spelling of it: "Korvany" is not "Korvany Holding".
  for (const bucket of bucketsBy(legalCoreKey, (n) => n.type === "organisation")) {
    if (bucket.some((n) => n.tentative)) joinBucket(bucket, (a, b) => (withoutTypeWords(a.name) === withoutTypeWords(b.name) ? "legal form" : "spelling"));
  }
  for (const bucket of bucketsBy(ministryKey, (n) => n.type === "organisation")) joinBucket(bucket, () => "country form");
  for (const bucket of bucketsBy(personKey, (n) => n.type === "person")) joinBucket(bucket, () => "spelling");
  for (const bucket of bucketsBy(personSkeletonKey, (n) => n.type === "person")) joinBucket(bucket, () => "spelling");

  // 3. Acronyms and short forms, as articles use them: form → the components that use it.
  const usedBy = new Map<string, Set<string>>();
  for (const n of ordered) {
    if (n.tentative) continue;
    for (const form of n.forms) {
      const key = `${n.type}\u0000${formKey(form)}`;
      let set = usedBy.get(key);
      if (!set) usedBy.set(key, (set = new Set()));
      set.add(components.root(n.id));
    }
  }
  const surnames = new Map<string, Set<string>>();
  for (const n of ordered) {
    if (n.type !== "person" || n.tentative || personKey(n.name) === undefined) continue;
    const key = surnameKey(n.name);
    let set = surnames.get(key);
    if (!set) surnames.set(key, (set = new Set()));
    set.add(components.root(n.id));
  }
  for (const n of ordered) {
    const own = components.root(n.id);
    const users = [...(usedBy.get(`${n.type}\u0000${formKey(n.name)}`) ?? [])].filter((r) => r !== own);
    const singleWordPerson = n.type === "person" && personKey(n.name) === undefined && !/\s/u.test(n.name.trim());
    let targets = users;
    let rule: MergeRule = isAcronymForm(n.name) ? "acronym" : "short form";
    if (singleWordPerson) {
      targets = [...new Set([...users, ...[...(surnames.get(surnameKey(n.name)) ?? [])].filter((r) => r !== own)].map((r) => components.root(r)))];
      rule = "surname";
      if (targets.length > 1 && targets.length <= MAX_SURNAME_CANDIDATES) targets = byCoMentions(n, targets, components, idsByArticle, membersOf);
    } else {
      targets = [...new Set(targets.map((r) => components.root(r)))].filter((r) => r !== own);
      // "KPP" in an article that names the Keldorian People's Party: an acronym of a name seen with it.
      if (targets.length === 0 && rule === "acronym") targets = initialsSeenWith(n, nodes, components, idsByArticle);
    }
    if (targets.length === 1) {
      const reason = join(targets[0]!, n.id, rule);
      if (reason) refuse(n, [nodes.get(targets[0]!)!.name], reason);
    } else if (targets.length > 1) {
      refuse(n, targets.map((t) => nodes.get(t)!.name), `it is a ${rule === "surname" ? "surname" : rule} of ${targets.length} entities`);
    }
  }

  return finish(nodes, ordered, components, membersOf, refused);
}

/** Has the component an entity named with evidence: by an article's rules or by the registry? */
function confirmed(members: readonly Node[]): boolean {
  return members.some((m) => !m.tentative);
}

/**
 * A surname alone that fits two people goes to the one seen with the same other entities
 * (the founder of Veltrax in an article about Veltrax), when one of them clearly is.
 */
function byCoMentions(node: Node, targets: readonly string[], components: Components, idsByArticle: ReadonlyMap<string, readonly string[]>, membersOf: (root: string) => readonly Node[]): string[] {
  const around = new Set<string>();
  for (const article of node.articles) for (const id of idsByArticle.get(article) ?? []) if (id !== node.id) around.add(components.root(id));
  // Only the targets' own articles are read: a common surname costs its articles, not the archive.
  const score = new Map<string, number>();
  for (const target of targets) {
    let count = 0;
    const articles = new Set(membersOf(target).flatMap((m) => [...m.articles]));
    for (const article of articles) {
      if (node.articles.has(article)) continue;
      for (const id of new Set((idsByArticle.get(article) ?? []).map((i) => components.root(i)))) if (id !== target && around.has(id)) count += 1;
    }
    score.set(target, count);
  }
  const best = Math.max(...score.values());
  const winners = targets.filter((t) => score.get(t) === best);
  return best > 0 && winners.length === 1 ? winners : [...targets];
}

/**
 * The initials of a name's capitalised words, legal forms left out: "Keldorian People's Party"
 * → "KPP"; a word in camel case gives each capital ("TarvanMunaiGas JSC" → "TMG").
 */
function initials(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w) && !hasLegalForm(`x ${w}`))
    .map((w) => (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(w) ? w.replace(/[^\p{Lu}]/gu, "") : w[0]))
    .join("");
}

/** The one organisation named in the same articles whose initials spell the acronym. */
function initialsSeenWith(node: Node, nodes: ReadonlyMap<string, Node>, components: Components, idsByArticle: ReadonlyMap<string, readonly string[]>): string[] {
  const letters = node.name.replace(/[^\p{Lu}]/gu, "");
  const found = new Set<string>();
  for (const article of node.articles) {
    for (const id of idsByArticle.get(article) ?? []) {
      const other = nodes.get(id);
      if (other && other !== node && other.type === node.type && !isAcronymForm(other.name) && initials(other.name) === letters) found.add(components.root(id));
    }
  }
  return [...found].filter((r) => r !== components.root(node.id));
}

/** Which member names the entity: the registry's, else a full name seen most, then the longest. */
function representative(members: readonly Node[]): Node {
  const registered = members.find((n) => n.source === "registry");
  if (registered) return registered;
  const type: EntityType = members.some((n) => n.type === "organisation") ? "organisation" : "person";
  // An acronym or a surname alone names a page worst; a legal form ("… JSC") is for the registry, not the page.
  const firm = members.filter((n) => !n.tentative);
  const weight = (n: Node) => (isAcronymForm(n.name) || (n.type === "person" && !/\s/u.test(n.name.trim())) ? 0 : hasLegalForm(n.name) ? 1 : 2);
  return [...(firm.length > 0 ? firm : members)]
    .filter((n) => n.type === type)
    .sort((a, b) => weight(b) - weight(a) || b.articles.size - a.articles.size || b.name.length - a.name.length || compareText(a.id, b.id))[0]!;
}

function finish(nodes: ReadonlyMap<string, Node>, ordered: readonly Node[], components: Components, membersOf: (root: string) => readonly Node[], refused: NearMiss[]): SiteResolution {
  const identity = new Map<string, ResolvedEntity>();
  const dropped = new Set<string>();
  const merges: Merge[] = [];
  const joinsByRoot = new Map<string, { a: string; b: string; rule: MergeRule }[]>();
  for (const j of components.joins) {
    const root = components.root(j.a);
    const list = joinsByRoot.get(root);
    if (list) list.push(j);
    else joinsByRoot.set(root, [j]);
  }
  let mergedNames = 0;
  const seenRoots = new Set<string>();
  for (const n of ordered) {
    const root = components.root(n.id);
    if (seenRoots.has(root)) continue;
    seenRoots.add(root);
    const members = membersOf(root);
    const present = members.filter((m) => m.articles.size > 0);
    if (present.length === 0) continue;
    if (!confirmed(members)) {
      for (const m of present) dropped.add(m.id);
      continue;
    }
    if (members.length < 2) continue;
    const rep = representative(members);
    const joinedNames = present.filter((m) => m !== rep);
    if (joinedNames.length === 0) continue;
    const resolved: ResolvedEntity = { id: rep.id, type: rep.type, name: rep.name, slug: rep.slug, source: rep.source };
    for (const m of present) identity.set(m.id, resolved);
    mergedNames += joinedNames.length;
    const articles = new Set(members.flatMap((m) => [...m.articles]));
    merges.push({
      into: { id: rep.id, type: rep.type, name: rep.name },
      joined: joinedNames
        .map((m) => {
          const j = (joinsByRoot.get(root) ?? []).find((x) => x.a === m.id || x.b === m.id)!;
          return { name: m.name, id: m.id, rule: j.rule, to: nodes.get(j.a === m.id ? j.b : j.a)!.name };
        })
        .sort((a, b) => compareText(a.id, b.id)),
      articles: [...articles].sort(compareText).slice(0, MAX_EVIDENCE_ARTICLES),
    });
  }
  merges.sort((a, b) => compareText(a.into.id, b.into.id));
  refused.sort((a, b) => compareText(a.name, b.name) || compareText(a.candidates.join("|"), b.candidates.join("|")));
  return { identity, merges, refused, mergedNames, dropped };
}

/**
 * An article's entities as the site publishes them: each under its resolved identity, and two
 * that became one entity joined (mentions in text order, read only when a page asks for them).
 * An article none of whose entities changed keeps its very array.
 */
export function applySiteResolution(entities: readonly ArticleEntity[], resolution: SiteResolution): readonly ArticleEntity[] {
  let joins = false;
  // Tentative names resolution drops, and whether it keeps one (confirmed by another article): found in the same pass.
  let dropped = 0;
  let tentativeKept = false;
  for (const e of entities) {
    if (resolution.identity.has(e.id)) joins = true;
    else if (e.tentative) {
      if (resolution.dropped.has(e.id)) dropped++;
      else tentativeKept = true;
    }
  }
  // Most articles name a tentative word no other article confirms, which resolution joins to
  // nothing: they only lose it, without the map and lists of a join (10,000 articles a build).
  if (!joins && !tentativeKept) {
    if (dropped === 0) return entities;
    const kept = entities.filter((e) => !(e.tentative && resolution.dropped.has(e.id)));
    if (!hasRepeatedId(kept)) return kept;
  }
  const byId = new Map<string, ArticleEntity[]>();
  const order: string[] = [];
  for (const entity of entities) {
    if (entity.tentative && resolution.dropped.has(entity.id)) continue;
    const id = resolution.identity.get(entity.id)?.id ?? entity.id;
    const list = byId.get(id);
    if (list) list.push(entity);
    else {
      byId.set(id, [entity]);
      order.push(id);
    }
  }
  return order.map((id) => {
    const parts = byId.get(id)!;
    const first = parts[0]!;
    const resolved = resolution.identity.get(first.id);
    // A tentative name kept because another article confirmed it: its page depends on that article.
    if (!resolved && parts.length === 1 && !first.tentative) return first;
    return new JoinedEntity(resolved ?? first, parts);
  });
}

/** Two entities under one id (which the join below makes one): a handful per article, so a scan beats a set. */
function hasRepeatedId(entities: readonly ArticleEntity[]): boolean {
  for (let i = 1; i < entities.length; i++) for (let j = 0; j < i; j++) if (entities[i]!.id === entities[j]!.id) return true;
  return false;
}

/**
 * An entity as site-level resolution publishes it: under its resolved identity, joining one or
 * more detected entities. A class rather than an object literal with a getter: most articles
 * have a tentative name, so a site makes one per entity of nearly every article on every
 * build (65,000 at 10,000 articles), and literals with their own getters are slow to make.
 */
class JoinedEntity implements SummarisedEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly slug: string;
  readonly source: ArticleEntity["source"];
  declare readonly forms?: readonly string[];
  declare readonly creditOnly?: true;
  /** Which detected entities the page joins, for fingerprints (see buildSiteModel). */
  readonly resolvedFrom: readonly string[];
  readonly #parts: readonly ArticleEntity[];
  #mentions: readonly Mention[] | undefined;

  constructor(base: ResolvedEntity, parts: readonly ArticleEntity[]) {
    this.id = base.id;
    this.type = base.type;
    this.name = base.name;
    this.slug = base.slug;
    this.source = base.source;
    const forms = parts.length === 1 && parts[0]!.name === base.name ? distinct(parts[0]!.forms ?? []) : [...new Set(parts.flatMap((p) => [...(p.forms ?? []), ...(p.name !== base.name ? [p.name] : [])]))];
    const optional = this as { -readonly [K in keyof ArticleEntity]?: ArticleEntity[K] };
    if (forms.length > 0) optional.forms = forms;
    // Named only in the credit under every spelling: still the article's source, not a subject.
    if (parts.every((p) => p.creditOnly)) optional.creditOnly = true;
    this.resolvedFrom = parts.map((p) => p.id);
    this.#parts = parts;
  }

  /** What pages read of the mentions, without joining the lists. */
  get mentionSummary(): MentionSummary {
    return joinedSummary(this.#parts);
  }

  /** In text order, read only when a page asks for them. */
  get mentions(): readonly Mention[] {
    const parts = this.#parts;
    return (this.#mentions ??= parts.length === 1 ? parts[0]!.mentions : parts.flatMap((p) => p.mentions).sort((a, b) => a.block - b.block || a.start - b.start));
  }
}

/** The forms without repeats, in order: the very array when it has none (as detection gives them). */
function distinct(forms: readonly string[]): readonly string[] {
  return forms.length < 2 || new Set(forms).size === forms.length ? forms : [...new Set(forms)];
}
