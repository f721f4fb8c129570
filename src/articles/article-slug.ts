import { slugify } from "../slug.ts";

const maxSlugLength = 80;

/** A URL slug for an article: the headline's slug, cut at a hyphen so that URLs stay readable. */
export function articleSlug(text: string): string {
  const slug = slugify(text);
  if (slug.length <= maxSlugLength) return slug;
  const cut = slug.slice(0, maxSlugLength + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : slug.slice(0, maxSlugLength)).replace(/-+$/, "");
}
