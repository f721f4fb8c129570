import { readFileSync } from "node:fs";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const seedName = "000_bb15c65c48445c85";
export const seedText = readFileSync(path.join(projectRoot, "content", `${seedName}.txt`));
export const seedData = readFileSync(path.join(projectRoot, "content", `${seedName}.11tydata.json`));
export const seedHeadline = (JSON.parse(seedData.toString("utf8")) as { headline: string }).headline;
export const seedSlug = "central-asia-and-uk-discuss-closer-ties-in-education-science-and-technology";
export const seedPagePath = `news/2026/02/26/${seedSlug}/index.html`;

/** The seed article and its data file, as files for tempContent(). */
export const seedFiles = {
  [`${seedName}.txt`]: seedText,
  [`${seedName}.11tydata.json`]: seedData,
};
