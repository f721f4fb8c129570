import { eraseViewType, type PageKind } from "../../src/render/page-kind.ts";
import article from "./article.11ty.ts";
import asset from "./assets.11ty.ts";
import entityIndex from "./entity-index.11ty.ts";
import entity from "./entity.11ty.ts";
import { atomFeed, entityFeed, jsonFeed, newsSitemap, opml, rssFeed, sitemap } from "./feeds.11ty.ts";
import feedsPage from "./feeds-page.11ty.ts";
import home from "./home.11ty.ts";
import monthArchive from "./month-archive.11ty.ts";
import newsArchive from "./news-archive.11ty.ts";
import notFound from "./not-found.11ty.ts";
import robots from "./robots.11ty.ts";
import search, { searchScript } from "./search.11ty.ts";
import stylesheet from "./stylesheet.11ty.ts";
import yearArchive from "./year-archive.11ty.ts";

/** Every kind of output the site has. */
export const pageKinds: readonly PageKind<unknown>[] = [
  eraseViewType(article),
  eraseViewType(home),
  eraseViewType(yearArchive),
  eraseViewType(monthArchive),
  eraseViewType(newsArchive),
  eraseViewType(entity),
  eraseViewType(entityIndex),
  eraseViewType(notFound),
  eraseViewType(search),
  eraseViewType(searchScript),
  eraseViewType(robots),
  eraseViewType(stylesheet),
  eraseViewType(rssFeed),
  eraseViewType(atomFeed),
  eraseViewType(jsonFeed),
  eraseViewType(feedsPage),
  eraseViewType(entityFeed),
  eraseViewType(opml),
  eraseViewType(sitemap),
  eraseViewType(newsSitemap),
  eraseViewType(asset),
];
