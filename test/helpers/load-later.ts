import { vi } from "vitest";
import { loadArticles, type ArticleCache } from "../../src/articles/load-articles.ts";

/**
 * Loads `dir` as a build a minute after its files were written would, so that their stamps are
 * trusted (a source changed within the racy window is always read again).
 */
export function loadAMinuteLater(dir: string, cache: ArticleCache, zone = "Asia/Almaty"): ReturnType<typeof loadArticles> {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() + 60_000);
  try {
    return loadArticles(dir, { zone, includeDrafts: false, cache });
  } finally {
    vi.useRealTimers();
  }
}
