import { corpusArticles, projectRegistry } from "./corpus.ts";
import { createContext, RULES } from "../../../src/entities/detect.ts";
import { assemble } from "../../../src/entities/assemble.ts";
const arts = corpusArticles(3000); const reg = projectRegistry();
for (let p = 0; p < 6; p++) {
  let t = 0;
  for (const a of arts) { const c = createContext(a.blocks, reg); for (const r of RULES) r.run(c); const b = process.cpuUsage(); assemble(c); t += process.cpuUsage(b).user; }
  console.log(((t / 1000) / arts.length).toFixed(4));
}
