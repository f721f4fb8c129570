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
    pagination: Object.defineProperty({ pageNumber: i + 1, totalPages, pageUrls }, "toJSON", { value: paginationJson, enumerable: false }),
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/**
 * In a page's fingerprint (see planRender): the page URLs follow from the first one by
 * pageUrl(), so they stand as that. Listed whole, every page of a list of 200 pages carried
 * 200 URLs, and fingerprinting the list cost time in the square of its length.
 */
function paginationJson(this: Pagination): unknown {
  return [this.pageNumber, this.totalPages, this.pageUrls[0]];
}
