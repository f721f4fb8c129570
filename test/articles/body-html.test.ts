import { describe, expect, it } from "vitest";
import { keepBodyHtml } from "../../src/articles/body-html.ts";

describe("keepBodyHtml", () => {
  it("gives back the lead and the rest exactly, whatever their characters", () => {
    const cases: [string, string][] = [
      ["<p>Plain ASCII lead.</p>", "<p>And the rest.</p>"],
      ["<p>VELSK. Curly “quotes” — and a dash.</p>", "<h2>Ærøskøbing</h2>\n<p>Ńŏn-Latin and 𝔸 astral 🚢 characters.</p>"],
      ["", "<p>A body without a lead paragraph.</p>"],
      ["<p>Only a lead.</p>", ""],
      ["", ""],
    ];
    for (const [lead, rest] of cases) {
      const body = keepBodyHtml(lead, rest);
      expect(body.lead()).toBe(lead);
      expect(body.rest()).toBe(rest);
      // Every read makes the same text again.
      expect(body.lead()).toBe(lead);
    }
  });

  it("keeps a text with a lone surrogate as it is, since UTF-8 cannot carry it", () => {
    const lead = "<p>Broken \ud800 half.</p>";
    const body = keepBodyHtml(lead, "<p>\udc00</p>");
    expect(body.lead()).toBe(lead);
    expect(body.rest()).toBe("<p>\udc00</p>");
  });

  it("keeps many bodies apart across slabs, and a body larger than a slab", () => {
    const bodies = Array.from({ length: 600 }, (_, i) => [`<p>Lead ${i} “${"x".repeat(i % 7)}”</p>`, `<p>${"Rest — ".repeat(300 + i)}${i}</p>`] as const);
    const huge = ["<p>Huge</p>", `<p>${"ü".repeat(1_500_000)}</p>`] as const;
    const kept = [...bodies, huge].map(([lead, rest]) => keepBodyHtml(lead, rest));
    [...bodies, huge].forEach(([lead, rest], i) => {
      expect(kept[i]!.lead()).toBe(lead);
      expect(kept[i]!.rest()).toBe(rest);
    });
  });
});
