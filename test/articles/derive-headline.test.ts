import { describe, expect, it } from "vitest";
import { deriveHeadline } from "../../src/articles/derive-headline.ts";

describe("deriveHeadline", () => {
  it("uses a short first sentence whole, without its full stop", () => {
    expect(deriveHeadline("Varnossa opens a new bridge at Velsk. More follows.")).toBe("Varnossa opens a new bridge at Velsk");
  });

  it("cuts a long lead at a word boundary, within 90 characters", () => {
    const headline = deriveHeadline(
      "During the meeting on Thursday, discussions focused on expanding cooperation between the region and the United Kingdom in education, science, and technology.",
    );
    expect(headline.length).toBeLessThanOrEqual(90);
    expect(headline).toBe("During the meeting on Thursday, discussions focused on expanding cooperation between the…");
  });

  it("prefers a whole clause when one fits and is long enough", () => {
    const headline = deriveHeadline(
      "The Velsk city council approved the new harbour budget for the coming year, after a debate that lasted well into the night and ended in a narrow vote.",
    );
    expect(headline).toBe("The Velsk city council approved the new harbour budget for the coming year");
  });

  it("leaves agency datelines out", () => {
    expect(deriveHeadline("VELSK. The harbour of Velsk reopened on Monday.")).toBe("The harbour of Velsk reopened on Monday");
    expect(deriveHeadline("VELSK. VARNOSSA NEWS – The harbour of Velsk reopened.")).toBe("The harbour of Velsk reopened");
    expect(deriveHeadline("VELSK (Varnossa Wire) - Ships returned.")).toBe("Ships returned");
  });
});
