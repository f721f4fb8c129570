/**
 * Where a build state's body (its files record and manifest lines, site-state.ts: 6.3 MB at
 * 10,000 articles) is kept: in a pack, a file of fixed-size chunks that is only ever appended
 * to, beside the states. A state names its pack and the chunks of its body there, in order.
 *
 * A one-edit build changes a few dozen of the 1,500 chunks of 4 KiB (the fingerprints of the
 * outputs it wrote, the entries of the files it wrote, an article's source hash: text of the
 * same length in the same place), so it appends those alone to the pack the published state
 * uses, with one small fsync, instead of writing and flushing the whole body again. Chunks
 * are compared by their bytes with the published state's body, which the build read anyway.
 *
 * Appending never changes bytes a state already names, so a build killed while appending
 * leaves every state as it was (and some bytes no state names, at the end of the pack). A pack
 * that has grown to several bodies is not appended to again: the next state starts a new one,
 * written whole, and the old one goes once no state kept names it (removeUnnamedPacks).
 */
import { closeSync, constants, fstatSync, fsyncSync, openSync, readdirSync, readSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { failpoint } from "./failpoints.ts";
import { writeWhole } from "./write-whole.ts";

/** Where a body is in its pack: runs of consecutive chunks, each [offset in the pack, how many chunks]. */
export interface BodyRef {
  readonly pack: string;
  readonly chunk: number;
  readonly length: number;
  readonly runs: readonly (readonly [number, number])[];
}

/** A body as read or written, with where it is: what the next write compares its chunks with. */
export interface StoredBody {
  readonly ref: BodyRef;
  readonly bytes: Buffer;
}

const chunkSize = 4096;

/** A pack this many times its newest body's size is not appended to any more. */
const packGrowthLimit = 3;

const packSuffix = ".pack";

function packFile(folder: string, pack: string): string {
  return path.join(folder, `${pack}${packSuffix}`);
}

/** Whether `value` is a BodyRef as a state's first line gives it (the rest of the check is reading it). */
export function isBodyRef(value: unknown): value is BodyRef {
  const ref = value as Partial<BodyRef> | undefined;
  return typeof ref === "object" && ref !== null && typeof ref.pack === "string" && /^[\w.-]+$/.test(ref.pack) && Number.isInteger(ref.chunk) && ref.chunk! > 0 && Number.isInteger(ref.length) && Array.isArray(ref.runs);
}

/** The body `ref` names, read from its pack; throws if the pack does not hold it. */
export function readBody(folder: string, ref: BodyRef): Buffer {
  const bytes = Buffer.allocUnsafe(ref.length);
  const fd = openSync(packFile(folder, ref.pack), "r");
  try {
    let at = 0;
    for (const [offset, count] of ref.runs) {
      const length = Math.min(count * ref.chunk, ref.length - at);
      if (!(length > 0) || readSync(fd, bytes, at, length, offset) !== length) throw new Error("a state pack that does not hold its body");
      at += length;
    }
    if (at !== ref.length) throw new Error("a state pack that does not hold its body");
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/**
 * Stores `bytes` as a body in `folder`: the chunks that `base` (a body read or written before, whose
 * pack the published state names) holds the same at the same place are named where they are,
 * the others appended to its pack, flushed to disk before this returns. Without a base (or with
 * a pack grown too large, or gone) the body goes whole into a new pack named `name`.
 */
export function writeBody(folder: string, name: string, bytes: Buffer, base?: StoredBody): BodyRef {
  if (base && base.ref.chunk === chunkSize) {
    const appended = appendChanged(folder, bytes, base);
    if (appended) return appended;
  }
  writeWhole(packFile(folder, name), bytes, "state:pack-temp-written");
  const count = Math.ceil(bytes.length / chunkSize);
  return { pack: name, chunk: chunkSize, length: bytes.length, runs: count ? [[0, count]] : [] };
}

function appendChanged(folder: string, bytes: Buffer, base: StoredBody): BodyRef | undefined {
  // Where each of the base's chunks is in the pack.
  const offsets: number[] = [];
  for (const [offset, count] of base.ref.runs) for (let k = 0; k < count; k++) offsets.push(offset + k * chunkSize);
  const count = Math.ceil(bytes.length / chunkSize);
  const placed: number[] = new Array<number>(count);
  const changed: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = i * chunkSize;
    const end = Math.min(start + chunkSize, bytes.length);
    const baseEnd = Math.min(start + chunkSize, base.bytes.length);
    // Same length and bytes; the base's last chunk may be short.
    if (i < offsets.length && baseEnd === end && bytes.compare(base.bytes, start, end, start, end) === 0) placed[i] = offsets[i]!;
    else changed.push(i);
  }
  let fd: number;
  try {
    // Not created: a pack that is gone (removed by hand) is not appended to.
    fd = openSync(packFile(folder, base.ref.pack), constants.O_WRONLY | constants.O_APPEND);
  } catch {
    return undefined;
  }
  try {
    const end = fstatSync(fd).size;
    if (end > packGrowthLimit * Math.max(bytes.length, chunkSize)) return undefined;
    if (changed.length) {
      // Written at the end, whole chunks (the last may be short: nothing follows it in this body).
      const parts = changed.map((i) => bytes.subarray(i * chunkSize, Math.min((i + 1) * chunkSize, bytes.length)));
      const added = Buffer.concat(parts);
      let at = 0;
      while (at < added.length) at += writeSync(fd, added, at, added.length - at);
      fsyncSync(fd);
      // A chunk that is not the body's last is whole; appended ones follow each other.
      let next = end;
      for (const i of changed) {
        placed[i] = next;
        next += chunkSize;
      }
      failpoint("state:pack-appended");
    }
  } finally {
    closeSync(fd);
  }
  const runs: [number, number][] = [];
  for (const offset of placed) {
    const last = runs.at(-1);
    if (last && last[0] + last[1] * chunkSize === offset) last[1]++;
    else runs.push([offset, 1]);
  }
  return { pack: base.ref.pack, chunk: chunkSize, length: bytes.length, runs };
}

/** Removes the packs in `folder` that none of `named` names (a pack being written is a temporary file, not a pack yet). */
export function removeUnnamedPacks(folder: string, named: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (name.endsWith(packSuffix) && !named.has(name.slice(0, -packSuffix.length))) rmSync(path.join(folder, name), { force: true });
}
