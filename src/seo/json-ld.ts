import type { Article } from "../articles/article.ts";
import { entityUrl } from "../entities/entity-urls.ts";
import type { ArticleEntity } from "../entities/types.ts";
import { mentionSummary } from "../entities/mention-summary.ts";
import type { EntitySummary } from "../model/site-model.ts";
import { absoluteUrl, type SiteSettings } from "../site.ts";
import { modifiedIsoText, publishedIsoText } from "./article-dates.ts";

const schemaType = { person: "Person", organisation: "Organization" } as const;

export function publisherJsonLd(settings: SiteSettings): object {
  return {
    "@type": "NewsMediaOrganization",
    name: settings.publisher.name,
    url: settings.publisher.url,
    logo: { "@type": "ImageObject", url: absoluteUrl(settings, settings.publisher.logoPath) },
  };
}

export function entityJsonLd(settings: SiteSettings, entity: Pick<EntitySummary, "type" | "name" | "slug"> & { sameAs?: readonly string[] }): object {
  return {
    "@type": schemaType[entity.type],
    name: entity.name,
    url: absoluteUrl(settings, entityUrl(entity.type, entity.slug)),
    ...(entity.sameAs && entity.sameAs.length ? { sameAs: [...entity.sameAs] } : {}),
  };
}

/**
 * An entity is what the article is "about" when the headline or the lead names it, or it is
 * named more than once; everyone else is merely "mentioned" (schema.org's distinction).
 */
export function isMainEntity(entity: ArticleEntity): boolean {
  // From the summary: a site's entities keep it, not their lists (see mention-summary.ts).
  const { count, inLead } = mentionSummary(entity);
  return count > 1 || inLead || entity.source === "editor";
}

export function newsArticleJsonLd(
  settings: SiteSettings,
  article: Article,
  sameAsOf: (entity: ArticleEntity) => readonly string[],
): object {
  const url = absoluteUrl(settings, article.url);
  // The agency as an Organization with its page on this site, when it has one.
  const sourcePage = article.sourceEntity ? { url: absoluteUrl(settings, entityUrl(article.sourceEntity.type, article.sourceEntity.slug)) } : {};
  const source = article.source ? { "@type": "Organization", name: article.source, ...sourcePage } : undefined;
  const toThing = (entity: ArticleEntity): object => entityJsonLd(settings, { ...entity, sameAs: sameAsOf(entity) });
  const about = article.entities.filter(isMainEntity);
  const mentions = article.entities.filter((e) => !isMainEntity(e));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": url,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    headline: article.headline,
    description: article.summary,
    datePublished: publishedIsoText(article),
    dateModified: modifiedIsoText(article),
    inLanguage: settings.language,
    isAccessibleForFree: true,
    wordCount: article.wordCount,
    author: article.byline ? { "@type": "Person", name: article.byline } : (source ?? { "@type": "Organization", name: settings.publisher.name }),
    publisher: publisherJsonLd(settings),
    ...(source ? { sourceOrganization: source } : {}),
    ...(about.length ? { about: about.map(toThing) } : {}),
    ...(mentions.length ? { mentions: mentions.map(toThing) } : {}),
    ...(article.entities.length ? { keywords: article.entities.map((e) => e.name).join(", ") } : {}),
  };
}

export function breadcrumbJsonLd(settings: SiteSettings, trail: readonly { name: string; path: string }[]): object {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((step, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: step.name,
      item: absoluteUrl(settings, step.path),
    })),
  };
}
