/**
 * A CPU profile of detection alone: the articles are loaded and detection warmed up before
 * the profiler starts, so that loading and compiling stay out of it.
 *
 *   node --import tsx test/entities/perf/profile.ts [limit] [out.cpuprofile]
 *   node --import tsx test/entities/perf/profile-summary.ts /tmp/detect.cpuprofile
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { resolveArticleEntities } from "../../../src/entities/resolve-article.ts";
import { corpusArticles, projectRegistry } from "./corpus.ts";

const articles = corpusArticles(Number(process.argv[2] ?? 3000));
const out = process.argv[3] ?? "/tmp/detect.cpuprofile";
const registry = projectRegistry();
const pass = (): void => {
  for (const a of articles) resolveArticleEntities(a.blocks, registry, a.overrides);
};

pass();
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
for (let p = 0; p < 3; p += 1) pass();
const { profile } = await session.post("Profiler.stop");
writeFileSync(out, JSON.stringify(profile));
console.log(`${articles.length} articles x 3 -> ${out}`);
