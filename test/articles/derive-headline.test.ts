import { describe, expect, it } from "vitest";
import { deriveHeadline } from "../../src/articles/derive-headline.ts";
import { headlineFaults } from "../../src/articles/headline-rules.ts";
import { readWireCredit } from "../../src/articles/wire-credit.ts";

const derive = (lead: string): string => deriveHeadline(lead, readWireCredit(lead)).text;

describe("deriveHeadline", () => {
  it("uses a short first sentence, in headline style, without its full stop", () => {
    expect(derive("The port of Velsk opened a new grain terminal for ships from the north. More follows.")).toBe("Port of Velsk opens new grain terminal for ships from the north");
  });

  it("leaves the dateline, the credit, the attribution and time filler out", () => {
    expect(derive("VELSK. NORDPRESS – President of Orlandia Mira Feld received the Ambassador of Estovia Peder Lunn today, the Velsk Palace press service reported.")).toBe(
      "Feld receives Ambassador of Estovia Peder Lunn",
    );
    expect(derive("DUNMERE, July 5. /KELWIRE/. Estovia will raise its grain export quota by a fifth, Minister Oskar Brandt told reporters on Friday.")).toBe(
      "Estovia to raise its grain export quota by a fifth",
    );
    expect(derive("ORLANDIA, April 11 - Today, the Minister of Culture of Orlandia Senna Varo met with a delegation of the Estovian Academy of Arts.")).toBe(
      "Varo meets delegation of the Estovian Academy of Arts",
    );
  });

  it("shortens coordinated titled names each, and conjugates for a plural subject", () => {
    expect(derive("VELSK. NORDPRESS – Deputy Prime Minister of Orlandia Kaspar Lind and the head of the Northern Investment Bank Maren Holt discussed the financing of new energy projects.")).toBe(
      "Lind and Holt discuss financing of new energy projects",
    );
  });

  it("drops a leading subordinate clause and a trailing one", () => {
    expect(derive("Before the start of the conference on water security, Minister of Ecology and Natural Resources of Orlandia Bertil Sand held a bilateral meeting with the Director of the Estovian Institute of Hydrology Lise Haugen, who arrived on Monday.")).toBe(
      "Sand meets Director of the Estovian Institute of Hydrology Lise Haugen",
    );
  });

  it("never ends in an ellipsis or a function word, and stays within 35–90 characters", () => {
    const leads = [
      "During the meeting on Thursday, discussions focused on expanding cooperation between the region and the United Kingdom in education, science, and technology.",
      "VELSK. NORDPRESS – A meeting of the Orlandian-Estovian intergovernmental commission on trade and economic cooperation took place in Velsk on Friday, Nordpress learned from the Ministry of Trade.",
      "x".repeat(300),
    ];
    for (const lead of leads) {
      const headline = derive(lead);
      expect(headline).not.toMatch(/…|\.\.\./);
      expect(headline.length).toBeLessThanOrEqual(90);
      expect(headlineFaults(headline).filter((f) => f === "function-word-end" || f === "ellipsis")).toEqual([]);
    }
  });

  it("falls back to the cleaned first clause, marked not acceptable, when nothing passes the rules", () => {
    const result = deriveHeadline("Ships returned.");
    expect(result).toEqual({ text: "Ships returned", acceptable: false });
  });
});
