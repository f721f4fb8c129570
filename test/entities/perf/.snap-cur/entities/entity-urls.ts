import type { EntityType } from "./types.ts";

/** The section of the site each type lives in. */
export const sectionOf: Readonly<Record<EntityType, string>> = {
  person: "people",
  organisation: "organisations",
};

export function entityUrl(type: EntityType, slug: string): string {
  return `/${sectionOf[type]}/${slug}/`;
}

export function entityFeedUrl(type: EntityType, slug: string): string {
  return `${entityUrl(type, slug)}feed.xml`;
}

export function entityIndexUrl(type: EntityType): string {
  return `/${sectionOf[type]}/`;
}
