import { corpusArticles, projectRegistry } from "./corpus.ts";
import { createContext, RULES } from "../../../src/entities/detect.ts";
import { assemble } from "../../../src/entities/assemble.ts";
const arts = corpusArticles(3000); const reg = projectRegistry();
for (let p = 0; p < 5; p++) {
  const contexts = arts.map((a) => createContext(a.blocks, reg));
  const b = process.cpuUsage();
  for (const c of contexts) { for (const r of RULES) r.run(c); assemble(c); }
  console.log(((process.cpuUsage(b).user / 1000) / arts.length).toFixed(4));
}
