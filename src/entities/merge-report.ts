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
