/**
 * The files record in columns: entries set, replaced and removed read back at once and after
 * the columns are merged, the record's line reads back the same, paths come out sorted (what
 * the binary searches rely on), and a line that is not a record, or whose parts disagree, is refused.
 */
import { describe, expect, it } from "vitest";
import { FilesRecord, type FileEntry } from "../../src/publish/files-record.ts";

const entries: Record<string, FileEntry> = {
  "news/velmar/index.html": [120, 1_796_278_231_330.5671, 10_118_226],
  "404.html": [2695, 1_796_278_231_330.25, 10_118_227],
  "search/fragment/a.pf": [88, 1_796_278_240_000, 9_007_199_254_740_991],
  "img/ferry-480.webp": [40_112, 1_796_278_231_338.5671, 3],
};

describe("the files record", () => {
  it("reads back what was set, in columns or not, its paths sorted", () => {
    const record = FilesRecord.fromObject(entries);
    expect(record.get("404.html")).toEqual([2695, 1_796_278_231_330.25, 10_118_227]);
    expect(record.keys()).toEqual(Object.keys(entries).sort());
    expect(record.toObject()).toEqual(entries);
    record.set("img/ferry-960.webp", [80_000, 1, 2]);
    record.delete("404.html");
    record.set("news/velmar/index.html", [121, 5, 6]);
    record.delete("not-there.html");
    expect(record.has("404.html")).toBe(false);
    expect(record.get("img/ferry-960.webp")).toEqual([80_000, 1, 2]);
    expect(record.get("news/velmar/index.html")).toEqual([121, 5, 6]);
    expect(record.keys()).toEqual(["img/ferry-480.webp", "img/ferry-960.webp", "news/velmar/index.html", "search/fragment/a.pf"]);
    expect(record.size).toBe(4);
    expect(record.get("news/velmar/index.html")).toEqual([121, 5, 6]);
    expect(record.has("404.html")).toBe(false);
  });

  it("agrees with a plain map over rounds of changes, merged between rounds or not", () => {
    // A fixed sequence (a small linear congruential generator), not Math.random: the same cases every run.
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % n;
    const record = FilesRecord.empty();
    const plain = new Map<string, FileEntry>();
    for (let round = 0; round < 40; round++) {
      for (let change = 0; change < 1 + next(30); change++) {
        const file = `f/${next(60).toString(36)}/${next(5)}.html`;
        if (next(3) === 0) {
          record.delete(file);
          plain.delete(file);
        } else {
          const entry: FileEntry = [next(1000), round + next(1000) / 7, next(100_000)];
          record.set(file, entry);
          plain.set(file, entry);
        }
      }
      const probe = `f/${next(60).toString(36)}/${next(5)}.html`;
      expect(record.get(probe)).toEqual(plain.get(probe));
      if (next(2) === 0) expect(record.keys()).toEqual([...plain.keys()].sort());
      if (round % 10 === 9) expect(FilesRecord.parseLine(record.toLine()).toObject()).toEqual(Object.fromEntries(plain));
    }
    expect(record.toObject()).toEqual(Object.fromEntries([...plain].sort(([a], [b]) => (a < b ? -1 : 1))));
  });

  it("keeps a list it gave out as it was when the record changes after", () => {
    const record = FilesRecord.fromObject(entries);
    const before = record.keys();
    record.delete("404.html");
    expect(record.keys()).not.toContain("404.html");
    expect(before).toContain("404.html");
  });

  it("writes a line that reads back the same, even with a newline in a path", () => {
    const record = FilesRecord.fromObject(entries);
    expect(FilesRecord.parseLine(record.toLine()).toObject()).toEqual(entries);
    record.set("odd\nname.html", [1, 2, 3]);
    expect(FilesRecord.parseLine(record.toLine()).toObject()).toEqual(record.toObject());
    expect(FilesRecord.parseLine(FilesRecord.empty().toLine()).size).toBe(0);
  });

  it("refuses a line that is not a record, or whose parts disagree", () => {
    const line = JSON.parse(FilesRecord.fromObject(entries).toLine()) as { paths: string; numbers: string };
    expect(() => FilesRecord.parseLine(JSON.stringify(entries))).toThrow();
    expect(() => FilesRecord.parseLine(JSON.stringify({ ...line, paths: `${line.paths}\nextra.html` }))).toThrow();
    expect(() => FilesRecord.parseLine(JSON.stringify({ ...line, paths: line.paths.split("\n").reverse().join("\n") }))).toThrow();
  });

  it("read from a line, takes new entries of its own paths in place, and writes the line a record made anew writes", () => {
    const read = FilesRecord.parseLine(FilesRecord.fromObject(entries).toLine());
    const paths = read.keys();
    read.set("404.html", [2696, 7, 8]);
    read.set("search/fragment/a.pf", [89, 9, 10]);
    // The same paths: the same list, not a copy.
    expect(read.keys()).toBe(paths);
    const expected = { ...entries, "404.html": [2696, 7, 8] as const, "search/fragment/a.pf": [89, 9, 10] as const };
    expect(read.toObject()).toEqual(expected);
    expect(read.toLine()).toBe(FilesRecord.fromObject(expected).toLine());
    // A path added or removed after that: the paths are made again.
    read.set("img/ferry-960.webp", [80_000, 1, 2]);
    read.delete("404.html");
    const { "404.html": _gone, ...rest } = expected;
    expect(read.toObject()).toEqual({ ...rest, "img/ferry-960.webp": [80_000, 1, 2] });
    expect(read.toLine()).toBe(FilesRecord.fromObject({ ...rest, "img/ferry-960.webp": [80_000, 1, 2] }).toLine());
    expect(FilesRecord.parseLine(read.toLine()).toObject()).toEqual(read.toObject());
  });
});
