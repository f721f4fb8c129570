import { describe, expect, it } from "vitest";
import { keepTextBlocks } from "../../src/articles/text-blocks.ts";

describe("keepTextBlocks", () => {
  it("gives back the blocks exactly, whatever their characters, on every read", () => {
    const cases: string[][] = [
      ["Plain ASCII lead.", "And the rest."],
      ["VELSK. Curly “quotes” — and a dash.", "Ærøskøbing", "Ńŏn-Latin and 𝔸 astral 🚢 characters."],
      ["Only one block."],
      ["", "A block after an empty one.", ""],
      [],
    ];
    for (const blocks of cases) {
      const kept = keepTextBlocks([...blocks]);
      expect(kept()).toEqual(blocks);
      expect(kept()).toEqual(blocks);
    }
  });

  it("keeps blocks with a lone surrogate as they are, since UTF-8 cannot carry it", () => {
    const blocks = ["Broken \ud800 half.", "\udc00"];
    expect(keepTextBlocks(blocks)()).toEqual(blocks);
  });

  it("keeps many articles' blocks apart", () => {
    const all = Array.from({ length: 400 }, (_, i) => Array.from({ length: 1 + (i % 9) }, (_, j) => `Block ${j} of ${i} “${"w ".repeat(i + j)}”`));
    const kept = all.map((blocks) => keepTextBlocks(blocks));
    kept.forEach((read, i) => expect(read()).toEqual(all[i]));
  });
});
