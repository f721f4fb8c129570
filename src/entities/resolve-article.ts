// PLACEHOLDER written by the integrator so the build can run; replace this file entirely.
import type { CompiledRegistry } from "./registry.ts";
import type { ArticleEntity, EntityOverrides } from "./types.ts";
export function resolveArticleEntities(_blocks: readonly string[], _registry: CompiledRegistry, _overrides: EntityOverrides): ArticleEntity[] {
  return [];
}
