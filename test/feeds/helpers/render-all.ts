/**
 * Renders every format from the fixtures and prints them as one JSON object.
 * The determinism test runs this in child processes under different TZ values
 * and compares the bytes.
 */

import { renderAtom } from "../../../src/feeds/atom.ts";
import { toRfc3339, toRfc822 } from "../../../src/feeds/dates.ts";
import { renderJsonFeed } from "../../../src/feeds/json-feed.ts";
import { renderOpml } from "../../../src/feeds/opml.ts";
import { renderRss } from "../../../src/feeds/rss.ts";
import { renderNewsSitemap, renderSitemap } from "../../../src/feeds/sitemap.ts";
import { channel, ITEMS, SITE } from "./fixtures.ts";

const outputs = {
  tz: process.env.TZ ?? "",
  // The local offset proves the child really ran in another zone.
  localOffsetMinutes: new Date("2026-02-26T00:00:00Z").getTimezoneOffset(),
  rss: renderRss(channel()),
  atom: renderAtom(channel()),
  json: renderJsonFeed(channel()),
  opml: renderOpml({
    title: "Wireroom feeds",
    ownerName: "Wireroom Desk",
    dateCreated: "2026-02-26T00:30:00+05:00",
    outlines: [{ title: "Latest", xmlUrl: `${SITE}/feed.xml`, htmlUrl: `${SITE}/` }],
  }),
  sitemap: renderSitemap(ITEMS.map((item) => ({ loc: item.url, lastmod: item.modified }))),
  news: renderNewsSitemap({
    publicationName: "Wireroom",
    language: "en",
    now: "2026-02-26T23:59:00+05:00",
    articles: ITEMS.map((item) => ({ url: item.url, title: item.title, published: item.published })),
  }),
  // Dates near midnight local time in either zone.
  dates: ["2026-02-26T00:30:00+05:00", "2026-12-31T23:59:59-10:00", "2024-02-29T12:00:00+14:00"].map((d) => [toRfc822(d), toRfc3339(d)]),
};
process.stdout.write(JSON.stringify(outputs));
