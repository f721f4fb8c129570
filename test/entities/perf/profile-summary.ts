/**
 * Self time per function from a .cpuprofile (node --cpu-prof), largest first.
 *
 *   node --import tsx test/entities/perf/profile-summary.ts /tmp/p/file.cpuprofile [top]
 */
import { readFileSync } from "node:fs";

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount: number; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const profile = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")) as Profile;
const top = Number(process.argv[3] ?? 40);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  if (!node) return;
  const f = node.callFrame;
  const file = f.url.split("/").slice(-2).join("/");
  const key = `${f.functionName || "(anonymous)"} ${file}:${f.lineNumber + 1}:${f.columnNumber}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
// With INCLUSIVE=1: time with callees, each function counted once per sample.
if (process.env.INCLUSIVE) {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const keyOf = (n: Node): string => `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").slice(-2).join("/")}:${n.callFrame.columnNumber}`;
  self.clear();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node) break;
      const key = keyOf(node);
      if (seen.has(key)) continue;
      seen.add(key);
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
  });
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`);
}
console.log(`total ${total.toFixed(0)} ms`);
