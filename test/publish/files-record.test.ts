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
});
