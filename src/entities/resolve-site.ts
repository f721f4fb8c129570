import type { ArticleEntity, Registry } from "./types.ts";
export interface SiteInput { readonly article: string; readonly entities: readonly ArticleEntity[] }
export interface SiteResolution { readonly identity: ReadonlyMap<string, ArticleEntity> }
export function resolveSite(_articles: readonly SiteInput[], _registry: Registry): SiteResolution { return { identity: new Map() }; }
export function applySiteResolution(entities: readonly ArticleEntity[], _r: SiteResolution): readonly ArticleEntity[] { return entities; }
