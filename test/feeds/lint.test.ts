import { describe, expect, it } from "vitest";
import { renderAtom } from "../../src/feeds/atom.ts";
import { renderJsonFeed } from "../../src/feeds/json-feed.ts";
import { lintAtom, lintJsonFeed, lintRss, type LintMessage } from "../helpers/feed-lint.ts";
import { renderRss } from "../../src/feeds/rss.ts";
import { feedparser } from "./helpers/feedparser.ts";
import { channel, SITE } from "./helpers/fixtures.ts";
import { xmllint } from "./helpers/xmllint.ts";

const NOW = "2026-03-01T00:00:00Z";
const ids = (messages: readonly LintMessage[]): string[] => [...new Set(messages.map((m) => m.id))].sort();

/** Replaces `from` (which must occur) with `to`, so a typo cannot turn a bad-feed test into a no-op. */
function mutate(doc: string, from: string | RegExp, to: string): string {
  const out = doc.replace(from, to);
  if (out === doc) throw new Error(`mutation did not apply: ${String(from)}`);
  return out;
}

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Wireroom</title>
<link>${SITE}/</link>
<description>Fictional news</description>
<language>en</language>
<atom:link href="${SITE}/feed.xml" rel="self" type="application/rss+xml"/>
<lastBuildDate>Thu, 26 Feb 2026 07:30:00 +0000</lastBuildDate>
<item>
<title>Varnossa State University opens an archive</title>
<link>${SITE}/2026/02/26/archive/</link>
<guid isPermaLink="true">${SITE}/2026/02/26/archive/</guid>
<pubDate>Thu, 26 Feb 2026 05:00:00 +0000</pubDate>
<dc:creator>Dariga Omarbekova-Lind</dc:creator>
<category domain="${SITE}/org/varnossa/">Varnossa State University</category>
<description>Summary.</description>
<content:encoded>&lt;p&gt;&lt;a href="${SITE}/x/"&gt;x&lt;/a&gt; &lt;img src="${SITE}/i.png" alt=""&gt;&lt;/p&gt;</content:encoded>
</item>
<item>
<title>Second story</title>
<link>${SITE}/2026/02/25/second/</link>
<guid isPermaLink="true">${SITE}/2026/02/25/second/</guid>
<pubDate>Wed, 25 Feb 2026 07:30:00 +0000</pubDate>
<description>Another summary.</description>
</item>
</channel>
</rss>
`;

describe("lint baseline", () => {
  it("the hand-written RSS baseline is clean for our lint, xmllint and feedparser", () => {
    expect(lintRss(RSS, { now: NOW, location: `${SITE}/feed.xml` })).toEqual([]);
    expect(xmllint(RSS).ok).toBe(true);
    expect(feedparser(RSS).bozo).toBe(0);
  });

  it("our writers' output is clean", () => {
    expect(lintRss(renderRss(channel()), { now: NOW })).toEqual([]);
    expect(lintAtom(renderAtom(channel({ selfUrl: `${SITE}/feed.atom` })), { now: NOW })).toEqual([]);
    expect(lintJsonFeed(renderJsonFeed(channel({ selfUrl: `${SITE}/feed.json` })), { now: NOW })).toEqual([]);
  });
});

interface BadCase {
  name: string;
  doc: () => string;
  expect: string;
  options?: { now?: string; location?: string };
  /** libxml2 must reject it too: our reader is no more lenient than a real parser. */
  notWellFormed?: boolean;
}

const rssCases: BadCase[] = [
  { name: "no atom:link rel=self", doc: () => mutate(RSS, /<atom:link[^>]*\/>\n/, ""), expect: "MissingAtomSelfLink" },
  { name: "relative self link", doc: () => mutate(RSS, `href="${SITE}/feed.xml"`, 'href="/feed.xml"'), expect: "RelativeSelf" },
  { name: "self link not where the feed is served", doc: () => RSS, options: { location: `${SITE}/other.xml` }, expect: "SelfDoesntMatchLocation" },
  { name: "ISO date in pubDate", doc: () => mutate(RSS, "Thu, 26 Feb 2026 05:00:00 +0000", "2026-02-26T05:00:00Z"), expect: "InvalidRFC2822Date" },
  { name: "impossible calendar date", doc: () => mutate(RSS, "Thu, 26 Feb 2026 05:00:00 +0000", "Mon, 30 Feb 2026 05:00:00 +0000"), expect: "InvalidRFC2822Date" },
  { name: "Z instead of +0000", doc: () => mutate(RSS, "Thu, 26 Feb 2026 05:00:00 +0000", "Thu, 26 Feb 2026 05:00:00 Z"), expect: "ProblematicalRFC822Date" },
  { name: "one-digit day", doc: () => mutate(RSS, "Wed, 25 Feb 2026 07:30:00 +0000", "Wed, 4 Feb 2026 07:30:00 +0000"), expect: "ProblematicalRFC822Date" },
  { name: "two-digit year", doc: () => mutate(RSS, "Thu, 26 Feb 2026 05:00:00 +0000", "Thu, 26 Feb 26 05:00:00 +0000"), expect: "ProblematicalRFC822Date" },
  { name: "wrong day of week", doc: () => mutate(RSS, "Thu, 26 Feb 2026 05:00:00 +0000", "Mon, 26 Feb 2026 05:00:00 +0000"), expect: "IncorrectDOW" },
  { name: "date in the future", doc: () => RSS, options: { now: "2026-02-26T04:00:00Z" }, expect: "ImplausibleDate" },
  { name: "date before 1995", doc: () => mutate(RSS, "Wed, 25 Feb 2026 07:30:00 +0000", "Thu, 01 Jan 1970 00:00:00 +0000"), expect: "ImplausibleDate" },
  { name: "relative href in content:encoded", doc: () => mutate(RSS, `&lt;a href="${SITE}/x/"&gt;`, `&lt;a href="/x/"&gt;`), expect: "ContainsRelRef" },
  { name: "relative src in description", doc: () => mutate(RSS, "<description>Summary.</description>", "<description>&lt;img src='i.png'&gt;</description>"), expect: "ContainsRelRef" },
  { name: "fragment-only href", doc: () => mutate(RSS, `&lt;a href="${SITE}/x/"&gt;`, `&lt;a href=#notes&gt;`), expect: "ContainsRelRef" },
  { name: "relative srcset candidate", doc: () => mutate(RSS, `alt=""&gt;`, `srcset="${SITE}/a.png 1x, b.png 2x" alt=""&gt;`), expect: "ContainsRelRef" },
  { name: "protocol-relative src", doc: () => mutate(RSS, `src="${SITE}/i.png"`, `src="//cdn.example/i.png"`), expect: "ContainsRelRef" },
  { name: "content: prefix not declared", doc: () => mutate(RSS, ' xmlns:content="http://purl.org/rss/1.0/modules/content/"', ""), expect: "UndeclaredPrefix", notWellFormed: true },
  { name: "content namespace without trailing slash", doc: () => mutate(RSS, "modules/content/", "modules/content"), expect: "UnknownNamespace" },
  { name: "relative permalink guid", doc: () => mutate(RSS, `<guid isPermaLink="true">${SITE}/2026/02/26/archive/</guid>`, "<guid>/2026/02/26/archive/</guid>"), expect: "InvalidHttpGUID" },
  { name: "tag: URI as permalink", doc: () => mutate(RSS, `<guid isPermaLink="true">${SITE}/2026/02/26/archive/</guid>`, "<guid>tag:wireroom.example,2026:archive</guid>"), expect: "InvalidPermalink" },
  { name: "small integer guid", doc: () => mutate(RSS, `<guid isPermaLink="true">${SITE}/2026/02/26/archive/</guid>`, '<guid isPermaLink="false">42</guid>'), expect: "NotSufficientlyUnique" },
  { name: "isPermaLink not a boolean", doc: () => mutate(RSS, `<guid isPermaLink="true">${SITE}/2026/02/26/archive/`, `<guid isPermaLink="yes">${SITE}/2026/02/26/archive/`), expect: "InvalidBooleanAttribute" },
  { name: "author and dc:creator", doc: () => mutate(RSS, "<dc:creator>", "<author>desk@wireroom.example (Wireroom Desk)</author>\n<dc:creator>"), expect: "DuplicateItemSemantics" },
  { name: "author that is a name", doc: () => mutate(RSS, "<dc:creator>Dariga Omarbekova-Lind</dc:creator>", "<author>Dariga Omarbekova-Lind</author>"), expect: "InvalidContact" },
  { name: "content before description", doc: () => mutate(RSS, /(<description>Summary\.<\/description>\n)(<content:encoded>.*<\/content:encoded>\n)/, "$2$1"), expect: "NeedDescriptionBeforeContent" },
  { name: "content without description", doc: () => mutate(RSS, "<description>Summary.</description>\n", ""), expect: "NeedDescriptionBeforeContent" },
  { name: "HTML in an item title", doc: () => mutate(RSS, "<title>Second story</title>", "<title>&lt;b&gt;Second&lt;/b&gt; story</title>"), expect: "ContainsHTML" },
  { name: "double-escaped entity in a title", doc: () => mutate(RSS, "<title>Wireroom</title>", "<title>Fish &amp;amp; Chips</title>"), expect: "ContainsHTML" },
  { name: "no channel description", doc: () => mutate(RSS, "<description>Fictional news</description>\n", ""), expect: "MissingDescription" },
  { name: "no channel title", doc: () => mutate(RSS, "<title>Wireroom</title>\n", ""), expect: "MissingTitle" },
  { name: "no channel link", doc: () => mutate(RSS, `<link>${SITE}/</link>\n`, ""), expect: "MissingLink" },
  { name: "relative channel link", doc: () => mutate(RSS, `<link>${SITE}/</link>`, "<link>/</link>"), expect: "InvalidFullLink" },
  { name: "relative item link", doc: () => mutate(RSS, `<link>${SITE}/2026/02/25/second/</link>`, "<link>/2026/02/25/second/</link>"), expect: "InvalidFullLink" },
  { name: "item with neither title nor description", doc: () => mutate(RSS, "<title>Second story</title>\n", "").replace("<description>Another summary.</description>\n", ""), expect: "ItemMustContainTitleOrDescription" },
  { name: "relative category domain", doc: () => mutate(RSS, `domain="${SITE}/org/varnossa/"`, 'domain="/org/varnossa/"'), expect: "InvalidURLAttribute" },
  { name: "script in content", doc: () => mutate(RSS, "&lt;/p&gt;</content:encoded>", "&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</content:encoded>"), expect: "SecurityRisk" },
  { name: "iframe in content", doc: () => mutate(RSS, "&lt;/p&gt;</content:encoded>", `&lt;iframe src="${SITE}/e"&gt;&lt;/iframe&gt;&lt;/p&gt;</content:encoded>`), expect: "SecurityRisk" },
  { name: "object and embed in content", doc: () => mutate(RSS, "&lt;/p&gt;</content:encoded>", `&lt;object data="${SITE}/o"&gt;&lt;embed src="${SITE}/e"&gt;&lt;/object&gt;&lt;/p&gt;</content:encoded>`), expect: "SecurityRisk" },
  { name: "javascript: URL", doc: () => mutate(RSS, `href="${SITE}/x/"`, 'href="javascript:alert(1)"'), expect: "SecurityRisk" },
  { name: "event handler attribute", doc: () => mutate(RSS, 'alt=""&gt;', 'alt="" onerror="alert(1)"&gt;'), expect: "SecurityRiskAttr" },
  { name: "dangerous style attribute", doc: () => mutate(RSS, 'alt=""&gt;', `alt="" style="position:fixed;top:0"&gt;`), expect: "DangerousStyleAttr" },
  { name: "style with url()", doc: () => mutate(RSS, 'alt=""&gt;', `alt="" style="background:url(${SITE}/t.gif)"&gt;`), expect: "DangerousStyleAttr" },
  { name: "lastBuildDate older than newest item", doc: () => mutate(RSS, "<lastBuildDate>Thu, 26 Feb 2026 07:30:00 +0000", "<lastBuildDate>Wed, 25 Feb 2026 07:30:00 +0000"), expect: "StaleLastBuildDate" },
  { name: "duplicate guids", doc: () => mutate(RSS, `<guid isPermaLink="true">${SITE}/2026/02/25/second/</guid>`, `<guid isPermaLink="true">${SITE}/2026/02/26/archive/</guid>`), expect: "DuplicateIds" },
  { name: "item without pubDate", doc: () => mutate(RSS, "<pubDate>Wed, 25 Feb 2026 07:30:00 +0000</pubDate>\n", ""), expect: "MissingPubDate" },
  { name: "item without guid", doc: () => mutate(RSS, `<guid isPermaLink="true">${SITE}/2026/02/25/second/</guid>\n`, ""), expect: "MissingGuid" },
  { name: "control character", doc: () => mutate(RSS, "Second story", "Second\u0001 story"), expect: "InvalidXmlCharacter", notWellFormed: true },
  { name: "lone surrogate", doc: () => mutate(RSS, "Second story", "Second\uD800 story"), expect: "InvalidXmlCharacter" },
  { name: "U+FFFF", doc: () => mutate(RSS, "Second story", "Second\uFFFF story"), expect: "InvalidXmlCharacter", notWellFormed: true },
  { name: "blank line before <?xml", doc: () => `\n${RSS}`, expect: "WPBlankLine", notWellFormed: true },
  { name: "spaces before <?xml", doc: () => `   ${RSS}`, expect: "WPBlankLine", notWellFormed: true },
  { name: "unclosed element", doc: () => mutate(RSS, "</channel>", ""), expect: "SAXError", notWellFormed: true },
  { name: "mismatched end tag", doc: () => mutate(RSS, "<title>Second story</title>", "<title>Second story</titel>"), expect: "SAXError", notWellFormed: true },
  { name: "HTML entity not defined in XML", doc: () => mutate(RSS, "Second story", "Second&nbsp;story"), expect: "SAXError", notWellFormed: true },
  { name: "bare ampersand", doc: () => mutate(RSS, "Second story", "Fish & Chips"), expect: "SAXError", notWellFormed: true },
  { name: "raw < in text", doc: () => mutate(RSS, "Second story", "a < b"), expect: "SAXError", notWellFormed: true },
  { name: "unquoted attribute", doc: () => mutate(RSS, 'isPermaLink="true">' + `${SITE}/2026/02/25`, `isPermaLink=true>${SITE}/2026/02/25`), expect: "SAXError", notWellFormed: true },
  { name: "duplicate attribute", doc: () => mutate(RSS, 'rel="self"', 'rel="self" rel="self"'), expect: "SAXError", notWellFormed: true },
  { name: "two root elements", doc: () => `${RSS}<rss/>\n`, expect: "SAXError", notWellFormed: true },
  { name: "-- inside a comment", doc: () => mutate(RSS, "<channel>", "<channel><!-- a -- b -->"), expect: "SAXError", notWellFormed: true },
  { name: "truncated file", doc: () => RSS.slice(0, RSS.length / 2), expect: "SAXError", notWellFormed: true },
  { name: "empty file", doc: () => "", expect: "SAXError", notWellFormed: true },
  { name: "wrong RSS version", doc: () => mutate(RSS, 'version="2.0"', 'version="0.91"'), expect: "InvalidRSSVersion" },
  { name: "an Atom document", doc: () => renderAtom(channel()), expect: "UndefinedElement" },
];

describe("lintRss finds what is wrong", () => {
  it.each(rssCases)("$name → $expect", (bad) => {
    const doc = bad.doc();
    const messages = lintRss(doc, { now: NOW, ...bad.options });
    expect(ids(messages)).toContain(bad.expect);
    for (const message of messages) expect(message.message.length).toBeGreaterThan(0);
    if (bad.notWellFormed) expect(xmllint(doc).ok).toBe(false);
  });

  it("reports line numbers", () => {
    const doc = mutate(RSS, "<title>Second story</title>", "<title>Second story</titel>");
    const sax = lintRss(doc).find((m) => m.id === "SAXError");
    expect(sax?.line).toBe(doc.split("\n").findIndex((l) => l.includes("</titel>")) + 1);
  });
});

const ATOM = renderAtom(channel({ selfUrl: `${SITE}/feed.atom` }));
const FIRST_ID = `<id>${SITE}/2026/02/26/varnossa-annual-report/</id>`;

const atomCases: BadCase[] = [
  { name: "no self link", doc: () => mutate(ATOM, /<link rel="self"[^>]*\/>\n/, ""), expect: "MissingSelf" },
  { name: "relative self link", doc: () => mutate(ATOM, `href="${SITE}/feed.atom"`, 'href="feed.atom"'), expect: "RelativeSelf" },
  { name: "no feed id", doc: () => mutate(ATOM, `<id>${SITE}/</id>\n`, ""), expect: "MissingElement" },
  { name: "no feed updated", doc: () => mutate(ATOM, "<updated>2026-02-26T07:30:00Z</updated>\n<author>", "<author>"), expect: "MissingElement" },
  { name: "no author anywhere", doc: () => mutate(ATOM, "<author><name>Wireroom Desk</name></author>\n", ""), expect: "MissingElement" },
  { name: "no feed title", doc: () => mutate(ATOM, /<title type="text">Wireroom[^<]*<\/title>\n/, ""), expect: "MissingTitle" },
  { name: "RFC 822 date in Atom", doc: () => mutate(ATOM, "<published>2026-02-26T05:00:00Z</published>", "<published>Thu, 26 Feb 2026 05:00:00 +0000</published>"), expect: "InvalidRFC3339Date" },
  { name: "date without offset", doc: () => mutate(ATOM, "<published>2026-02-26T05:00:00Z</published>", "<published>2026-02-26T05:00:00</published>"), expect: "InvalidRFC3339Date" },
  { name: "future date", doc: () => ATOM, options: { now: "2026-02-26T06:00:00Z" }, expect: "ImplausibleDate" },
  { name: "feed updated older than newest entry", doc: () => mutate(ATOM, "<updated>2026-02-26T07:30:00Z</updated>\n<author>", "<updated>2026-02-25T00:00:00Z</updated>\n<author>"), expect: "StaleUpdated" },
  { name: "duplicate entry ids", doc: () => mutate(ATOM, `<id>${SITE}/2026/02/25/lind-water-board/</id>`, FIRST_ID), expect: "DuplicateIds" },
  { name: "relative entry id", doc: () => mutate(ATOM, FIRST_ID, "<id>/2026/02/26/varnossa-annual-report/</id>"), expect: "InvalidIRI" },
  { name: "relative alternate link", doc: () => mutate(ATOM, `href="${SITE}/2026/02/20/varnossa-budget/"`, 'href="/2026/02/20/varnossa-budget/"'), expect: "InvalidFullLink" },
  { name: "relative ref in html content", doc: () => mutate(ATOM, `&lt;a href="${SITE}/2026/02/25/earlier-story/"&gt;`, `&lt;a href="../../25/earlier-story/"&gt;`), expect: "ContainsRelRef" },
  { name: "script in html content", doc: () => mutate(ATOM, "Plain paragraph.", "Plain &lt;script&gt;x()&lt;/script&gt;"), expect: "SecurityRisk" },
  { name: "HTML in a text title", doc: () => mutate(ATOM, "Lind chairs the Velmira water board", "Lind &lt;em&gt;chairs&lt;/em&gt; the board"), expect: "ContainsHTML" },
  { name: "relative category scheme", doc: () => mutate(ATOM, `scheme="${SITE}/org/varnossa-state-university/"`, 'scheme="/org/varnossa-state-university/"'), expect: "InvalidURLAttribute" },
  { name: "category without term", doc: () => mutate(ATOM, /<category term="Varnossa State University" /, "<category "), expect: "MissingAttribute" },
  { name: "an RSS document", doc: () => RSS, expect: "UndefinedElement" },
  { name: "undeclared prefix", doc: () => mutate(ATOM, "<generator>", "<media:thumbnail url=\"x\"/>\n<generator>"), expect: "UndeclaredPrefix", notWellFormed: true },
  { name: "not well-formed", doc: () => mutate(ATOM, "</feed>", "</fed>"), expect: "SAXError", notWellFormed: true },
];

describe("lintAtom finds what is wrong", () => {
  it.each(atomCases)("$name → $expect", (bad) => {
    const doc = bad.doc();
    expect(ids(lintAtom(doc, { now: NOW, ...bad.options }))).toContain(bad.expect);
    if (bad.notWellFormed) expect(xmllint(doc).ok).toBe(false);
  });
});

const JSON_FEED = renderJsonFeed(channel({ selfUrl: `${SITE}/feed.json` }));
const editJson = (edit: (feed: Record<string, any>) => void): string => {
  const feed = JSON.parse(JSON_FEED);
  edit(feed);
  return JSON.stringify(feed);
};

const jsonCases: BadCase[] = [
  { name: "not JSON", doc: () => JSON_FEED.slice(0, 50), expect: "InvalidJson" },
  { name: "a JSON array", doc: () => "[]", expect: "InvalidJson" },
  { name: "wrong version", doc: () => editJson((f) => (f.version = "1.1")), expect: "InvalidVersion" },
  { name: "version 1", doc: () => editJson((f) => (f.version = "https://jsonfeed.org/version/1")), expect: "ObsoleteVersion" },
  { name: "no title", doc: () => editJson((f) => delete f.title), expect: "MissingTitle" },
  { name: "HTML-escaped title (the plugin's bug)", doc: () => editJson((f) => (f.items[1].title = "Fish &amp; Chips")), expect: "ContainsHTML" },
  { name: "no feed_url", doc: () => editJson((f) => delete f.feed_url), expect: "MissingSelf" },
  { name: "relative feed_url", doc: () => editJson((f) => (f.feed_url = "/feed.json")), expect: "RelativeSelf" },
  { name: "relative home_page_url", doc: () => editJson((f) => (f.home_page_url = "/")), expect: "InvalidFullLink" },
  { name: "numeric item id", doc: () => editJson((f) => (f.items[0].id = 1)), expect: "MissingElement" },
  { name: "duplicate item ids", doc: () => editJson((f) => (f.items[1].id = f.items[0].id)), expect: "DuplicateIds" },
  { name: "relative item url", doc: () => editJson((f) => (f.items[0].url = "/a/")), expect: "InvalidFullLink" },
  { name: "relative ref in content_html", doc: () => editJson((f) => (f.items[1].content_html = '<img src="x.png">')), expect: "ContainsRelRef" },
  { name: "script in content_html", doc: () => editJson((f) => (f.items[1].content_html = "<script>x()</script>")), expect: "SecurityRisk" },
  { name: "no content", doc: () => editJson((f) => delete f.items[1].content_html), expect: "MissingTextualContent" },
  { name: "RFC 822 date", doc: () => editJson((f) => (f.items[0].date_published = "Thu, 26 Feb 2026 05:00:00 +0000")), expect: "InvalidRFC3339Date" },
  { name: "future date", doc: () => JSON_FEED, options: { now: "2026-02-01T00:00:00Z" }, expect: "ImplausibleDate" },
  { name: "items not an array", doc: () => editJson((f) => (f.items = {})), expect: "MissingElement" },
];

describe("lintJsonFeed finds what is wrong", () => {
  it.each(jsonCases)("$name → $expect", (bad) => {
    expect(ids(lintJsonFeed(bad.doc(), { now: NOW, ...bad.options }))).toContain(bad.expect);
  });
});

describe("lint options", () => {
  it("without now, future dates are not flagged but pre-1995 ones are", () => {
    const future = mutate(RSS, "Thu, 26 Feb 2026 05:00:00 +0000", "Sun, 26 Feb 2040 05:00:00 +0000");
    expect(ids(lintRss(future))).not.toContain("ImplausibleDate");
    expect(ids(lintRss(future, { now: NOW }))).toContain("ImplausibleDate");
  });
});
