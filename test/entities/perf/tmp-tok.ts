import { corpusArticles } from "./corpus.ts";
import { tokenize } from "../../../src/entities/tokens.ts";
import { splitSentences } from "../../../src/entities/sentences.ts";
const arts = corpusArticles(3000);
const sentences: [string, number][] = [];
for (const a of arts) for (const b of a.blocks) for (const s of splitSentences(b)) sentences.push([b.slice(s.start, s.end), s.start]);
function t(name: string, f: () => number) { f(); const b = process.cpuUsage(); let n = 0; for (let k = 0; k < 5; k++) n += f(); console.log(name.padEnd(20), ((process.cpuUsage(b).user / 1000) / 5 / arts.length).toFixed(4), n); }
for (let r = 0; r < 3; r++) {
t("tokenize", () => { let n = 0; for (const [s, o] of sentences) n += tokenize(s, o).length; return n; });
t("charloop", () => { let n = 0; for (const [s] of sentences) for (let i = 0; i < s.length; i++) n += s.charCodeAt(i) & 1; return n; });
}
