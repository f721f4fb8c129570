/**
 * The merge report an editor reads (`npm run entities -- --merges PATH...`): every merge of
 * site-level resolution with its evidence (names, articles, rule), and every near-miss it
 * refused, each with the registry line that would confirm or forbid it.
 */
import type { SiteResolution } from "./resolve-site.ts";

function yamlList(names: readonly string[]): string {
  return `[${names.map((n) => JSON.stringify(n)).join(", ")}]`;
}

export function mergeReport(resolution: SiteResolution): string {
  const lines: string[] = [`Merges (${resolution.merges.length}; ${resolution.mergedNames} names joined to another page)`];
  for (const merge of resolution.merges) {
    lines.push(`  ${merge.into.type} ${merge.into.name}  [${merge.into.id}]`);
    for (const j of merge.joined) lines.push(`      + ${j.name}  (${j.rule}, joined to ${j.to})`);
    lines.push(`      articles: ${merge.articles.join(", ")}`);
    const names = [merge.into.name, ...merge.joined.map((j) => j.name)];
    lines.push(`      confirm: add to its aliases ${yamlList(names.slice(1))}; forbid: add to distinct: - ${yamlList(names)}`);
  }
  lines.push("", `Refused (${resolution.refused.length})`);
  for (const miss of resolution.refused) {
    lines.push(`  ${miss.name}  ~ ${miss.candidates.join(" | ")}  (${miss.reason})`);
    lines.push(`      articles: ${miss.articles.join(", ")}`);
    lines.push(`      confirm: add "${miss.name}" to the aliases of the one it means`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * What an editor should look at before anything else in `npm run entities`: names that may be
 * one entity but were kept apart (a near-miss: the editor decides), and names published as
 * another type than detection gave them in some article (one name, one type across the site).
 */
export function checkFirstReport(resolution: SiteResolution): string {
  const doubtful = resolution.merges.flatMap((merge) =>
    merge.joined.filter((j) => j.rule === "type").map((j) => ({ name: j.name, as: merge.into.type, articles: merge.articles })),
  );
  const lines: string[] = [`Likely duplicates (${resolution.refused.length})`];
  for (const miss of resolution.refused) lines.push(`  ${miss.name}  ~ ${miss.candidates.join(" | ")}  (${miss.reason}; ${miss.articles.join(", ")})`);
  lines.push(`Doubtful types (${doubtful.length})`);
  for (const d of doubtful) lines.push(`  ${d.name}: published as ${d.as === "person" ? "a person" : "an organisation"}, detected as the other type in some article (${d.articles.join(", ")})`);
  lines.push(`Names joined into one page: ${resolution.mergedNames} (evidence: npm run entities -- --merges PATH)`, "");
  return `${lines.join("\n")}\n`;
}
