/**
 * A fictional newsroom for the feed tests. Every person, organisation and event
 * here is invented.
 */

import type { FeedChannel, FeedItem } from "../../../src/feeds/types.ts";

export const SITE = "https://wireroom.example";

/**
 * Everything that breaks naive escaping, in one plain-text title: &, <, >,
 * double and single quotes, an emoji outside the BMP, and Kazakh Cyrillic
 * (қ, ө, ң, і) in fictional names.
 */
export const TRICKY_TITLE =
  `Varnossa & Lind <Annual> "Report": it's 2 > 1 🙂 — Дарига Омарбекова-Линд, Қоңыр Өзен мектебі`;

export const VARNOSSA = { name: "Varnossa State University", url: `${SITE}/org/varnossa-state-university/` };
export const DARIGA = { name: "Dariga Omarbekova-Lind", url: `${SITE}/person/dariga-omarbekova-lind/` };
export const QONYR = { name: "Қоңыр Өзен мектебі", url: `${SITE}/org/qonyr-ozen-mektebi/` };

export const ITEMS: readonly FeedItem[] = [
  {
    title: TRICKY_TITLE,
    url: `${SITE}/2026/02/26/varnossa-annual-report/`,
    // 10:00 in Almaty (UTC+5) is 05:00 UTC.
    published: "2026-02-26T10:00:00+05:00",
    modified: "2026-02-26T12:30:00+05:00",
    summary: `The university's report & its "appendix" <draft> are out.`,
    contentHtml: [
      `<p>See <a href="#appendix">the appendix</a> and <a href="../../25/earlier-story/">yesterday's story</a>.</p>`,
      `<figure><img src="/media/report.jpg" srcset="/media/report-480.jpg 480w, report-960.jpg 960w" alt="Cover"></figure>`,
      `<p><a href=relative.html>unquoted</a> <a href='single/quoted/'>single</a> <img src="//cdn.wireroom.example/x.png" alt=""></p>`,
      `<video poster="poster.jpg" src="clip.mp4"></video>`,
      `<p>Write to <a href="mailto:desk@wireroom.example">the desk</a> or call <a href="tel:+77000000000">us</a>. Source: <a href="https://varnossa.example/report">report</a>.</p>`,
      `<h2 id="appendix">Appendix</h2><p>Ends with ]]&gt; to trip CDATA writers.</p>`,
    ].join("\n"),
    creator: "Dariga Omarbekova-Lind",
    categories: [VARNOSSA, DARIGA, QONYR],
    image: { url: `${SITE}/media/report.jpg`, alt: "Cover of the report" },
  },
  {
    title: "Lind chairs the Velmira water board",
    url: `${SITE}/2026/02/25/lind-water-board/`,
    // 23:30 on the 24th in Los Angeles is 07:30 UTC on the 25th: the date crosses midnight.
    published: "2026-02-24T23:30:00-08:00",
    modified: "2026-02-24T23:30:00-08:00",
    summary: "A short item with no byline.",
    contentHtml: "<p>Plain paragraph.</p>",
    categories: [DARIGA],
  },
  {
    title: "Wire: Varnossa budget approved",
    url: `${SITE}/2026/02/20/varnossa-budget/`,
    published: "2026-02-20T09:05:07Z",
    modified: "2026-02-21T08:00:00Z",
    summary: "From the agency wire.",
    contentHtml: `<p>Budget <strong>approved</strong>.</p><table><tr><th style="text-align:right">Sum</th></tr></table>`,
    creator: "Velmira News Agency",
    categories: [],
  },
];

export function channel(overrides: Partial<FeedChannel> = {}): FeedChannel {
  return {
    title: "Wireroom — Latest news & analysis",
    description: "Fictional news from Varnossa, for tests.",
    homeUrl: `${SITE}/`,
    selfUrl: `${SITE}/feed.xml`,
    language: "en",
    author: "Wireroom Desk",
    stylesheetUrl: `${SITE}/feed.xsl`,
    items: ITEMS,
    ...overrides,
  };
}

/** The newest date among ITEMS (item 1's modified), in UTC. */
export const NEWEST_UTC = "2026-02-26T07:30:00Z";
