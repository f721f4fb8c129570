import { describe, expect, it } from "vitest";
import { compactEntities } from "../../src/entities/compact-entities.ts";
import { joinedSummary, mentionSummary, summaryOf } from "../../src/entities/mention-summary.ts";
import { resolveArticleEntities } from "../../src/entities/resolve-article.ts";
import type { ArticleEntity } from "../../src/entities/types.ts";
import { isMainEntity } from "../../src/seo/json-ld.ts";
import { projectRegistry } from "./helpers.ts";

/** A fictional wire text: people named more than once, an organisation only in the body, one added by the editor. */
const blocks = [
  "VELSK, March 2 (Nordpress) – Minister of Trade Tomas Rekk met the board of Orlen Valley University on Tuesday, the ministry said.",
  "“We will open three new laboratories,” Ilse Varnhagen said after the meeting. Rekk agreed.",
  "The Development Bank of Tarvania (DBT) will lend the money, Varnhagen said. Rekk left for Dovith.",
];
const overrides = { add: [{ name: "Marta Quell", type: "person" as const }], remove: [] };

function detect(): ArticleEntity[] {
  return resolveArticleEntities(blocks, projectRegistry(), overrides, { tentative: true });
}

describe("compactEntities", () => {
  it("keeps each entity's mention summary, and finds its mentions again only when asked, once per article", () => {
    const detected = detect();
    expect(detected.length).toBeGreaterThan(3);
    let detections = 0;
    const compact = compactEntities(detected, () => {
      detections += 1;
      return detect();
    }, (text) => text);
    compact.forEach((entity, i) => {
      const original = detected[i]!;
      expect({ id: entity.id, type: entity.type, name: entity.name, slug: entity.slug, source: entity.source, forms: entity.forms, tentative: entity.tentative, creditOnly: entity.creditOnly })
        .toEqual({ id: original.id, type: original.type, name: original.name, slug: original.slug, source: original.source, forms: original.forms, tentative: original.tentative, creditOnly: original.creditOnly });
      expect(mentionSummary(entity)).toEqual(summaryOf(original.mentions));
      expect(isMainEntity(entity)).toBe(isMainEntity(original));
    });
    expect(detections).toBe(0);
    compact.forEach((entity, i) => expect(entity.mentions).toEqual(detected[i]!.mentions));
    expect(detections).toBe(1);
  });

  it("summarises entities joined into one as their joined, sorted mentions would", () => {
    const detected = detect().filter((e) => e.mentions.length > 0);
    const compact = compactEntities(detected, detect, (text) => text);
    for (let a = 0; a < detected.length; a++) {
      for (let b = 0; b < detected.length; b++) {
        if (a === b) continue;
        const parts = [detected[a]!, detected[b]!];
        const joined = parts.flatMap((p) => p.mentions).sort((x, y) => x.block - y.block || x.start - y.start);
        expect(joinedSummary([compact[a]!, compact[b]!])).toEqual(summaryOf(joined));
      }
    }
  });
});
