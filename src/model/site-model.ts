import type { DateTime } from "luxon";
import type { Article, BuildNotice } from "../articles/article.ts";
import type { EntityType, Mention, RegistryEntity } from "../entities/types.ts";
import type { SiteSettings } from "../site.ts";
import type { MonthCount } from "./monthly-counts.ts";

/**
 * Everything the pages show, computed once per build from the sources. Page templates only
 * pick their slice of it (Hugo's page kinds: single, list, term, terms).
 */
export interface SiteModel {
  readonly settings: SiteSettings;
  /** Newest first. */
  readonly articles: readonly Article[];
  readonly articlePages: readonly ArticlePage[];
  readonly homePages: readonly ListPage[];
  readonly yearArchives: readonly YearArchive[];
  readonly monthArchives: readonly MonthArchive[];
  readonly entities: readonly EntitySummary[];
  readonly entityById: ReadonlyMap<string, EntitySummary>;
  readonly entityPages: readonly EntityPage[];
  /** Every article of each entity, newest first, by entity id (for feeds). */
  readonly entityArticles: ReadonlyMap<string, readonly EntityArticle[]>;
  readonly entityIndexes: readonly EntityIndex[];
  readonly notices: readonly BuildNotice[];
  readonly draftsLeftOut: number;
  /** Detected names that site-level resolution joined to another entity's page. */
  readonly mergedNames: number;
  /** The articles' share of the site's structure (made when first asked for, see structure-digest.ts). */
  readonly structureDigests: () => StructureDigests;
}

/**
 * The articles' share of the site's structure (see src/render/unchanged-outputs.ts), as two
 * digests over the articles in the site's order: what places and names them, and their modified
 * dates (what the sitemap adds).
 *
 * Made from each article as loaded and its entities as detected, before site-level resolution:
 * the resolution is a function of every article's path and detected entities and of the
 * registry (which the build-wide inputs cover), and an article's shown entities and source
 * entity follow from the resolution, its detected entities (with their credit-only marks) and its
 * `source`. So this digest is the same for the same resolved structure, and it can be kept in
 * the store of articles and taken again when no article moved (structureAsStored): an edit of
 * one article's text then compares that article's line alone, instead of hashing the lines of
 * all 10,000 articles and their 65,000 entities.
 */
export interface StructureDigests {
  readonly articles: string;
  readonly dates: string;
}

/** The "single" kind: one article, with its neighbours in time. */
export interface ArticlePage {
  readonly kind: "article";
  readonly url: string;
  readonly article: Article;
  /** The next older article. */
  readonly previous?: Article;
  /** The next newer article. */
  readonly next?: Article;
}

export interface Pagination {
  readonly pageNumber: number;
  readonly totalPages: number;
  /** Site paths of every page of the list, page 1 first. */
  readonly pageUrls: readonly string[];
}

/** The "list" kind: a page of the home page's stream of articles. */
export interface ListPage {
  readonly kind: "home";
  readonly url: string;
  readonly pagination: Pagination;
  readonly articles: readonly Article[];
  /** The same on every page of the front page; absent on a site without articles. */
  readonly inTheNews?: InTheNews;
}

/** The people and organisations most named in the week up to the newest article. */
export interface InTheNews {
  /** First and last day of the window, in the site's zone (the last is the newest article's day). */
  readonly from: DateTime;
  readonly to: DateTime;
  /** Most first, with the number of the window's articles that name them. */
  readonly entities: readonly { readonly entity: EntitySummary; readonly count: number }[];
}

export interface YearArchive {
  readonly kind: "year";
  readonly url: string;
  readonly year: number;
  /** Newest month first, each with its newest articles (the month's page lists them all). */
  readonly months: readonly { readonly month: number; readonly url: string; readonly count: number; readonly articles: readonly Article[] }[];
  readonly count: number;
}

export interface MonthArchive {
  readonly kind: "month";
  readonly url: string;
  readonly year: number;
  readonly month: number;
  readonly yearUrl: string;
  /** Newest first. */
  readonly articles: readonly Article[];
}

/** One person or organisation across the whole site. */
export interface EntitySummary {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly slug: string;
  /** Site path of the entity's first page. */
  readonly url: string;
  readonly feedUrl: string;
  readonly description?: string;
  readonly sameAs: readonly string[];
  readonly source: "registry" | "detection" | "editor";
  readonly articleCount: number;
  readonly registry?: RegistryEntity;
}

/** An article as listed on an entity page: with the sentence that names the entity. */
export interface EntityArticle {
  readonly article: Article;
  /** First mention in the article; absent when an editor added the entity by hand. */
  readonly mention?: Mention;
  /** The entity is the article's source (its agency), named only in the credit: listed apart from mentions. */
  readonly supplied: boolean;
  /** The ids detection gave the names that site-level resolution joined into this entity. */
  readonly resolvedFrom?: readonly string[] | undefined;
}

/** The "term" kind: one page of one person's or organisation's articles. */
export interface EntityPage {
  readonly kind: "entity";
  readonly url: string;
  readonly entity: EntitySummary;
  readonly pagination: Pagination;
  readonly items: readonly EntityArticle[];
  /** Entities most often named in the same articles (two at least), with the number of shared articles. */
  readonly coMentioned: readonly { readonly entity: EntitySummary; readonly count: number }[];
  /** Articles per month, oldest first, for an entity named in three months or more. */
  readonly perMonth?: readonly MonthCount[];
}

/** The "terms" kind: the A–Z of people, or of organisations. */
export interface EntityIndex {
  readonly kind: "entity-index";
  readonly type: EntityType;
  readonly url: string;
  /** Letter groups in A–Z order ("#" last); people by surname, organisations without a leading "The". */
  readonly groups: readonly {
    readonly letter: string;
    readonly entities: readonly EntitySummary[];
    /** The same entities with what the index shows of each ("Tokayev, Kassym-Jomart"). */
    readonly entries: readonly { readonly entity: EntitySummary; readonly label: string }[];
  }[];
}
