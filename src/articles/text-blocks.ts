/**
 * An article's plain-text blocks as UTF-8 bytes, made into strings each time they are asked
 * for. Detection reads them once, right after parsing; after that a full build reads them no
 * more (entities keep what pages need of their mentions, see src/entities/compact-entities.ts),
 * yet it keeps every article to its last page: as strings, most at two bytes a character (see
 * body-html.ts), they were about 45 MiB of the model at 10,000 articles.
 */
import { loneSurrogate, place } from "./body-html.ts";

export function keepTextBlocks(blocks: readonly string[]): () => readonly string[] {
  return blocks.some((block) => loneSurrogate.test(block)) ? asArray(blocks) : asBytes(blocks);
}

// Two functions, not one, for the reason body-html.ts gives: closures of one call share its scope.
function asArray(blocks: readonly string[]): () => readonly string[] {
  return () => blocks;
}

function asBytes(blocks: readonly string[]): () => readonly string[] {
  const ends: number[] = [];
  let size = 0;
  for (const block of blocks) ends.push((size += Buffer.byteLength(block)));
  const bytes = place(size);
  blocks.forEach((block, i) => bytes.write(block, i === 0 ? 0 : ends[i - 1]!));
  return () => ends.map((end, i) => bytes.toString("utf8", i === 0 ? 0 : ends[i - 1]!, end));
}
