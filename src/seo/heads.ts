import type { ArticleEntity } from "../entities/types.ts";
import { entityFeedUrl, sectionOf } from "../entities/entity-urls.ts";
import type { ArticlePage, EntityIndex, EntityPage, ListPage, MonthArchive, YearArchive } from "../model/site-model.ts";
import { monthUrl, yearUrl } from "../model/archives.ts";
import { absoluteUrl, type SiteSettings } from "../site.ts";
import { breadcrumbJsonLd, entityJsonLd, newsArticleJsonLd, publisherJsonLd } from "./json-ld.ts";
import type { PageHead } from "./page-head.ts";
import { modifiedIsoText, publishedDay, publishedIsoText } from "./article-dates.ts";
import { monthName } from "./dates.ts";

const descriptionLength = 160;
const rss = "application/rss+xml";

/** A meta description: whole words, at most 160 characters. */
export function metaDescription(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= descriptionLength) return clean;
  // Never cut between the two halves of a surrogate pair (an emoji would become "�").
  const cut = clean.slice(0, descriptionLength - 1).replace(/[\ud800-\udbff]$/, "");
  const space = cut.lastIndexOf(" ");
  return `${(space > 60 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

function siteFeed(settings: SiteSettings): PageHead["feeds"][number] {
  return { title: `${settings.title}: latest news`, url: absoluteUrl(settings, "/feed.xml"), type: rss };
}

function pageSuffix(pageNumber: number): string {
  return pageNumber > 1 ? ` — page ${pageNumber}` : "";
}

function neighbours(settings: SiteSettings, pageUrls: readonly string[], pageNumber: number): Pick<PageHead, "prevUrl" | "nextUrl"> {
  const prev = pageUrls[pageNumber - 2];
  const next = pageUrls[pageNumber];
  return { ...(prev ? { prevUrl: absoluteUrl(settings, prev) } : {}), ...(next ? { nextUrl: absoluteUrl(settings, next) } : {}) };
}

export function articleHead(settings: SiteSettings, page: ArticlePage, sameAsOf: (entity: ArticleEntity) => readonly string[]): PageHead {
  const { article } = page;
  const { year, month } = publishedDay(article);
  return {
    title: `${article.headline} — ${settings.title}`,
    shareTitle: article.headline,
    description: metaDescription(article.summary),
    canonicalUrl: absoluteUrl(settings, article.url),
    ogType: "article",
    jsonLd: [
      newsArticleJsonLd(settings, article, sameAsOf),
      breadcrumbJsonLd(settings, [
        { name: "News", path: "/" },
        { name: String(year), path: yearUrl(year) },
        { name: `${monthName(month)} ${year}`, path: monthUrl(year, month) },
        { name: article.headline, path: article.url },
      ]),
    ],
    feeds: [siteFeed(settings)],
    article: {
      publishedTime: publishedIsoText(article),
      modifiedTime: modifiedIsoText(article),
      tags: article.entities.map((e) => e.name),
    },
  };
}

export function homeHead(settings: SiteSettings, page: ListPage): PageHead {
  const { pageNumber, pageUrls } = page.pagination;
  return {
    title: pageNumber > 1 ? `Latest news${pageSuffix(pageNumber)} — ${settings.title}` : `${settings.title} — latest news`,
    shareTitle: settings.title,
    description: metaDescription(settings.description),
    canonicalUrl: absoluteUrl(settings, page.url),
    ogType: "website",
    jsonLd: [
      {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "@id": absoluteUrl(settings, "/"),
        name: settings.title,
        url: absoluteUrl(settings, "/"),
        inLanguage: settings.language,
        publisher: publisherJsonLd(settings),
      },
    ],
    feeds: [siteFeed(settings)],
    ...neighbours(settings, pageUrls, pageNumber),
  };
}

export function yearArchiveHead(settings: SiteSettings, archive: YearArchive): PageHead {
  return listHead(settings, archive.url, `News of ${archive.year}`, `${archive.count} articles published in ${archive.year}.`);
}

export function monthArchiveHead(settings: SiteSettings, archive: MonthArchive): PageHead {
  const label = `${monthName(archive.month)} ${archive.year}`;
  return listHead(settings, archive.url, `News of ${label}`, `${archive.articles.length} articles published in ${label}.`);
}

export function entityIndexHead(settings: SiteSettings, index: EntityIndex): PageHead {
  const label = index.type === "person" ? "People" : "Organisations";
  const count = index.groups.reduce((n, g) => n + g.entities.length, 0);
  return listHead(settings, index.url, `${label} in the news`, `${label} A–Z: the ${count} ${index.type === "person" ? "people" : "organisations"} named in our articles, each with their own page and feed.`);
}

export function listHead(settings: SiteSettings, path: string, heading: string, description: string): PageHead {
  return {
    title: `${heading} — ${settings.title}`,
    shareTitle: heading,
    description: metaDescription(description),
    canonicalUrl: absoluteUrl(settings, path),
    ogType: "website",
    jsonLd: [
      {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "@id": absoluteUrl(settings, path),
        name: heading,
        url: absoluteUrl(settings, path),
        isPartOf: { "@type": "WebSite", "@id": absoluteUrl(settings, "/") },
      },
    ],
    feeds: [siteFeed(settings)],
  };
}

export function entityHead(settings: SiteSettings, page: EntityPage): PageHead {
  const { entity, pagination } = page;
  const url = absoluteUrl(settings, page.url);
  const what = entity.type === "person" ? "person" : "organisation";
  const count = `${entity.articleCount} ${entity.articleCount === 1 ? "article" : "articles"}`;
  const description = entity.description
    ? `${entity.name}: ${entity.description}. ${count} on ${settings.title}.`
    : `News about ${entity.name}: ${count} on ${settings.title}.`;
  return {
    title: `${entity.name}${pageSuffix(pagination.pageNumber)} — ${settings.title}`,
    shareTitle: entity.name,
    description: metaDescription(description),
    canonicalUrl: url,
    ogType: "website",
    jsonLd: [
      {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "@id": url,
        url,
        name: `${entity.name}${pageSuffix(pagination.pageNumber)}`,
        about: entityJsonLd(settings, entity),
        mainEntity: {
          "@type": "ItemList",
          numberOfItems: page.items.length,
          itemListElement: page.items.map((item, i) => ({
            "@type": "ListItem",
            position: (pagination.pageNumber - 1) * settings.pageSize + i + 1,
            url: absoluteUrl(settings, item.article.url),
          })),
        },
        isPartOf: { "@type": "WebSite", "@id": absoluteUrl(settings, "/") },
      },
      breadcrumbJsonLd(settings, [
        { name: "News", path: "/" },
        { name: entity.type === "person" ? "People" : "Organisations", path: `/${sectionOf[entity.type]}/` },
        { name: entity.name, path: entity.url },
      ]),
    ],
    feeds: [
      { title: `${settings.title}: ${entity.name} (${what})`, url: absoluteUrl(settings, entityFeedUrl(entity.type, entity.slug)), type: rss },
      siteFeed(settings),
    ],
    ...neighbours(settings, pagination.pageUrls, pagination.pageNumber),
  };
}

export function notFoundHead(settings: SiteSettings): PageHead {
  return {
    title: `Page not found — ${settings.title}`,
    shareTitle: "Page not found",
    description: "The page you asked for is not here.",
    canonicalUrl: absoluteUrl(settings, "/404.html"),
    ogType: "website",
    jsonLd: [],
    feeds: [siteFeed(settings)],
    noindex: true,
  };
}

