import { describe, expect, it } from "vitest";
import { findDuplicateKey } from "../../src/articles/duplicate-json-key.ts";
import { loadArticles } from "../../src/articles/load-articles.ts";
import { wireText } from "../helpers/fixtures.ts";
import { tempContent } from "../helpers/temp-content.ts";

describe("findDuplicateKey", () => {
  it("finds a key given twice in one object, escapes decoded, and nothing else", () => {
    expect(findDuplicateKey('{"headline": "a", "summary": "b", "headline": "c"}')).toEqual({ key: "headline", index: 34 });
    expect(findDuplicateKey('{"headline": "a", "\\u0068eadline": "c"}')?.key).toBe("headline");
    expect(findDuplicateKey('{"a": {"x": 1}, "b": {"x": 2}, "c": ["a", "a", {"a": "a"}]}')).toBeUndefined();
    expect(findDuplicateKey('{"a": "\\"a\\"", "b": "a"}')).toBeUndefined();
    expect(findDuplicateKey('{"o": {"x": 1, "x": 2}}')?.key).toBe("x");
  });
});

describe("a data file beside a wire text", () => {
  const load = (data: string) => () => loadArticles(tempContent({ "wire.txt": wireText, "wire.11tydata.json": data }), { zone: "Asia/Almaty", includeDrafts: false });

  it("with a key given twice fails naming the file, the key and the line", () => {
    expect(load('{\n  "headline": "Velsk opens three laboratories",\n  "headline": "Velsk closes them"\n}')).toThrow(/wire\.11tydata\.json:3: has the key "headline" twice/);
  });

  it("with a NUL written as an escape fails like a raw one", () => {
    expect(load('{"headline": "Velsk opens\\u0000 three laboratories"}')).toThrow(/wire\.11tydata\.json.*"headline" contains the control character U\+0000/);
  });
});
