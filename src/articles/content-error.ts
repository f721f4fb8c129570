/**
 * The one error a maintainer sees for bad content: it names the file (relative to the
 * content folder when known) and the line, so it can be fixed without reading a stack trace.
 */
export class ContentError extends Error {
  override name = "ContentError";
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${file}${line === undefined ? "" : `:${line}`}: ${reason}`);
  }
}

/** Finds a ContentError (or anything with a file) in an error's cause chain, as Eleventy wraps errors. */
export function findContentError(error: unknown): ContentError | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    if (current instanceof ContentError || (current as { name?: unknown }).name === "ContentError") {
      return current as ContentError;
    }
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return undefined;
}
