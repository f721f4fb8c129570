/**
 * The site's settings, in one typed place. Everything that differs between deployments
 * (the base URL above all) can be overridden from the environment, so that one build
 * command serves previews and production alike.
 */

export interface Publisher {
  readonly name: string;
  readonly url: string;
  /** Path of the logo under the site root (used in JSON-LD). */
  readonly logoPath: string;
}

export interface SiteSettings {
  readonly title: string;
  readonly description: string;
  /** Absolute origin plus optional path prefix, without a trailing slash. */
  readonly baseUrl: string;
  /** The base URL's path ("" or "/repo"), put before every internal link. */
  readonly pathPrefix: string;
  /** BCP 47 language tag of the articles. */
  readonly language: string;
  /** Open Graph locale (language_TERRITORY). */
  readonly locale: string;
  /** IANA zone in which dates are shown and date-only sources are read. */
  readonly timeZone: string;
  readonly publisher: Publisher;
  /** Articles per page on the home page, archives and entity pages. */
  readonly pageSize: number;
  /** Items in the site feeds; an entity feed has at most 20 (entityFeedSize in src/model/feed-channels.ts). */
  readonly feedSize: number;
  /** Include `draft: true` articles (previews only). */
  readonly includeDrafts: boolean;
}

export const defaultSettings: SiteSettings = {
  title: "Wireroom",
  description: "News from Central Asia and beyond, with a page and a feed for every person and organisation in the news.",
  baseUrl: "https://wireroom.example.org",
  pathPrefix: "",
  language: "en",
  locale: "en_GB",
  timeZone: "Asia/Almaty",
  publisher: {
    name: "Wireroom",
    url: "https://wireroom.example.org/",
    logoPath: "/logo.svg",
  },
  pageSize: 20,
  feedSize: 50,
  includeDrafts: false,
};

export class SettingsError extends Error {
  override name = "SettingsError";
}

/** Normalises a base URL: absolute http(s), no trailing slash, no query or fragment. */
export function normaliseBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingsError(`SITE_URL "${value}" is not an absolute URL (expected e.g. https://news.example.org)`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new SettingsError(`SITE_URL "${value}" must use http or https`);
  }
  if (url.search || url.hash) {
    throw new SettingsError(`SITE_URL "${value}" must not have a query or fragment`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** Settings for this run: the defaults, with SITE_URL and WIREROOM_DRAFTS from the environment. */
export function loadSettings(env: Readonly<Record<string, string | undefined>> = process.env): SiteSettings {
  const baseUrl = normaliseBaseUrl(env["SITE_URL"] || defaultSettings.baseUrl);
  return {
    ...defaultSettings,
    baseUrl,
    pathPrefix: new URL(baseUrl).pathname.replace(/\/+$/, ""),
    publisher: { ...defaultSettings.publisher, url: `${baseUrl}/` },
    includeDrafts: env["WIREROOM_DRAFTS"] === "1",
  };
}

/** The absolute URL of a site path ("/news/..."), under the base URL's path prefix. */
export function absoluteUrl(settings: Pick<SiteSettings, "baseUrl">, sitePath: string): string {
  return `${settings.baseUrl}${sitePath.startsWith("/") ? sitePath : `/${sitePath}`}`;
}

/** The link to a site path as it is served, with the path prefix ("/repo/news/..."). */
export function linkTo(settings: Pick<SiteSettings, "pathPrefix">, sitePath: string): string {
  return `${settings.pathPrefix}${sitePath.startsWith("/") ? sitePath : `/${sitePath}`}`;
}

/**
 * The build's "now", which only the news sitemap's two-day window uses: SITE_NOW (ISO 8601
 * with offset) when given, so that tests and rebuilds are reproducible, else the clock.
 */
export function buildNow(env: Readonly<Record<string, string | undefined>> = process.env, clock: () => Date = () => new Date()): string {
  const given = env["SITE_NOW"];
  if (!given) return clock().toISOString().replace(/\.\d{3}Z$/, "Z");
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(given) || Number.isNaN(Date.parse(given))) {
    throw new SettingsError(`SITE_NOW "${given}" must be an ISO 8601 date-time with offset, e.g. 2026-02-27T12:00:00+05:00`);
  }
  return given;
}
