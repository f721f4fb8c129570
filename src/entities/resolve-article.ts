/**
 * The entities of one article: detection, then the editor's per-article overrides.
 * Editors add an entity the text does not name (by registry id, name or alias; a name the
 * registry does not know needs a type) and remove one that detection got wrong.
 */
import { findEntities } from "./detect.ts";
import { nameKey } from "./normalise.ts";
import type { CompiledRegistry } from "./registry.ts";
import { longestName, slugify } from "../slug.ts";
import type { ArticleEntity, EntityOverrides } from "./types.ts";

export class OverrideError extends Error {}

/** Does an override's name designate this entity (id, canonical name, alias or surface form)? */
function designates(entity: ArticleEntity, name: string, registry: CompiledRegistry): boolean {
  if (entity.id === name) return true;
  const key = nameKey(name);
  if (nameKey(entity.name) === key) return true;
  const known = registry.byId(entity.id);
  if (known?.aliases.some((a) => nameKey(a) === key)) return true;
  return entity.mentions.some((m) => nameKey(m.surface) === key);
}

function added(name: string, type: ArticleEntity["type"] | undefined, registry: CompiledRegistry): ArticleEntity {
  const known = registry.byId(name) ?? registry.lookup(name);
  if (known) {
    if (type !== undefined && type !== known.type) throw new OverrideError(`cannot add "${name}" as a ${type}: the registry has it as a ${known.type}`);
    return { id: known.id, type: known.type, name: known.name, slug: known.slug, source: "editor", mentions: [] };
  }
  if (type === undefined) throw new OverrideError(`cannot add "${name}": it is not in the registry, so give its type (person or organisation)`);
  if (name.trim().length > longestName || slugify(name).length > longestName) {
    throw new OverrideError(`cannot add "${name.trim().slice(0, 40)}…": a name may have at most ${longestName} characters`);
  }
  const slug = slugify(name);
  return { id: `${type}:${slug}`, type, name: name.trim(), slug, source: "editor", mentions: [] };
}

export interface ResolveOptions {
  /**
   * Keep the tentative names (see rules/tentative-names.ts) for site-level resolution to confirm
   * or drop. Without it the result is what the article alone publishes.
   */
  readonly tentative?: boolean;
}

export function resolveArticleEntities(blocks: readonly string[], registry: CompiledRegistry, overrides: EntityOverrides, options: ResolveOptions = {}): ArticleEntity[] {
  let entities: ArticleEntity[] = findEntities(blocks, registry, undefined, options.tentative === true);
  for (const add of overrides.add) {
    const entity = added(add.name, add.type, registry);
    if (!entities.some((e) => e.id === entity.id || (e.type === entity.type && e.slug === entity.slug))) entities.push(entity);
  }
  for (const name of overrides.remove) entities = entities.filter((e) => !designates(e, name, registry));
  // Text order first; entities an editor added without a mention come last, in the order given.
  return entities;
}
