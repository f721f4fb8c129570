/**
 * Shared by the detection performance scripts (golden.ts, time.ts): the eval set and the
 * benchmark corpus, loaded once, with the registry a build of each would use.
 */
import { existsSync } from "node:fs";
import { loadArticle, listArticleSources } from "../../../src/articles/load-articles.ts";
import { projectRegistry, EVAL_DIR, REPO } from "../helpers.ts";
import type { EntityOverrides } from "../../../src/entities/types.ts";

/** WIREROOM_CORPUS points at a private copy when a benchmark run may be rewriting bench/out. */
export const CORPUS_DIR = process.env.WIREROOM_CORPUS ?? `${REPO}bench/out/bench-10000-seed6/corpus/wireroom`;

export interface PerfArticle {
  readonly set: "eval" | "corpus";
  readonly file: string;
  readonly blocks: readonly string[];
  readonly overrides: EntityOverrides;
}

function load(set: PerfArticle["set"], dir: string, files: readonly string[]): PerfArticle[] {
  return files.map((file) => {
    const { article } = loadArticle(dir, file, "Asia/Almaty");
    return { set, file, blocks: article.textBlocks, overrides: article.entityOverrides };
  });
}

export function evalArticles(): PerfArticle[] {
  const files = listArticleSources(EVAL_DIR).filter((f) => !/^readme\./iu.test(f));
  return load("eval", EVAL_DIR, files);
}

export function corpusArticles(limit = Infinity): PerfArticle[] {
  if (!existsSync(CORPUS_DIR)) {
    throw new Error(`no corpus at ${CORPUS_DIR}: node --import tsx bench/run.ts --articles=10000 --keep --only=wireroom`);
  }
  return load("corpus", CORPUS_DIR, listArticleSources(CORPUS_DIR).slice(0, limit));
}

export { projectRegistry, REPO };
