import { corpusArticles } from "./corpus.ts";
import { tokenize } from "../../../src/entities/tokens.ts";
import { tokenize as fast } from "./tmp-tokfast.ts";
import { splitSentences } from "../../../src/entities/sentences.ts";
const arts = corpusArticles(3000);
const sentences: [string, number][] = [];
for (const a of arts) for (const b of a.blocks) for (const s of splitSentences(b)) sentences.push([b.slice(s.start, s.end), s.start]);
const res: Record<string, number[]> = {};
function t(name: string, f: () => number) { f(); const b = process.cpuUsage(); let n = 0; for (let k = 0; k < 3; k++) n += f(); (res[name] ??= []).push((process.cpuUsage(b).user / 1000) / 3 / arts.length); }
for (let r = 0; r < 5; r++) {
t("tokenize", () => { let n = 0; for (const [s, o] of sentences) n += tokenize(s, o).length; return n; });
t("fast", () => { let n = 0; for (const [s, o] of sentences) n += fast(s, o).length; return n; });
}
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(10), Math.min(...v).toFixed(4), v.map((x) => x.toFixed(3)).join(" "));
// equality check
let bad = 0; for (const [s, o] of sentences) if (JSON.stringify(tokenize(s, o)) !== JSON.stringify(fast(s, o))) bad++;
console.log("mismatches", bad);
