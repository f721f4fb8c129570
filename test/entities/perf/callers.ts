/**
 * Who calls a function, with the self time spent in it under each caller (from a .cpuprofile).
 *
 *   node --import tsx test/entities/perf/callers.ts /tmp/detect.cpuprofile nameKey
 */
import { readFileSync } from "node:fs";

interface Node { id: number; callFrame: { functionName: string; url: string; columnNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const profile = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")) as Profile;
const name = process.argv[3] ?? "";
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const label = (n: Node | undefined): string => (n ? `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").slice(-2).join("/")}:${n.callFrame.columnNumber}` : "(root)");
const byCaller = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  if (node?.callFrame.functionName !== name) return;
  // The first caller that is not the function itself or an anonymous helper.
  let up = byId.get(parent.get(id) ?? -1);
  const chain: string[] = [];
  for (let k = 0; k < 3 && up; k += 1, up = byId.get(parent.get(up.id) ?? -1)) chain.push(label(up));
  const key = chain.join(" < ");
  byCaller.set(key, (byCaller.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
for (const [key, ms] of [...byCaller].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${ms.toFixed(0).padStart(6)} ms  ${key}`);
