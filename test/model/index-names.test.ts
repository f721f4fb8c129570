import { describe, expect, it } from "vitest";
import { indexName } from "../../src/model/index-names.ts";

describe("indexName", () => {
  it("files a person by surname, given names after a comma", () => {
    expect(indexName("person", "Kassym-Jomart Tokayev")).toEqual({ label: "Tokayev, Kassym-Jomart", sortKey: "Tokayev Kassym-Jomart" });
    expect(indexName("person", "Aidar Serikuly Temirbekov").label).toBe("Temirbekov, Aidar Serikuly");
    expect(indexName("person", "Anneke van der Velde-Osei")).toEqual({ label: "van der Velde-Osei, Anneke", sortKey: "Velde-Osei Anneke" });
    expect(indexName("person", "Martin Luther King Jr.").label).toBe("King, Martin Luther Jr.");
  });

  it("leaves a style that serves as the name, and a single name, as they are", () => {
    expect(indexName("person", "Prince Edward")).toEqual({ label: "Prince Edward", sortKey: "Edward" });
    expect(indexName("person", "Madonna")).toEqual({ label: "Madonna", sortKey: "Madonna" });
  });

  it("files an organisation without a leading The", () => {
    expect(indexName("organisation", "The Astana Times")).toEqual({ label: "The Astana Times", sortKey: "Astana Times" });
  });
});
