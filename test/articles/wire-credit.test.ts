import { describe, expect, it } from "vitest";
import { agencyName, creditLineAgency, readWireCredit } from "../../src/articles/wire-credit.ts";

const shown = (lead: string): string => lead.slice(readWireCredit(lead).prefixLength);

describe("readWireCredit", () => {
  it("reads every dateline shape of the reference", () => {
    expect(readWireCredit("VELSK, Orlandia, March 3. The Orlandian Senate approved the bill.")).toMatchObject({ place: "Velsk, Orlandia", dateText: "March 3" });
    expect(readWireCredit("VELSK. NORDPRESS – President Mira Feld received the ambassador.")).toMatchObject({ place: "Velsk", agency: "Nordpress", agencyIn: "dateline" });
    expect(readWireCredit("VELSK, July 5. /NORDPRESS/. The Orlandian president arrived.")).toMatchObject({ place: "Velsk", dateText: "July 5", agency: "Nordpress" });
    expect(readWireCredit("(Nordpress) – Orlandia's energy minister will step down.")).toMatchObject({ agency: "Nordpress" });
    expect(readWireCredit("The LEDGER — The development bank signed a loan.")).toMatchObject({ agency: "The Ledger" });
    expect(readWireCredit("ORLANDIA, April 11 - Today, the Minister of Culture met the rector.")).toMatchObject({ place: "Orlandia", dateText: "April 11" });
    expect(shown("ORLANDIA, April 11 - Today, the Minister of Culture met the rector.")).toBe("Today, the Minister of Culture met the rector.");
  });

  it("tolerates variants: no dash, other dashes, agency after the date, title-case places", () => {
    expect(readWireCredit("VELSK. NORDPRESS Mayor of Velsk Tomas Reed has met a delegation.")).toMatchObject({ place: "Velsk", agency: "Nordpress" });
    expect(readWireCredit("VELSK. NORDPRESS - The port opened.")).toMatchObject({ agency: "Nordpress" });
    expect(readWireCredit("MARROW BAY, Feb 21 (Kelwire) - The bank kept its rate.")).toMatchObject({ place: "Marrow Bay", dateText: "Feb 21", agency: "Kelwire" });
    expect(readWireCredit("SALDOVO. July 26 (Velta News) - Inflation slowed.")).toMatchObject({ place: "Saldovo", agency: "Velta News" });
    expect(readWireCredit("Saldovo, Jan. 19, 2031 / Brisa Today /. The ministry plans fines.")).toMatchObject({ place: "Saldovo", dateText: "Jan. 19, 2031", agency: "Brisa Today" });
    expect(shown("MARROW BAY— Keldara's parliament voted.")).toBe("Keldara's parliament voted.");
    expect(readWireCredit("VELSK, March 3, 14:30. /NORDPRESS/. The port opened.")).toMatchObject({ place: "Velsk", dateText: "March 3", agency: "Nordpress" });
  });

  it("reads nothing into leads without a dateline", () => {
    for (const lead of [
      "During the meeting on Thursday, discussions focused on cooperation.",
      "President Mira Feld received the ambassador.",
      "Orlandia, Estovia and Varnossa signed a treaty.",
      "EU ministers met in Velsk.",
      "NATO and Orlandia agreed.",
    ]) {
      expect(readWireCredit(lead).prefixLength).toBe(0);
      expect(readWireCredit(lead).place).toBeUndefined();
    }
  });

  it("finds the attribution clause and the agency it names", () => {
    const lead = "VELSK. NORDPRESS – Tarin Vosk received the delegation, Nordpress cites the government press service. More.";
    const credit = readWireCredit(lead);
    expect(credit.attribution).toBe("Nordpress cites the government press service");
    expect(lead.slice(credit.attributionStart!)).toMatch(/^, Nordpress cites/);
    expect(readWireCredit("Colt met Holm in Brisa, the Foreign Ministry told Velta News.")).toMatchObject({ agency: "Velta News", agencyIn: "attribution" });
    expect(readWireCredit("Reed met the investors, Capsinform correspondent reports.")).toMatchObject({ agency: "Capsinform" });
    expect(readWireCredit("The port opened, the harbour authority said on Tuesday.")).toMatchObject({ attribution: "the harbour authority said on Tuesday" });
    expect(readWireCredit("The port opened, the harbour authority said.").agency).toBeUndefined();
  });

  it("reads a credit line on its own and names agencies as readers know them", () => {
    expect(creditLineAgency("By Velta News")).toBe("Velta News");
    expect(creditLineAgency("By the river the port opened.")).toBeUndefined();
    expect(agencyName("KAZINFORM")).toBe("Kazinform");
    expect(agencyName("VELTA NEWS")).toBe("Velta News");
    expect(agencyName("TASS")).toBe("TASS");
    expect(agencyName("AKIpress")).toBe("AKIpress");
  });
});
