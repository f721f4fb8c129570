/**
 * `node --import tsx bench/floor.ts [--articles=N] [--seed=S] [--corpus=DIR] [--out=DIR] [--keep]`
 *
 * (`npm run bench` runs it as the tool `floor`, with the bench's corpus and output folder.)
 *
 * The Node floor: the least a Node program can spend to turn the bench corpus into a site of
 * the same shape as Wireroom's, with no framework. It reads the Markdown articles (front
 * matter: title, date, tags; no detection, the names are given), renders them with
 * markdown-it, builds every page with template literals and writes each with fs.writeFileSync:
 * article pages, home pages of 20, a page of 20 per person or organisation (every page), an
 * RSS feed per person or organisation (20 newest, summary and link) and the site feed (50
 * newest, full text). Prints the time of each phase; the README's profile table compares
 * Wireroom's phases with these. Nothing here is tuned beyond the obvious.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import yaml from "js-yaml";
import MarkdownIt from "markdown-it";
import { defaultArticles, defaultSeed, writeCorpus } from "./corpus.ts";

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { articles: { type: "string" }, seed: { type: "string" }, corpus: { type: "string" }, out: { type: "string" }, keep: { type: "boolean" } },
});
const articles = Number(values.articles ?? defaultArticles);
const seed = Number(values.seed ?? defaultSeed);
const work = path.join(benchDir, "out", `floor-${articles}-seed${seed}`);
let corpus = values.corpus;
if (!corpus) {
  writeCorpus(path.join(work, "corpus"), { articles, seed });
  corpus = path.join(work, "corpus", "eleventy", "articles");
}
const out = values.out ?? path.join(work, "site");
rmSync(out, { recursive: true, force: true });

const phases: [string, number][] = [];
const cpuStart = process.cpuUsage();
const wallStart = performance.now();
let last = wallStart;
const phase = (name: string): void => {
  const now = performance.now();
  phases.push([name, now - last]);
  last = now;
};

// 1. Read and split front matter from body.
interface Doc {
  slug: string;
  title: string;
  date: Date;
  tags: string[];
  body: string;
  html: string;
  summary: string;
}
const docs: Doc[] = [];
for (const file of readdirSync(corpus)) {
  if (!file.endsWith(".md")) continue;
  const text = readFileSync(path.join(corpus, file), "utf8");
  const end = text.indexOf("\n---\n", 4);
  const front = yaml.load(text.slice(4, end)) as { title: string; date: string | Date; tags?: string[] };
  docs.push({ slug: file.slice(0, -3), title: front.title, date: new Date(front.date), tags: front.tags ?? [], body: text.slice(end + 5), html: "", summary: "" });
}
phase("read + front matter");

// 2. Markdown.
const md = new MarkdownIt();
for (const doc of docs) {
  doc.html = md.render(doc.body);
  doc.summary = doc.body.slice(0, doc.body.indexOf("\n"));
}
phase("markdown-it");

// 3. Model: newest first, the entity map.
docs.sort((a, b) => b.date.getTime() - a.date.getTime());
const slugify = (name: string): string => name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const entities = new Map<string, { name: string; slug: string; docs: Doc[] }>();
for (const doc of docs) {
  for (const name of doc.tags) {
    let entity = entities.get(name);
    if (!entity) entities.set(name, (entity = { name, slug: slugify(name), docs: [] }));
    entity.docs.push(doc);
  }
}
phase("model (sort, entity map)");

// 4. Pages with template literals, written one by one.
const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const base = "https://floor.example.org";
const layout = (title: string, main: string): string =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(title)}</title>\n<link rel="alternate" href="/feed.xml" type="application/rss+xml">\n</head>\n<body>\n<header><a href="/">Floor News</a></header>\n<main>\n${main}\n</main>\n</body>\n</html>\n`;
const list = (items: readonly Doc[]): string => `<ol>${items.map((d) => `<li><a href="/news/${d.slug}/">${esc(d.title)}</a> <time datetime="${d.date.toISOString()}">${d.date.toDateString()}</time></li>`).join("\n")}</ol>`;
const rssItem = (d: Doc, full: boolean): string =>
  `<item><title>${esc(d.title)}</title><link>${base}/news/${d.slug}/</link><guid>${base}/news/${d.slug}/</guid><pubDate>${d.date.toUTCString()}</pubDate>` +
  `${d.tags.map((t) => `<category>${esc(t)}</category>`).join("")}<description>${esc(d.summary)}</description>${full ? `<content:encoded>${esc(d.html)}</content:encoded>` : ""}</item>`;
const rss = (title: string, link: string, items: string): string =>
  `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${esc(title)}</title><link>${link}</link><description>${esc(title)}</description>\n${items}\n</channel></rss>\n`;
let files = 0;
let bytes = 0;
let renderMs = 0;
let writeMs = 0;
const write = (relative: string, render: () => string): void => {
  const t0 = performance.now();
  const text = render();
  const t1 = performance.now();
  const file = path.join(out, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  writeMs += performance.now() - t1;
  renderMs += t1 - t0;
  files++;
  bytes += Buffer.byteLength(text);
};
for (const d of docs) {
  write(`news/${d.slug}/index.html`, () =>
    layout(d.title, `<article><h1>${esc(d.title)}</h1><time datetime="${d.date.toISOString()}">${d.date.toDateString()}</time>\n${d.html}<ul>${d.tags.map((t) => `<li><a href="/tags/${entities.get(t)!.slug}/">${esc(t)}</a></li>`).join("")}</ul></article>`),
  );
}
for (let i = 0; i * 20 < docs.length; i++) write(i === 0 ? "index.html" : `page/${i + 1}/index.html`, () => layout("Latest news", list(docs.slice(i * 20, i * 20 + 20))));
for (const entity of entities.values()) {
  for (let i = 0; i * 20 < entity.docs.length; i++) {
    write(`tags/${entity.slug}/${i === 0 ? "" : `page/${i + 1}/`}index.html`, () => layout(entity.name, `<h1>${esc(entity.name)}</h1>${list(entity.docs.slice(i * 20, i * 20 + 20))}`));
  }
  write(`tags/${entity.slug}/feed.xml`, () => rss(entity.name, `${base}/tags/${entity.slug}/`, entity.docs.slice(0, 20).map((d) => rssItem(d, false)).join("\n")));
}
write("tags/index.html", () => layout("People and organisations", `<ul>${[...entities.values()].map((e) => `<li><a href="/tags/${e.slug}/">${esc(e.name)}</a> (${e.docs.length})</li>`).join("")}</ul>`));
write("feed.xml", () => rss("Floor News", `${base}/`, docs.slice(0, 50).map((d) => rssItem(d, true)).join("\n")));
phases.push(["templates (template literals)", renderMs], ["fs.writeFileSync (+ mkdir)", writeMs]);
last = performance.now();

const cpu = process.cpuUsage(cpuStart);
const total = performance.now() - wallStart;
console.log(`node floor: ${docs.length} articles, ${entities.size} people and organisations, ${files} files, ${(bytes / 2 ** 20).toFixed(1)} MiB`);
for (const [name, ms] of phases) console.log(`  ${name.padEnd(32)} ${(ms / 1000).toFixed(2).padStart(7)} s`);
console.log(`  ${"total (wall, in process)".padEnd(32)} ${(total / 1000).toFixed(2).padStart(7)} s; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (user ${(cpu.user / 1e6).toFixed(2)}, sys ${(cpu.system / 1e6).toFixed(2)})`);
console.log(`  process up for ${process.uptime().toFixed(2)} s (Node and tsx start-up included${values.corpus ? "" : ", and generating the corpus"})`);
if (!values.keep && !values.out) rmSync(work, { recursive: true, force: true });
