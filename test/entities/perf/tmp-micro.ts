import { corpusArticles, projectRegistry } from "./corpus.ts";
import { tokenize } from "../../../src/entities/tokens.ts";
import { splitSentences } from "../../../src/entities/sentences.ts";
import { wordInfo, classOf } from "../../../src/entities/token-classes.ts";
import { createContext } from "../../../src/entities/detect.ts";
const arts = corpusArticles(5000);
const reg = projectRegistry();
function t(name: string, f: () => void) { f(); const b = process.cpuUsage(); f(); f(); f(); console.log(name.padEnd(30), ((process.cpuUsage(b).user / 1000) / 3 / arts.length).toFixed(4)); }
const spans = arts.map((a) => a.blocks.map((b) => splitSentences(b)));
t("split", () => { for (const a of arts) for (const b of a.blocks) splitSentences(b); });
t("slice+tokenize", () => { arts.forEach((a, k) => a.blocks.forEach((b, j) => { for (const s of spans[k]![j]!) tokenize(b.slice(s.start, s.end), s.start); })); });
t("slice+tokenize+info", () => { arts.forEach((a, k) => a.blocks.forEach((b, j) => { for (const s of spans[k]![j]!) for (const tk of tokenize(b.slice(s.start, s.end), s.start)) if (tk.kind === "word") wordInfo(tk.text); })); });
t("slice+tokenize+info+arrays", () => { arts.forEach((a, k) => a.blocks.forEach((b, j) => { for (const s of spans[k]![j]!) { const keys: string[] = []; const cl: string[] = []; const lw = new Set<string>(); for (const tk of tokenize(b.slice(s.start, s.end), s.start)) if (tk.kind === "word") { const i = wordInfo(tk.text); keys.push(i.key); cl.push(classOf(i, reg.neverWords)); if (i.lower) lw.add(i.key); } } })); });
t("createContext", () => { for (const a of arts) createContext(a.blocks, reg); });
