import type { Pagination } from "./site-model.ts";

/** Site path of page N of a list whose first page is at `firstUrl` ("/", "/people/x/"). */
export function pageUrl(firstUrl: string, pageNumber: number): string {
  return pageNumber === 1 ? firstUrl : `${firstUrl}page/${pageNumber}/`;
}

/** Cuts a list into pages; an empty list still has one (empty) page, so its URL never 404s. */
export function paginate<T>(items: readonly T[], size: number, firstUrl: string): { pagination: Pagination; items: readonly T[]; url: string }[] {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  const pageUrls = Array.from({ length: totalPages }, (_, i) => pageUrl(firstUrl, i + 1));
  return pageUrls.map((url, i) => ({
    url,
    pagination: { pageNumber: i + 1, totalPages, pageUrls },
    items: items.slice(i * size, (i + 1) * size),
  }));
}
