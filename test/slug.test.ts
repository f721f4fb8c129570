import { describe, expect, it } from "vitest";
import { slugify } from "../src/slug.ts";

describe("slugify", () => {
  it("lower-cases and hyphenates ASCII names", () => {
    expect(slugify("Kassym-Jomart Tokayev")).toBe("kassym-jomart-tokayev");
    expect(slugify("  De Montfort   University ")).toBe("de-montfort-university");
  });

  it("strips diacritics", () => {
    expect(slugify("Türkiye")).toBe("turkiye");
    expect(slugify("Recep Tayyip Erdoğan")).toBe("recep-tayyip-erdogan");
    expect(slugify("António Guterres")).toBe("antonio-guterres");
  });

  it("transliterates Russian and Kazakh Cyrillic", () => {
    expect(slugify("Токаев")).toBe("tokaev");
    expect(slugify("Тоқаев")).toBe("toqaev");
    expect(slugify("Қасым-Жомарт")).toBe("qasym-zhomart");
    expect(slugify("әғқңөұүһі")).toBe("agqnouuhi");
    expect(slugify("Щучинск Юг Ёлка")).toBe("shchuchinsk-yug-yolka");
  });

  it("turns & into and and + into plus, and drops apostrophes", () => {
    expect(slugify("Procter & Gamble")).toBe("procter-and-gamble");
    expect(slugify("OPEC+")).toBe("opec-plus");
    expect(slugify("People’s Party")).toBe("peoples-party");
    expect(slugify("Côte d'Ivoire")).toBe("cote-divoire");
  });

  it("handles letters that do not decompose", () => {
    expect(slugify("Øresund Straße")).toBe("oresund-strasse");
    expect(slugify("Łódź")).toBe("lodz");
  });

  it("is never empty and stable", () => {
    const slug = slugify("北京");
    expect(slug).toMatch(/^x-[0-9a-f]{8}$/u);
    expect(slugify("北京")).toBe(slug);
    expect(slugify("上海")).not.toBe(slug);
    expect(slugify("!!!")).toMatch(/^x-/u);
  });
});
