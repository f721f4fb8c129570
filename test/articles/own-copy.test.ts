import { describe, expect, it } from "vitest";
import { ownCopy } from "../../src/articles/own-copy.ts";

describe("ownCopy", () => {
  it("gives the same text back, lone surrogates included", () => {
    for (const text of ["", "2026-03-02T09:15:00+05:00", "Asia/Almaty\u00002026-03-02", "“Ærø” 🚢", "half \ud800 and \udc00"]) expect(ownCopy(text)).toBe(text);
  });
});
