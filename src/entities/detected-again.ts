import type { ArticleEntity, Mention } from "./types.ts";

/**
 * An article's entities as detection gives them again, found once for all of them and only
 * when a list of mentions is asked for: entities kept without their lists (mention summaries,
 * stored articles) share one per article.
 */
export class DetectedAgain {
  private detected: readonly ArticleEntity[] | undefined;

  constructor(private readonly detect: () => readonly ArticleEntity[]) {}

  mentionsOf(id: string): readonly Mention[] {
    return (this.detected ??= this.detect()).find((e) => e.id === id)?.mentions ?? [];
  }
}
