import { describe, expect, it } from "vitest";
import { headlineFaults, lastWord } from "../../src/articles/headline-rules.ts";
import { overlap } from "../../src/articles/evaluate-headlines.ts";
import { sameWords, summaryAddsWords } from "../../src/articles/summary.ts";

describe("headlineFaults", () => {
  it("passes a headline an editor would write", () => {
    expect(headlineFaults("Vosk receives Velsk Bank delegation in the capital")).toEqual([]);
  });

  it("names each fault of the headlines the issue found", () => {
    expect(headlineFaults("Kazakhstan, February 26")).toContain("too-short");
    expect(headlineFaults("July 5. /NORDPRESS/ Estovia will raise its grain quota by a fifth")).toEqual(expect.arrayContaining(["dateline", "credit"]));
    expect(headlineFaults("NORDPRESS – The Foreign Affairs Committee of the Senate met today")).toEqual(expect.arrayContaining(["credit", "time-filler"]));
    expect(headlineFaults("(Nordpress) – Orlandia's energy minister will step down soon")).toContain("credit");
    expect(headlineFaults("The LEDGER — The development bank signed a loan with Orlandia")).toContain("credit");
    expect(headlineFaults("Minister met the Director of the Institute of…")).toEqual(expect.arrayContaining(["ellipsis", "function-word-end"]));
    expect(headlineFaults("Feld received the ambassador, the press service reported")).toContain("attribution");
    expect(headlineFaults("Nordpress says Feld received the ambassador of Estovia", "Nordpress")).toContain("credit");
  });

  it("reads the last word without the punctuation around it", () => {
    expect(lastWord("The port opened in “Velsk”.")).toBe("velsk");
    expect(lastWord("…")).toBeUndefined();
    expect(lastWord("Central bank keeps its rate at 16.5%")).toBe("16.5");
    expect(headlineFaults("Orlandia's central bank keeps its base rate unchanged at 16.5%")).toEqual([]);
  });
});

describe("overlap", () => {
  it("is the share of the editor's content words the headline keeps, by their first five letters", () => {
    expect(overlap("Vosk receives the delegation of Velsk Bank", "Vosk receives Velsk Bank delegation")).toBe(1);
    expect(overlap("Orlandian Senate approves bill", "Orlandia senate approves energy bill")).toBe(0.8);
    expect(overlap("Anything", "of the")).toBe(0);
  });
});

describe("summaries", () => {
  it("adds words only when it has one the headline lacks", () => {
    expect(summaryAddsWords("Orlandia opens a port", "Orlandia opens a port.")).toBe(false);
    expect(summaryAddsWords("Orlandia opens a port", "Orlandia opens a port at Velsk.")).toBe(true);
    expect(sameWords("The port, opened!", "the port opened")).toBe(true);
  });
});
