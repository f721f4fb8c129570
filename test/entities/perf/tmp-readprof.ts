import { corpusArticles, projectRegistry } from "./corpus.ts";
import { createContext } from "../../../src/entities/detect.ts";
const arts = corpusArticles(3000); const reg = projectRegistry();
const r: number[] = [];
for (let p = 0; p < 8; p++) { const b = process.cpuUsage(); for (const a of arts) createContext(a.blocks, reg); r.push((process.cpuUsage(b).user / 1000) / arts.length); }
console.log("createContext min", Math.min(...r).toFixed(4), "median", r.sort()[4]!.toFixed(4));
