import { describe, expect, it } from "vitest";
import { applySiteResolution, resolveSite } from "../../src/entities/resolve-site.ts";
import type { SiteInput } from "../../src/entities/resolve-site.ts";
import { slugify } from "../../src/slug.ts";
import type { ArticleEntity, EntityType } from "../../src/entities/types.ts";

function entity(type: EntityType, name: string, forms: string[] = [], source: ArticleEntity["source"] = "detection"): ArticleEntity {
  const slug = slugify(name);
  return { id: source === "registry" ? slug : `${type}:${slug}`, type, name, slug, source, mentions: [], ...(forms.length ? { forms } : {}) };
}

/** The page each name lands on, as "name -> published name". */
function pages(articles: SiteInput[], distinct: string[][] = []): Record<string, string> {
  const resolution = resolveSite(articles, { distinct });
  const out: Record<string, string> = {};
  for (const a of articles) for (const e of a.entities) out[e.name] = resolution.identity.get(e.id)?.name ?? e.name;
  return out;
}

const p = (name: string, forms: string[] = []) => entity("person", name, forms);
const o = (name: string, forms: string[] = []) => entity("organisation", name, forms);

describe("resolveSite", () => {
  it("joins transliteration variants of a person, with or without a patronymic", () => {
    const got = pages([
      { article: "a", entities: [p("Yerlan Nurgaliev"), p("Serik Zhumabekov"), p("Rustam Khasanov")] },
      { article: "b", entities: [p("Yerlan Nurgaliyev"), p("Serik Jumabekov"), p("Rustam Hasanov"), p("Elnur Abdullayev"), p("Dauren Kalachov")] },
      { article: "c", entities: [p("Elnur Abdulayev"), p("Dauren Kalachev"), p("Aidar Serikuly Temirbekov"), p("Bolot Dzhumaliev")] },
      { article: "d", entities: [p("Aidar Temirbekov"), p("Bolot Jumaliev")] },
    ]);
    expect(new Set([got["Yerlan Nurgaliev"], got["Yerlan Nurgaliyev"]]).size).toBe(1);
    expect(got["Serik Zhumabekov"]).toBe(got["Serik Jumabekov"]);
    expect(got["Rustam Khasanov"]).toBe(got["Rustam Hasanov"]);
    expect(got["Elnur Abdullayev"]).toBe(got["Elnur Abdulayev"]);
    expect(got["Dauren Kalachov"]).toBe(got["Dauren Kalachev"]);
    expect(got["Aidar Serikuly Temirbekov"]).toBe(got["Aidar Temirbekov"]);
    expect(got["Bolot Dzhumaliev"]).toBe(got["Bolot Jumaliev"]);
  });

  it("keeps apart two people who share a surname, and a man and a woman of one family", () => {
    const got = pages([
      { article: "a", entities: [p("Marat Sadykov"), p("Timur Sadykov"), p("Aliya Sadykova")] },
      { article: "b", entities: [p("Marat Sadykov")] },
    ]);
    expect(new Set(Object.values(got)).size).toBe(3);
  });

  it("joins an organisation with and without its legal form or type word", () => {
    const got = pages([
      { article: "a", entities: [o("Qoryq National Welfare Fund JSC"), o("Nur Joly Party"), o("Morrow & Co.")] },
      { article: "b", entities: [o("Qoryq Fund"), o("Nur Joly"), o("Morrow & Co"), o("Qoryq")] },
    ]);
    expect(new Set([got["Qoryq National Welfare Fund JSC"], got["Qoryq Fund"], got["Qoryq"]]).size).toBe(1);
    expect(got["Nur Joly"]).toBe(got["Nur Joly Party"]);
    // "Morrow & Co" and "Morrow & Co." have one slug already: one page without any merge.
    expect(slugify("Morrow & Co")).toBe(slugify("Morrow & Co."));
  });

  it("joins an acronym to the name an article defines it for, and a short form to the long name seen with it", () => {
    const got = pages([
      { article: "a", entities: [o("Development Bank of Tarvania", ["DBT"]), o("Tarvanian Institute of Strategic Studies under the President", ["Tarvanian Institute of Strategic Studies"])] },
      { article: "b", entities: [o("DBT"), o("Tarvanian Institute of Strategic Studies")] },
    ]);
    expect(got["DBT"]).toBe("Development Bank of Tarvania");
    expect(got["Tarvanian Institute of Strategic Studies"]).toBe(got["Tarvanian Institute of Strategic Studies under the President"]);
  });

  it("joins one country's ministry under its forms, and keeps two countries' ministries apart", () => {
    const got = pages([
      { article: "a", entities: [o("Ministry of Energy of Tarvania"), o("Ministry of Energy of Beldaria")] },
      { article: "b", entities: [o("Tarvanian Ministry of Energy"), o("Beldarian Energy Ministry"), o("Tarvanian MFA")] },
      { article: "c", entities: [o("Ministry of Foreign Affairs of the Republic of Tarvania")] },
    ]);
    expect(got["Tarvanian Ministry of Energy"]).toBe(got["Ministry of Energy of Tarvania"]);
    expect(got["Beldarian Energy Ministry"]).toBe(got["Ministry of Energy of Beldaria"]);
    expect(got["Ministry of Energy of Tarvania"]).not.toBe(got["Ministry of Energy of Beldaria"]);
    expect(got["Tarvanian MFA"]).toBe(got["Ministry of Foreign Affairs of the Republic of Tarvania"]);
  });

  it("publishes a name seen as a person and as an organisation as the organisation", () => {
    const resolution = resolveSite([
      { article: "a", entities: [p("Hartwell Pryce")] },
      { article: "b", entities: [o("Hartwell Pryce")] },
    ], {});
    expect(resolution.identity.get("person:hartwell-pryce")).toMatchObject({ type: "organisation", id: "organisation:hartwell-pryce" });
  });

  it("gives a surname alone to the one person it fits, and refuses one that fits two", () => {
    const one = resolveSite([{ article: "a", entities: [p("Kalachev")] }, { article: "b", entities: [p("Dauren Kalachev")] }], {});
    expect(one.identity.get("person:kalachev")?.name).toBe("Dauren Kalachev");
    const two = resolveSite([{ article: "a", entities: [p("Sadykov")] }, { article: "b", entities: [p("Marat Sadykov"), p("Timur Sadykov")] }], {});
    expect(two.identity.has("person:sadykov")).toBe(false);
    expect(two.refused.map((r) => r.name)).toEqual(["Sadykov"]);
  });

  it("gives a shared surname to the person seen with the same others", () => {
    const resolution = resolveSite([
      { article: "a", entities: [p("Marat Sadykov"), o("Kenestau")] },
      { article: "b", entities: [p("Timur Sadykov"), o("Veltrax")] },
      { article: "c", entities: [p("Sadykov"), o("Veltrax")] },
    ], {});
    expect(resolution.identity.get("person:sadykov")?.name).toBe("Timur Sadykov");
  });

  it("lets the registry confirm a merge: a detected variant of a registry entity's alias joins it", () => {
    const entities = [{ id: "ak-zhol", type: "organisation" as const, name: "Ak Zhol", slug: "ak-zhol", aliases: ["Ak Zhol Democratic Party", "Ak Jol"], sameAs: [] }];
    const resolution = resolveSite([{ article: "a", entities: [o("Ak Zhol Democratic Party JSC")] }, { article: "b", entities: [o("Ak Jol Party")] }], { entities });
    expect(resolution.identity.get("organisation:ak-zhol-democratic-party-jsc")).toMatchObject({ id: "ak-zhol", name: "Ak Zhol", source: "registry" });
    expect(resolution.identity.get("organisation:ak-jol-party")?.id).toBe("ak-zhol");
    expect(resolution.mergedNames).toBe(2);
  });

  it("never joins two registry entities, nor names the registry lists as distinct", () => {
    const registered = resolveSite([{ article: "a", entities: [entity("organisation", "Ardent Group", [], "registry"), entity("organisation", "Ardent", [], "registry")] }], {});
    expect(registered.identity.size).toBe(0);
    expect(registered.refused).toHaveLength(1);
    const distinct = resolveSite([{ article: "a", entities: [o("Birlik")] }, { article: "b", entities: [o("Birlik Party")] }], { distinct: [["Birlik", "Birlik Party"]] });
    expect(distinct.identity.size).toBe(0);
    expect(distinct.refused[0]?.reason).toMatch(/distinct/u);
  });

  it("does not depend on the order of articles", () => {
    const articles: SiteInput[] = [
      { article: "a", entities: [p("Yerlan Nurgaliev"), o("Qoryq Fund"), o("DBT")] },
      { article: "b", entities: [p("Yerlan Nurgaliyev"), o("Qoryq National Welfare Fund JSC"), o("Development Bank of Tarvania", ["DBT"])] },
      { article: "c", entities: [p("Nurgaliyev"), o("Qoryq")] },
    ];
    const forward = resolveSite(articles, {});
    const backward = resolveSite([...articles].reverse().map((a) => ({ ...a, entities: [...a.entities].reverse() })), {});
    expect([...backward.identity].sort()).toEqual([...forward.identity].sort());
    expect(backward.merges).toEqual(forward.merges);
  });

  it("reports each merge with its names, rule and articles", () => {
    const resolution = resolveSite([{ article: "a.txt", entities: [o("Nur Joly Party")] }, { article: "b.txt", entities: [o("Nur Joly")] }], {});
    expect(resolution.mergedNames).toBe(1);
    expect(resolution.merges).toEqual([
      { into: { id: "organisation:nur-joly-party", type: "organisation", name: "Nur Joly Party" }, joined: [{ name: "Nur Joly", id: "organisation:nur-joly", rule: "legal form", to: "Nur Joly Party" }], articles: ["a.txt", "b.txt"] },
    ]);
  });
});

describe("tentative names", () => {
  const tentative = (e: ArticleEntity): ArticleEntity => ({ ...e, tentative: true });

  it("publishes a name one article gives no evidence for when another article or the registry confirms it", () => {
    const articles: SiteInput[] = [
      { article: "a", entities: [o("Beldaroil")] },
      { article: "b", entities: [tentative(o("Beldaroil")), tentative(o("Korvany")), tentative(p("Nurmanov"))] },
      { article: "c", entities: [o("Korvany Holding"), p("Bakhyt Nurmanov"), tentative(o("Ulttyk Kenes"))] },
      { article: "d", entities: [o("Ulttyq Kenes")] },
    ];
    const resolution = resolveSite(articles, {});
    expect([...resolution.dropped]).toEqual(["organisation:korvany"]);
    const b = applySiteResolution(articles[1]!.entities, resolution);
    expect(b.map((e) => e.name)).toEqual(["Beldaroil", "Bakhyt Nurmanov"]);
    // Kept because of other articles: the article's fingerprint must say so.
    expect(b.every((e) => e.resolvedFrom !== undefined)).toBe(true);
    expect(applySiteResolution(articles[2]!.entities, resolution).map((e) => e.name)).toEqual(["Korvany Holding", "Bakhyt Nurmanov", "Ulttyq Kenes"]);
  });

  it("drops one no other article confirms, and never names a page after it", () => {
    const resolution = resolveSite([{ article: "a", entities: [tentative(o("Students")), tentative(o("Students"))] }, { article: "b", entities: [tentative(o("Students"))] }], {});
    expect(resolution.dropped.has("organisation:students")).toBe(true);
    expect(resolution.refused).toEqual([]);
  });
});

describe("applySiteResolution", () => {
  it("renames and joins an article's entities, and leaves an unchanged article's list as it was", () => {
    const a = [p("Yerlan Nurgaliev"), p("Yerlan Nurgaliyev"), o("Kenestau")];
    const untouched = [o("Kenestau")];
    const resolution = resolveSite([{ article: "a", entities: a }, { article: "b", entities: untouched }], {});
    const applied = applySiteResolution(a, resolution);
    expect(applied.map((e) => e.name)).toEqual([resolution.identity.get("person:yerlan-nurgaliev")!.name, "Kenestau"]);
    expect(applied).toHaveLength(2);
    expect(applied[0]?.resolvedFrom).toEqual(["person:yerlan-nurgaliev", "person:yerlan-nurgaliyev"]);
    expect(applySiteResolution(untouched, resolution)).toBe(untouched);
  });

  it("only drops a tentative name no article confirms, keeping the others as they are, and still joins two under one id", () => {
    const tentative = (e: ArticleEntity): ArticleEntity => ({ ...e, tentative: true });
    const kenestau = o("Kenestau");
    const rekk = p("Tomas Rekk");
    const dropping = [tentative(o("Similar")), kenestau, rekk];
    const repeated = [rekk, tentative(o("Similar")), { ...p("Tomas Rekk"), forms: ["Rekk"] }];
    const resolution = resolveSite([{ article: "a", entities: dropping }, { article: "b", entities: repeated }], {});
    expect([...resolution.dropped]).toEqual(["organisation:similar"]);
    const applied = applySiteResolution(dropping, resolution);
    expect(applied).toEqual([kenestau, rekk]);
    expect(applied[0]).toBe(kenestau);
    expect(applied[1]).toBe(rekk);
    // Two entities under one id are one on the page, with both detected entities behind it.
    const joined = applySiteResolution(repeated, resolution);
    expect(joined).toHaveLength(1);
    expect(joined[0]?.resolvedFrom).toEqual([rekk.id, rekk.id]);
    expect(joined[0]?.forms).toEqual(["Rekk"]);
  });
});
