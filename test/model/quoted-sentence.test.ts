import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/entities/types.ts";
import { balanceQuotes } from "../../src/model/quoted-sentence.ts";

function mention(sentence: string, name: string): Mention {
  const start = sentence.indexOf(name);
  return { surface: name, block: 0, start, end: start + name.length, sentence, sentenceStart: start, sentenceEnd: start + name.length };
}

function quoted(m: Mention): string {
  return `${m.sentence.slice(0, m.sentenceStart)}[${m.sentence.slice(m.sentenceStart, m.sentenceEnd)}]${m.sentence.slice(m.sentenceEnd)}`;
}

describe("a mention sentence cut from a longer quotation", () => {
  it("gets the opening mark of a quotation it only closes, and the name stays marked", () => {
    const m = balanceQuotes(mention("I am confident that our joint work will help,” Minister Mira Feld said.", "Mira Feld"));
    expect(quoted(m)).toBe("“I am confident that our joint work will help,” Minister [Mira Feld] said.");
  });

  it("gets the closing mark of a quotation it only opens, guillemets too", () => {
    expect(balanceQuotes(mention("Tomas Rekk said: «The port will open in May.", "Tomas Rekk")).sentence).toBe("Tomas Rekk said: «The port will open in May.»");
    expect(balanceQuotes(mention("The port will open in May,» Tomas Rekk said.", "Tomas Rekk")).sentence).toBe("«The port will open in May,» Tomas Rekk said.");
  });

  it("leaves balanced sentences and apostrophes alone", () => {
    const whole = mention("“We will build it,” said Mira Feld, Orlandia’s minister.", "Mira Feld");
    expect(balanceQuotes(whole)).toBe(whole);
    const apostrophe = mention("Orlandia’s minister Mira Feld met the board.", "Mira Feld");
    expect(balanceQuotes(apostrophe)).toBe(apostrophe);
  });

  it("closes or opens a lone straight quotation mark by where it stands", () => {
    expect(balanceQuotes(mention('The port will open," Tomas Rekk said.', "Tomas Rekk")).sentence).toBe('"The port will open," Tomas Rekk said.');
    expect(balanceQuotes(mention('Tomas Rekk said: "The port will open.', "Tomas Rekk")).sentence).toBe('Tomas Rekk said: "The port will open."');
  });
});
