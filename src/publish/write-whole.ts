import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { failpoint } from "./failpoints.ts";

/**
 * Writes a file whole or not at all (the text, or its parts in order): the text goes to a temporary file beside it, is flushed to
 * disk, and replaces the file with one rename(2). A crash leaves the old file or the new one, and
 * at worst a `<file>.<pid>.tmp` that the next build removes (clean-debris.ts). A failed write
 * (ENOSPC) removes its temporary file and leaves the old file as it was. `step` names the
 * failpoint between the two (failpoints.ts).
 */
export function writeWhole(file: string, text: string | Uint8Array | readonly (string | Uint8Array)[], step?: string): void {
  const prepared = prepareWhole(file, text);
  try {
    if (step) failpoint(step);
    prepared.putInPlace();
  } catch (error) {
    prepared.discard();
    throw error;
  }
}

/** A file written and flushed beside its place, put there by one rename(2) when the caller is ready. */
export interface PreparedFile {
  putInPlace(): void;
  /** Removes the temporary file (a failed build's: the old file stays as it was). */
  discard(): void;
}

/**
 * writeWhole's first half: the temporary file written and flushed, the rename left for later
 * (the search index writes its bundle list while Pagefind writes the bundles it names).
 */
export function prepareWhole(file: string, text: string | Uint8Array | readonly (string | Uint8Array)[]): PreparedFile {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, "w");
    try {
      // Parts are written one after the other: joined first, a large one would be copied once more for nothing.
      for (const part of typeof text === "string" || text instanceof Uint8Array ? [text] : text) writeFileSync(fd, part);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return {
    putInPlace: () => renameSync(temporary, file),
    discard: () => rmSync(temporary, { force: true }),
  };
}

/** Temporary files of writeWhole: `<name>.<pid>.tmp`. */
export const temporaryFile = /^.+\.(\d+)\.tmp$/;
