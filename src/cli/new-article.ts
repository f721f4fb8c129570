/**
 * `npm run new -- "Headline" [--format=md|txt] [--input=DIR]`: starts an article dated today in
 * the site's zone (not the machine's), under a file name that sorts by date. Both formats start
 * as drafts, so that nothing is published before an editor has written it.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { newArticleFiles } from "../articles/new-article.ts";
import { loadSettings } from "../site.ts";
import { parseArgs, UsageError } from "./args.ts";

function main(): number {
  let parsed;
  try {
    parsed = parseArgs(process.argv.slice(2), ["format", "input"]);
    if (parsed.positional.length !== 1 || !parsed.positional[0]!.trim()) throw new UsageError("give the headline as one argument");
  } catch (error) {
    console.error(`wireroom new: ${(error as Error).message}\nusage: npm run new -- "Headline" [--format=md|txt] [--input=content]`);
    return 2;
  }
  const format = String(parsed.flags.get("format") ?? "md");
  if (format !== "md" && format !== "txt") {
    console.error(`wireroom new: --format is md or txt, not ${format}`);
    return 2;
  }
  const input = String(parsed.flags.get("input") ?? "content");
  const today = DateTime.now().setZone(loadSettings().timeZone);
  const article = newArticleFiles(parsed.positional[0]!.trim(), today, format);
  mkdirSync(input, { recursive: true });
  for (const { file, text } of [article, ...(article.dataFile ? [article.dataFile] : [])]) {
    const target = path.join(input, file);
    if (existsSync(target)) {
      console.error(`wireroom new: ${target} already exists`);
      return 1;
    }
    writeFileSync(target, text, { flag: "wx" });
    console.log(`created ${target}`);
  }
  const draftLine = format === "md" ? article.file : article.dataFile!.file;
  console.log(`It is a draft: the build leaves it out until you remove "draft: true" from ${path.join(input, draftLine)}.`);
  return 0;
}

process.exitCode = main();
