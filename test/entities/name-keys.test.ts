import { describe, expect, it } from "vitest";
import { isAcronymForm, organisationCoreKey, personKey, personSkeletonKey } from "../../src/entities/name-keys.ts";

describe("personKey", () => {
  it("folds the romanisation variants of agency copy", () => {
    for (const [a, b] of [
      ["Yerlan Nurgaliev", "Yerlan Nurgaliyev"], ["Serik Zhumabekov", "Serik Jumabekov"], ["Bolot Dzhumaliev", "Bolot Jumaliev"],
      ["Rustam Khasanov", "Rustam Hasanov"], ["Elnur Abdullayev", "Elnur Abdulayev"], ["Dauren Kalachov", "Dauren Kalachev"],
      ["Aidar Serikuly Temirbekov", "Aidar Temirbekov"], ["Arman Tolegenuly Sarsen", "Arman Sarsen"],
    ]) expect(personKey(a!), `${a} / ${b}`).toBe(personKey(b!));
  });

  it("keeps different people apart", () => {
    expect(personKey("Marat Sadykov")).not.toBe(personKey("Timur Sadykov"));
    expect(personKey("Aliya Sadykova")).not.toBe(personKey("Aliya Sadykov"));
    expect(personKey("Sadykov")).toBeUndefined();
  });

  it("has a looser key for the a / e of one surname, and nothing looser", () => {
    expect(personSkeletonKey("Ali Mammadli")).toBe(personSkeletonKey("Ali Mamedli"));
    expect(personSkeletonKey("Aliya Sadykova")).not.toBe(personSkeletonKey("Aliya Sadykov"));
    expect(personSkeletonKey("Asel Yeldarika")).not.toBe(personSkeletonKey("Asel Yeldurika"));
    expect(personSkeletonKey("Nurgul Mersilayeva")).not.toBe(personSkeletonKey("Nurgul Mersileva"));
  });
});

describe("organisationCoreKey", () => {
  it("drops legal forms and type words at either end", () => {
    const key = organisationCoreKey("Qoryq Fund");
    for (const name of ["Qoryq National Welfare Fund JSC", "NWF Qoryq JSC", "Qoryq", "Koryk Fund"]) expect(organisationCoreKey(name), name).toBe(key);
    expect(organisationCoreKey("Zhana Bastau Party")).toBe(organisationCoreKey("Jana Bastau"));
    expect(organisationCoreKey("Kenestau")).toBe(organisationCoreKey("Kenestaw"));
  });

  it("does not romanise an acronym's letters, but does a name written in capitals", () => {
    expect(organisationCoreKey("BBC")).not.toBe(organisationCoreKey("BCC"));
    expect(organisationCoreKey("NISS")).not.toBe(organisationCoreKey("NIS"));
    expect(organisationCoreKey("ZHANA BASTAU")).toBe(organisationCoreKey("Jana Bastau"));
  });

  it("leaves nothing to join when only generic words would remain", () => {
    expect(organisationCoreKey("National Fund")).toBeUndefined();
    expect(organisationCoreKey("Party of Regions")).toBeUndefined();
    expect(organisationCoreKey("Development Bank")).toBeUndefined();
  });
});

describe("isAcronymForm", () => {
  it("knows an acronym from a word in capitals with a space", () => {
    expect(isAcronymForm("DBT")).toBe(true);
    expect(isAcronymForm("OPEC+")).toBe(true);
    expect(isAcronymForm("NUR JOLY")).toBe(false);
    expect(isAcronymForm("Kenestau")).toBe(false);
  });
});
