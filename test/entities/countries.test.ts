import { describe, expect, it } from "vitest";
import { countryKey, ministryKey, readMinistryName } from "../../src/entities/countries.ts";
import { itemCountry } from "../../src/entities/item-country.ts";
import { qualifyMinistries } from "../../src/entities/qualify-ministries.ts";
import { slugify } from "../../src/slug.ts";
import type { ArticleEntity } from "../../src/entities/types.ts";
import { EMPTY_REGISTRY, projectRegistry } from "./helpers.ts";

describe("countryKey", () => {
  it("joins a country's name and its adjective", () => {
    for (const [a, b] of [["Tarvania", "Tarvanian"], ["Kazakhstan", "Kazakh"], ["Uzbekistan", "Uzbek"], ["Kelmar", "Kelmari"], ["Türkiye", "Turkish"], ["United Kingdom", "British"]]) {
      expect(countryKey(a!), `${a} / ${b}`).toBe(countryKey(b!));
    }
  });
});

describe("readMinistryName", () => {
  it("reads the portfolio and the country of a ministry's forms", () => {
    const key = ministryKey("Ministry of Foreign Affairs of Tarvania");
    for (const form of ["Ministry of Foreign Affairs of the Republic of Tarvania", "Tarvanian Foreign Ministry", "Tarvanian MFA", "Tarvania's Foreign Ministry", "Foreign Ministry of Tarvania", "Tarvanian Ministry of Foreign Affairs"]) {
      expect(ministryKey(form), form).toBe(key);
    }
    expect(ministryKey("Ministry of Energy of Beldaria")).toBe(ministryKey("Beldarian Ministry of Energy"));
    expect(ministryKey("Ministry of Energy of Beldaria")).not.toBe(ministryKey("Ministry of Energy of Tarvania"));
  });

  it("knows a ministry named without its country", () => {
    expect(readMinistryName("Ministry of Energy")).toEqual({ portfolio: "energy" });
    expect(readMinistryName("the Foreign Ministry")).toEqual({ portfolio: "foreign affairs" });
    expect(readMinistryName("Ministry of Science and Higher Education")).toEqual({ portfolio: "science and higher education" });
    expect(readMinistryName("Kazakhstan Stock Exchange")).toBeUndefined();
  });
});

describe("itemCountry", () => {
  it("reads the country from the dateline and from offices", () => {
    expect(itemCountry(["BAKHAR, Beldaria, March 6 /Beltrend/ – Beldaria plans to raise gas output, Minister of Energy Rustam Hasanov said."])?.key).toBe(countryKey("Beldaria"));
    expect(itemCountry(["Prime Minister of Tarvania Yerlan Nurgaliev chaired a meeting of the Government."])).toMatchObject({ name: "Tarvania" });
  });

  it("does not count a foreign envoy's country, and gives up when two countries weigh the same", () => {
    expect(itemCountry(["The Foreign Ministry summoned the ambassador of Beldaria over the incident."])).toBeUndefined();
    expect(itemCountry(["Energy ministers of Tarvania, Beldaria and Kelmar met. Minister of Energy of Tarvania and Minister of Energy of Beldaria spoke."])).toBeUndefined();
  });
});

function org(name: string): ArticleEntity {
  const slug = slugify(name);
  return { id: `organisation:${slug}`, type: "organisation", name, slug, source: "detection", mentions: [] };
}

describe("qualifyMinistries", () => {
  it("gives a bare ministry the item's country, or the registry's entity for it", () => {
    const blocks = ["Prime Minister of Tarvania Yerlan Nurgaliev said the Ministry of Energy would act."];
    expect(qualifyMinistries([org("Ministry of Energy")], blocks, EMPTY_REGISTRY).map((e) => e.name)).toEqual(["Ministry of Energy of Tarvania"]);
    const kazakh = qualifyMinistries([org("Foreign Ministry")], ["President of Kazakhstan Kassym-Jomart Tokayev met the Foreign Ministry staff."], projectRegistry());
    expect(kazakh.map((e) => [e.name, e.source])).toEqual([["Ministry of Foreign Affairs of Kazakhstan", "registry"]]);
  });

  it("joins it to the full name in the same item, and drops it when the country is unclear", () => {
    const blocks = ["Minister of Energy of Beldaria Rustam Khasanov spoke. The Ministry of Energy of Beldaria and the Ministry of Energy agreed."];
    expect(qualifyMinistries([org("Ministry of Energy of Beldaria"), org("Ministry of Energy")], blocks, EMPTY_REGISTRY).map((e) => e.name)).toEqual(["Ministry of Energy of Beldaria"]);
    expect(qualifyMinistries([org("Ministry of Energy")], ["Ministers of Tarvania and Beldaria met at the Ministry of Energy."], EMPTY_REGISTRY)).toEqual([]);
  });
});
