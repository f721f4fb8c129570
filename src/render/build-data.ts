import type { Article } from "../articles/article.ts";
import type { FeedBodies } from "../feeds/feed-bodies.ts";
import type { FeedItem } from "../feeds/types.ts";
import type { SiteModel } from "../model/site-model.ts";
import type { SitemapDocument } from "../model/sitemap-entries.ts";

/** What every page gets from the build: the site model, derived documents and asset paths. */
export interface BuildData {
  readonly model: SiteModel;
  readonly stylesheetPath: string;
  readonly stylesheet: string;
  /** One feed item per article, shared by every feed that lists it. */
  readonly feedItemFor: (article: Article) => FeedItem;
  /**
   * The sitemap files, made when first asked for: dating every page of the site is a whole-site
   * pass that an edit leaving the articles' dates alone does not need (PageKind.followsDates).
   */
  readonly sitemaps: () => readonly SitemapDocument[];
  /** The build's "now" (ISO 8601): only the news sitemap depends on it. */
  readonly now: string;
  /** The site feeds' bodies kept between builds: the command saves them once the feeds are rendered. */
  readonly feedBodies?: FeedBodies;
}
