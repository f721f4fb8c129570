/**
 * The files record of a version (site-state.ts): size, modification time and inode of every
 * file, by path. Kept in columns, paths sorted in one array and their numbers in one
 * Float64Array, because a one-edit build at 10,000 articles reads and writes a record of 28,800
 * files to change a few dozen of its entries: as an object of small arrays its JSON took 12–25 ms
 * to parse and 16–20 ms to write (and as much again in collections); as two long strings (the
 * paths joined by newlines, the numbers in base64) about 1.5 and 2.5 ms. Changes go into a small
 * map beside the columns, merged into them only when the whole record is next listed or written.
 */

/** size, mtimeMs, inode */
export type FileEntry = readonly [number, number, number];

/** The record as its line of JSON in a state: `paths` joined by newlines (a list if one holds a newline), `numbers` in base64. */
interface RecordText {
  readonly paths: string | readonly string[];
  readonly numbers: string;
}

export class FilesRecord {
  /** Sorted (plain code-unit order, as `<` compares), each with its three numbers at 3 × its index. */
  private paths: readonly string[];
  private numbers: Float64Array;
  /** The paths joined by newlines as a state's line gave them, while they are the same paths: toLine need not join 28,800 again. */
  private joined: string | undefined;
  /** Entries set (or removed: null) since the columns were made. */
  private readonly changes = new Map<string, FileEntry | null>();

  private constructor(paths: readonly string[], numbers: Float64Array, joined?: string) {
    this.paths = paths;
    this.numbers = numbers;
    this.joined = joined;
  }

  static empty(): FilesRecord {
    return new FilesRecord([], new Float64Array(0));
  }

  static fromEntries(entries: Iterable<readonly [string, FileEntry]>): FilesRecord {
    const record = FilesRecord.empty();
    for (const [file, entry] of entries) record.set(file, entry);
    return record;
  }

  /** A record as states before this one kept it: an object of entries. */
  static fromObject(files: Readonly<Record<string, FileEntry>>): FilesRecord {
    return FilesRecord.fromEntries(Object.entries(files));
  }

  /** The record of a state's files line (toLine); throws when it is not one. */
  static parseLine(line: string): FilesRecord {
    const text = JSON.parse(line) as RecordText;
    if (typeof text.numbers !== "string" || (typeof text.paths !== "string" && !Array.isArray(text.paths))) throw new Error("not a files record");
    const paths = typeof text.paths === "string" ? (text.paths === "" ? [] : text.paths.split("\n")) : text.paths;
    const bytes = Buffer.from(text.numbers, "base64");
    if (bytes.length !== paths.length * 3 * 8) throw new Error("a files record whose numbers do not match its paths");
    // Copied out: a Float64Array needs its buffer aligned, which a decoded Buffer need not be.
    const numbers = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    for (let i = 1; i < paths.length; i++) if (!(paths[i - 1]! < paths[i]!)) throw new Error("a files record out of order");
    return new FilesRecord(paths, numbers, typeof text.paths === "string" ? text.paths : undefined);
  }

  /** The line of JSON a state keeps the record in (parseLine reads it back). */
  toLine(): string {
    this.compact();
    const numbers = Buffer.from(this.numbers.buffer, this.numbers.byteOffset, this.numbers.byteLength).toString("base64");
    if (this.joined !== undefined) return JSON.stringify({ paths: this.joined, numbers });
    const joinable = !this.paths.some((file) => file.includes("\n"));
    return JSON.stringify({ paths: joinable ? this.paths.join("\n") : this.paths, numbers });
  }

  get size(): number {
    this.compact();
    return this.paths.length;
  }

  get(file: string): FileEntry | undefined {
    const changed = this.changes.get(file);
    if (changed !== undefined) return changed ?? undefined;
    const i = this.indexOf(file);
    return i < 0 ? undefined : [this.numbers[3 * i]!, this.numbers[3 * i + 1]!, this.numbers[3 * i + 2]!];
  }

  has(file: string): boolean {
    const changed = this.changes.get(file);
    return changed !== undefined ? changed !== null : this.indexOf(file) >= 0;
  }

  set(file: string, entry: FileEntry): void {
    this.changes.set(file, entry);
  }

  delete(file: string): void {
    if (this.has(file)) this.changes.set(file, null);
  }

  /** Every path, sorted. The list is the record's own, not to be changed; the record's later changes make a new one. */
  keys(): readonly string[] {
    this.compact();
    return this.paths;
  }

  /** Every entry, in the order of keys(), without making an array for each. */
  forEach(visit: (file: string, size: number, mtimeMs: number, ino: number) => void): void {
    this.compact();
    const { paths, numbers } = this;
    for (let i = 0; i < paths.length; i++) visit(paths[i]!, numbers[3 * i]!, numbers[3 * i + 1]!, numbers[3 * i + 2]!);
  }

  /** The record as an object of entries (tests, and comparisons that want one). */
  toObject(): Record<string, FileEntry> {
    const files: Record<string, FileEntry> = {};
    this.forEach((file, size, mtimeMs, ino) => (files[file] = [size, mtimeMs, ino]));
    return files;
  }

  private indexOf(file: string): number {
    const i = firstAtOrAfter(this.paths, file);
    return this.paths[i] === file ? i : -1;
  }

  /**
   * Merges the changes into the columns: the changes sorted (a few dozen in a one-edit build),
   * the runs of unchanged entries between them copied whole.
   */
  private compact(): void {
    if (this.changes.size === 0) return;
    if (this.changesOnlyEntries()) return;
    this.joined = undefined;
    const changed = [...this.changes.keys()].sort(compareText);
    const { paths: oldPaths, numbers: oldNumbers } = this;
    const paths: string[] = [];
    const numbers = new Float64Array(3 * (oldPaths.length + changed.length));
    let n = 0;
    let i = 0;
    const copyTo = (end: number): void => {
      for (let k = i; k < end; k++) paths.push(oldPaths[k]!);
      numbers.set(oldNumbers.subarray(3 * i, 3 * end), 3 * n);
      n += end - i;
      i = end;
    };
    for (const file of changed) {
      copyTo(firstAtOrAfter(oldPaths, file, i));
      if (i < oldPaths.length && oldPaths[i] === file) i++;
      const entry = this.changes.get(file)!;
      if (entry) {
        paths.push(file);
        numbers.set(entry, 3 * n++);
      }
    }
    copyTo(oldPaths.length);
    this.paths = paths;
    this.numbers = numbers.subarray(0, 3 * n);
    this.changes.clear();
  }

  /**
   * When every change sets a path the columns hold (a one-edit build's: the files it wrote again),
   * writes them into the numbers in place and keeps the paths as they are; false (nothing done) otherwise.
   */
  private changesOnlyEntries(): boolean {
    const at: number[] = [];
    for (const [file, entry] of this.changes) {
      const i = entry === null ? -1 : this.indexOf(file);
      if (i < 0) return false;
      at.push(i);
    }
    let k = 0;
    for (const entry of this.changes.values()) this.numbers.set(entry!, 3 * at[k++]!);
    this.changes.clear();
    return true;
  }
}

/** The index of the first of the sorted `paths` from `from` on that is not before `text`. */
export function firstAtOrAfter(paths: readonly string[], text: string, from = 0): number {
  let low = from;
  let high = paths.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (paths[middle]! < text) low = middle + 1;
    else high = middle;
  }
  return low;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
