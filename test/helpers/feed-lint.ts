/**
 * Our own feed lint, keyed to the W3C feed validator's message names
 * (w3c/feedvalidator, src/feedvalidator/logging.py), so a failure here reads
 * like the validator's and links to its docs. Messages we added because the
 * validator has no name for them (from the pitfalls in standards.md) are:
 *   InvalidXmlCharacter  a character XML 1.0 forbids (the validator: SAXError)
 *   StaleLastBuildDate   RSS lastBuildDate older than the newest item
 *   StaleUpdated         Atom feed <updated> older than the newest entry
 *   MissingPubDate       RSS item without pubDate (readers treat it as new forever)
 *   InvalidJson / InvalidVersion   for JSON Feed
 *
 * The lint parses with a strict XML reader (xml-reader.ts), so it fails on
 * broken documents instead of repairing them.
 */

import { isAbsoluteHttpUrl, isAbsoluteUrl, isSrcsetAttribute, isUrlAttribute, normalizeUrlAttribute } from "../../src/feeds/absolute-urls.ts";
import { daysInMonth, parseIsoDateTime } from "../../src/feeds/dates.ts";
import { parseSrcset } from "../../src/feeds/srcset.ts";
import { scanTags } from "./html-tags.ts";
import { ATOM_NS, CONTENT_NS, DC_NS } from "../../src/feeds/namespaces.ts";
import {
  attributeValue,
  childElements,
  firstChild,
  parseXml,
  textContent,
  XmlSyntaxError,
  type XmlDocument,
  type XmlElement,
} from "./xml-reader.ts";

export interface LintMessage {
  /** W3C feed validator message name (or one of ours, listed above). */
  readonly id: string;
  readonly message: string;
  readonly line?: number;
}

export interface LintOptions {
  /** Dates after this instant are ImplausibleDate. Without it, only dates before 1995 are. */
  readonly now?: Date | string;
  /** The URL the feed is served at: the self link must equal it (SelfDoesntMatchLocation). */
  readonly location?: string;
}

/** Nothing we publish predates the web's feed era; an earlier date is a zero or parse accident. */
const EARLIEST_PLAUSIBLE = Date.UTC(1995, 0, 1);

class Collector {
  readonly messages: LintMessage[] = [];
  readonly now: number | undefined;
  readonly location: string | undefined;

  constructor(options: LintOptions) {
    this.now =
      options.now === undefined ? undefined : typeof options.now === "string" ? parseIsoDateTime(options.now).getTime() : options.now.getTime();
    this.location = options.location;
  }

  add(id: string, message: string, line?: number): void {
    this.messages.push(line === undefined ? { id, message } : { id, message, line });
  }

  /** ImplausibleDate: in the future (relative to the explicit now) or before 1995. */
  plausible(date: Date, where: string, line?: number): void {
    const time = date.getTime();
    if (time < EARLIEST_PLAUSIBLE) this.add("ImplausibleDate", `${where}: ${date.toISOString()} is before 1995`, line);
    else if (this.now !== undefined && time > this.now) this.add("ImplausibleDate", `${where}: ${date.toISOString()} is in the future`, line);
  }

  self(href: string | undefined, where: string, line?: number): void {
    if (href === undefined || href.trim() === "") {
      this.add("MissingHref", `${where} has no href`, line);
    } else if (!isAbsoluteHttpUrl(href)) {
      this.add("RelativeSelf", `${where} href ${JSON.stringify(href)} is not an absolute URL`, line);
    } else if (this.location !== undefined && href !== this.location) {
      this.add("SelfDoesntMatchLocation", `${where} href ${href} is not where the feed is served (${this.location})`, line);
    }
  }
}

// ---------------------------------------------------------------- shared checks

function parseForLint(xml: string, c: Collector): XmlDocument | undefined {
  let doc: XmlDocument;
  try {
    doc = parseXml(xml);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    // Still name the specific causes we can see without a tree.
    if (/^\uFEFF?[ \t\r\n]+<\?xml[\s?]/.test(xml)) c.add("WPBlankLine", "whitespace before the XML declaration", 1);
    c.add("SAXError", `XML parsing error: ${error.message}`, error.line);
    return undefined;
  }
  for (const problem of doc.problems) {
    if (problem.kind === "leading-whitespace") c.add("WPBlankLine", "whitespace before the XML declaration (the feed is not well-formed)", problem.line);
    else if (problem.kind === "invalid-character") c.add("InvalidXmlCharacter", problem.message, problem.line);
    else if (problem.kind === "invalid-namespace-uri") c.add("InvalidNamespace", problem.message, problem.line);
    else c.add("UndeclaredPrefix", problem.message, problem.line);
  }
  return doc;
}

const HTML_TAGS = new Set(
  (
    "a abbr address article aside audio b bdi bdo big blockquote body br button caption center cite code col colgroup dd del details dfn div dl dt em embed " +
    "fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main mark meta nav " +
    "object ol p picture pre q s samp script section select small source span strike strong style sub summary sup table tbody td textarea tfoot th thead time " +
    "title tr tt u ul var video wbr"
  ).split(" "),
);
const HTML_ENTITY_NAMES = new Set("amp lt gt quot apos nbsp mdash ndash hellip lsquo rsquo ldquo rdquo laquo raquo copy reg trade middot bull".split(" "));

/**
 * ContainsHTML for plain-text fields (titles): an HTML tag we know, or a
 * character reference that survived XML decoding (i.e. was double-escaped,
 * "&amp;amp;" style). Text like "<Varnossa>" is not a known tag, so it passes.
 */
function htmlInPlainText(text: string): string | undefined {
  for (const m of text.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?\/?>/g)) {
    if (HTML_TAGS.has((m[1] ?? "").toLowerCase())) return m[0];
  }
  for (const m of text.matchAll(/&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/g)) {
    const ref = m[1] ?? "";
    if (ref.startsWith("#") || HTML_ENTITY_NAMES.has(ref)) return m[0];
  }
  return undefined;
}

function checkPlainText(text: string, where: string, c: Collector, line?: number): void {
  const html = htmlInPlainText(text);
  if (html !== undefined) c.add("ContainsHTML", `${where} is plain text but contains ${JSON.stringify(html)}`, line);
}

/** Elements a reader's sanitiser strips or that can run code or restyle the reader. */
const DANGEROUS_TAGS = new Set(["script", "iframe", "frame", "frameset", "embed", "object", "applet", "base", "meta", "link", "style", "form"]);
/** CSS properties the validator's safe-CSS list accepts (markdown-it writes text-align on table cells). */
const SAFE_CSS_PROPERTIES = new Set([
  "text-align",
  "vertical-align",
  "color",
  "background-color",
  "font-weight",
  "font-style",
  "font-size",
  "text-decoration",
  "white-space",
  "width",
  "height",
  "float",
  "clear",
  "margin",
  "margin-left",
  "margin-right",
  "margin-top",
  "margin-bottom",
  "padding",
  "padding-left",
  "padding-right",
  "padding-top",
  "padding-bottom",
  "border",
  "border-collapse",
  "list-style-type",
]);

function dangerousStyle(style: string): string | undefined {
  if (/url\s*\(|expression\s*\(|javascript:|behavior|binding|@import|\\|\/\*|</i.test(style)) return style;
  for (const declaration of style.split(";")) {
    if (declaration.trim() === "") continue;
    const colon = declaration.indexOf(":");
    const property = (colon === -1 ? declaration : declaration.slice(0, colon)).trim().toLowerCase();
    if (!SAFE_CSS_PROPERTIES.has(property)) return declaration.trim();
  }
  return undefined;
}

/**
 * Checks an HTML payload (description, content:encoded, Atom html content,
 * content_html): relative URLs (ContainsRelRef), active content (SecurityRisk),
 * event handlers (SecurityRiskAttr), unsafe inline CSS (DangerousStyleAttr).
 */
function checkHtml(html: string, where: string, c: Collector, line?: number): void {
  if (!html.includes("<")) return;
  for (const tag of scanTags(html)) {
    if (DANGEROUS_TAGS.has(tag.name)) c.add("SecurityRisk", `${where} contains <${tag.name}>`, line);
    for (const [name, value] of tag.attributes) {
      if (name.startsWith("on")) {
        c.add("SecurityRiskAttr", `${where}: <${tag.name}> has an event handler attribute ${name}`, line);
        continue;
      }
      if (name === "style") {
        const bad = dangerousStyle(value);
        if (bad !== undefined) c.add("DangerousStyleAttr", `${where}: <${tag.name}> style ${JSON.stringify(bad)}`, line);
        continue;
      }
      if (value === "") continue;
      let urls: string[];
      if (isUrlAttribute(tag.name, name)) urls = [normalizeUrlAttribute(value)];
      else if (isSrcsetAttribute(name)) urls = parseSrcset(value).map((candidate) => candidate.url);
      else continue;
      for (const url of urls) {
        if (/^(javascript|vbscript):/i.test(url)) {
          c.add("SecurityRisk", `${where}: <${tag.name} ${name}> uses a ${url.split(":")[0]}: URL`, line);
        } else if (!isAbsoluteUrl(url)) {
          c.add("ContainsRelRef", `${where}: <${tag.name} ${name}=${JSON.stringify(url)}> is a relative reference`, line);
        }
      }
    }
  }
}

// ---------------------------------------------------------------- dates

const DAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** The profile's form: `Wed, 01 May 2024 18:30:00 +0000` (numeric offset or GMT). */
const RFC822_PREFERRED =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}|GMT)$/;
/** The validator's lenient RFC 822 pattern (on the lower-cased value): parseable but Problematical. */
const RFC822_LENIENT =
  /^(?:(mon|tue|wed|thu|fri|sat|sun)\s*,\s*)?(\d\d?)\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+(\d\d(?:\d\d)?)\s+(\d\d):(\d\d)(?::(\d\d))?\s+([+-]\d\d\d\d|ut|gmt|z|est|edt|cst|cdt|mst|mdt|pst|pdt|[a-ik-z])?$/;
const ZONE_MINUTES: Readonly<Record<string, number>> = {
  ut: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

function buildDate(year: number, month: number, day: number, hour: number, minute: number, second: number, offsetMinutes: number): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) return undefined;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) - offsetMinutes * 60_000);
}

function offsetMinutes(zone: string): number | undefined {
  if (/^[+-]\d{4}$/.test(zone)) {
    const minutes = Number(zone.slice(3, 5));
    if (minutes > 59) return undefined;
    return (zone.startsWith("-") ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + minutes);
  }
  // Military letters are "-0000" (unknown) per RFC 2822: read as UTC.
  return ZONE_MINUTES[zone] ?? 0;
}

/** Checks an RSS date; returns the instant when it can be read at all. */
function checkRfc822(value: string, where: string, c: Collector, line?: number): Date | undefined {
  const preferred = RFC822_PREFERRED.exec(value);
  if (preferred !== null) {
    const [, dow, d, mon, y, h, mi, s, zone] = preferred;
    const offset = offsetMinutes((zone ?? "").toLowerCase());
    const date =
      offset === undefined
        ? undefined
        : buildDate(Number(y), MONTH_NAMES.indexOf((mon ?? "").toLowerCase()) + 1, Number(d), Number(h), Number(mi), Number(s), offset);
    if (date === undefined) {
      c.add("InvalidRFC2822Date", `${where}: ${JSON.stringify(value)} is not a real date`, line);
      return undefined;
    }
    const actual = DAY_NAMES[new Date(Date.UTC(Number(y), MONTH_NAMES.indexOf((mon ?? "").toLowerCase()), Number(d))).getUTCDay()];
    if (actual !== (dow ?? "").toLowerCase()) {
      c.add("IncorrectDOW", `${where}: ${JSON.stringify(value)} is not a ${dow}`, line);
    }
    c.plausible(date, where, line);
    return date;
  }
  // As the validator does: drop RFC 822 comments, then try the lenient form.
  const lenient = RFC822_LENIENT.exec(value.replace(/\([^()]*\)/g, " ").trim().toLowerCase());
  if (lenient === null) {
    c.add("InvalidRFC2822Date", `${where}: ${JSON.stringify(value)} is not an RFC 822 date (use e.g. "Wed, 01 May 2024 18:30:00 +0000")`, line);
    return undefined;
  }
  const [, , d, mon, y, h, mi, s, zone] = lenient;
  let year = Number(y);
  if ((y ?? "").length === 2) year += year < 50 ? 2000 : 1900;
  const offset = offsetMinutes(zone ?? "gmt");
  const date =
    offset === undefined ? undefined : buildDate(year, MONTH_NAMES.indexOf(mon ?? "") + 1, Number(d), Number(h), Number(mi), Number(s ?? 0), offset);
  if (date === undefined) {
    c.add("InvalidRFC2822Date", `${where}: ${JSON.stringify(value)} is not a real date`, line);
    return undefined;
  }
  c.add(
    "ProblematicalRFC822Date",
    `${where}: ${JSON.stringify(value)} parses, but use a 4-digit year, a two-digit day, seconds, single spaces and a numeric offset`,
    line,
  );
  c.plausible(date, where, line);
  return date;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/** Checks an Atom / JSON Feed date; returns the instant when valid. */
function checkRfc3339(value: string, where: string, c: Collector, line?: number): Date | undefined {
  let date: Date | undefined;
  if (RFC3339.test(value)) {
    try {
      date = parseIsoDateTime(value);
    } catch {
      date = undefined;
    }
  }
  if (date === undefined) {
    c.add("InvalidRFC3339Date", `${where}: ${JSON.stringify(value)} is not an RFC 3339 date-time (e.g. 2024-05-01T18:30:00Z)`, line);
    return undefined;
  }
  c.plausible(date, where, line);
  return date;
}

// ---------------------------------------------------------------- RSS 2.0

function requiredText(parent: XmlElement, local: string, id: string, where: string, c: Collector): string | undefined {
  const element = firstChild(parent, undefined, local);
  const text = element === undefined ? "" : textContent(element).trim();
  if (text === "") {
    c.add(id, `${where} has no ${local}`, (element ?? parent).line);
    return undefined;
  }
  return text;
}

/** Lints an RSS 2.0 document. Returns [] for a feed with nothing to report. */
export function lintRss(xml: string, options: LintOptions = {}): LintMessage[] {
  const c = new Collector(options);
  const doc = parseForLint(xml, c);
  if (doc === undefined) return c.messages;
  const rss = doc.root;
  if (rss.local !== "rss" || rss.namespace !== undefined) {
    c.add("UndefinedElement", `root element is <${rss.name}>, expected <rss>`, rss.line);
    return c.messages;
  }
  if (attributeValue(rss, "version") !== "2.0") c.add("InvalidRSSVersion", `<rss version> must be "2.0"`, rss.line);
  for (const attribute of rss.attributes) {
    if (attribute.prefix === "xmlns" && attribute.value !== CONTENT_NS && attribute.value.replace(/\/?$/, "/") === CONTENT_NS) {
      c.add("UnknownNamespace", `xmlns:${attribute.local} must be ${CONTENT_NS} (with the trailing slash)`, rss.line);
    }
  }
  const channel = firstChild(rss, undefined, "channel");
  if (channel === undefined) {
    c.add("MissingElement", "<rss> has no <channel>", rss.line);
    return c.messages;
  }

  const title = requiredText(channel, "title", "MissingTitle", "channel", c);
  if (title !== undefined) checkPlainText(title, "channel title", c, channel.line);
  const link = requiredText(channel, "link", "MissingLink", "channel", c);
  if (link !== undefined && !isAbsoluteHttpUrl(link)) c.add("InvalidFullLink", `channel link ${JSON.stringify(link)} is not a full URL`, channel.line);
  requiredText(channel, "description", "MissingDescription", "channel", c);

  const self = childElements(channel, ATOM_NS, "link").find((element) => attributeValue(element, "rel") === "self");
  if (self === undefined) c.add("MissingAtomSelfLink", 'channel has no <atom:link rel="self"> with the feed URL', channel.line);
  else c.self(attributeValue(self, "href"), "atom:link rel=self", self.line);

  const lastBuildElement = firstChild(channel, undefined, "lastBuildDate");
  const lastBuild = lastBuildElement === undefined ? undefined : checkRfc822(textContent(lastBuildElement).trim(), "channel lastBuildDate", c, lastBuildElement.line);
  const channelPubDate = firstChild(channel, undefined, "pubDate");
  if (channelPubDate !== undefined) checkRfc822(textContent(channelPubDate).trim(), "channel pubDate", c, channelPubDate.line);

  let newest: Date | undefined;
  const guids = new Map<string, number>();
  childElements(channel, undefined, "item").forEach((item, index) => {
    const where = `item ${index + 1}`;
    const line = item.line;
    const itemTitle = firstChild(item, undefined, "title");
    const description = firstChild(item, undefined, "description");
    const content = firstChild(item, CONTENT_NS, "encoded");
    if (itemTitle === undefined && description === undefined) {
      c.add("ItemMustContainTitleOrDescription", `${where} has neither title nor description`, line);
    }
    if (itemTitle !== undefined) checkPlainText(textContent(itemTitle), `${where} title`, c, itemTitle.line);

    const itemLink = firstChild(item, undefined, "link");
    if (itemLink !== undefined && !isAbsoluteHttpUrl(textContent(itemLink).trim())) {
      c.add("InvalidFullLink", `${where} link ${JSON.stringify(textContent(itemLink).trim())} is not a full URL`, itemLink.line);
    }

    const guid = firstChild(item, undefined, "guid");
    if (guid === undefined) {
      c.add("MissingGuid", `${where} has no guid`, line);
    } else {
      const value = textContent(guid).trim();
      const isPermaLinkAttr = attributeValue(guid, "isPermaLink");
      if (isPermaLinkAttr !== undefined && isPermaLinkAttr !== "true" && isPermaLinkAttr !== "false") {
        c.add("InvalidBooleanAttribute", `${where} guid isPermaLink must be "true" or "false"`, guid.line);
      }
      if (isPermaLinkAttr !== "false") {
        if (/^(tag|urn):/i.test(value)) c.add("InvalidPermalink", `${where} guid ${JSON.stringify(value)} is not a URL; add isPermaLink="false"`, guid.line);
        else if (!isAbsoluteHttpUrl(value)) c.add("InvalidHttpGUID", `${where} guid ${JSON.stringify(value)} must be a full URL unless isPermaLink="false"`, guid.line);
      } else if (/^\d{1,8}$/.test(value)) {
        c.add("NotSufficientlyUnique", `${where} guid ${JSON.stringify(value)} is not globally unique`, guid.line);
      } else if (value === "") {
        c.add("NotBlank", `${where} guid is empty`, guid.line);
      }
      const previous = guids.get(value);
      if (previous !== undefined) c.add("DuplicateIds", `${where} repeats the guid of item ${previous}: ${value}`, guid.line);
      else guids.set(value, index + 1);
    }

    const pubDate = firstChild(item, undefined, "pubDate");
    if (pubDate === undefined) {
      c.add("MissingPubDate", `${where} has no pubDate; readers will show it as new on every refresh`, line);
    } else {
      const date = checkRfc822(textContent(pubDate).trim(), `${where} pubDate`, c, pubDate.line);
      if (date !== undefined && (newest === undefined || date.getTime() > newest.getTime())) newest = date;
    }

    const author = firstChild(item, undefined, "author");
    if (author !== undefined) {
      if (firstChild(item, DC_NS, "creator") !== undefined) {
        c.add("DuplicateItemSemantics", `${where} has both author and dc:creator; use dc:creator only`, author.line);
      }
      if (!/[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+/.test(textContent(author))) {
        c.add("InvalidContact", `${where} author must be an email address; put names in dc:creator`, author.line);
      }
    }

    if (description !== undefined) checkHtml(textContent(description), `${where} description`, c, description.line);
    if (content !== undefined) {
      checkHtml(textContent(content), `${where} content:encoded`, c, content.line);
      if (description === undefined || item.children.indexOf(description) > item.children.indexOf(content)) {
        c.add("NeedDescriptionBeforeContent", `${where}: put a description (the summary) before content:encoded`, content.line);
      }
    }

    for (const category of childElements(item, undefined, "category")) {
      const domain = attributeValue(category, "domain");
      if (domain !== undefined && !isAbsoluteHttpUrl(domain)) {
        c.add("InvalidURLAttribute", `${where} category domain ${JSON.stringify(domain)} is not a full URL`, category.line);
      }
    }
  });

  if (lastBuild !== undefined && newest !== undefined && lastBuild.getTime() < newest.getTime()) {
    c.add(
      "StaleLastBuildDate",
      `lastBuildDate ${lastBuild.toISOString()} is older than the newest item (${newest.toISOString()}); some readers then hide new items`,
      lastBuildElement?.line,
    );
  }
  return c.messages;
}

// ---------------------------------------------------------------- Atom 1.0

function atomText(parent: XmlElement, local: string): XmlElement | undefined {
  return firstChild(parent, ATOM_NS, local);
}

/** Atom text constructs: html content is checked as HTML, text as plain text. */
function checkAtomTextConstruct(element: XmlElement, where: string, c: Collector, plainCheck: boolean): void {
  const type = attributeValue(element, "type") ?? "text";
  if (type === "html") checkHtml(textContent(element), where, c, element.line);
  else if (type === "text" && plainCheck) checkPlainText(textContent(element), where, c, element.line);
}

/** Lints an Atom 1.0 document. */
export function lintAtom(xml: string, options: LintOptions = {}): LintMessage[] {
  const c = new Collector(options);
  const doc = parseForLint(xml, c);
  if (doc === undefined) return c.messages;
  const feed = doc.root;
  if (feed.local !== "feed" || feed.namespace !== ATOM_NS) {
    c.add("UndefinedElement", `root element is <${feed.name}> in ${feed.namespace ?? "no namespace"}, expected Atom <feed>`, feed.line);
    return c.messages;
  }
  const id = atomText(feed, "id");
  if (id === undefined || textContent(id).trim() === "") c.add("MissingElement", "feed has no id", feed.line);
  else if (!isAbsoluteUrl(textContent(id).trim())) c.add("InvalidIRI", `feed id ${JSON.stringify(textContent(id).trim())} is not an absolute IRI`, id.line);

  const title = atomText(feed, "title");
  if (title === undefined) c.add("MissingTitle", "feed has no title", feed.line);
  else checkAtomTextConstruct(title, "feed title", c, true);

  const updatedElement = atomText(feed, "updated");
  let updated: Date | undefined;
  if (updatedElement === undefined) c.add("MissingElement", "feed has no updated", feed.line);
  else updated = checkRfc3339(textContent(updatedElement).trim(), "feed updated", c, updatedElement.line);

  const links = childElements(feed, ATOM_NS, "link");
  const self = links.find((link) => attributeValue(link, "rel") === "self");
  if (self === undefined) c.add("MissingSelf", 'feed has no <link rel="self">', feed.line);
  else c.self(attributeValue(self, "href"), 'link rel="self"', self.line);
  for (const link of links) {
    const href = attributeValue(link, "href");
    if (link !== self && href !== undefined && !isAbsoluteHttpUrl(href)) c.add("InvalidFullLink", `feed link ${JSON.stringify(href)} is not a full URL`, link.line);
  }
  const feedHasAuthor = atomText(feed, "author") !== undefined;

  let newest: Date | undefined;
  const ids = new Map<string, number>();
  childElements(feed, ATOM_NS, "entry").forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    const entryId = atomText(entry, "id");
    if (entryId === undefined || textContent(entryId).trim() === "") {
      c.add("MissingElement", `${where} has no id`, entry.line);
    } else {
      const value = textContent(entryId).trim();
      if (!isAbsoluteUrl(value)) c.add("InvalidIRI", `${where} id ${JSON.stringify(value)} is not an absolute IRI`, entryId.line);
      const previous = ids.get(value);
      if (previous !== undefined) c.add("DuplicateIds", `${where} repeats the id of entry ${previous}: ${value}`, entryId.line);
      else ids.set(value, index + 1);
    }
    const entryTitle = atomText(entry, "title");
    if (entryTitle === undefined) c.add("MissingTitle", `${where} has no title`, entry.line);
    else checkAtomTextConstruct(entryTitle, `${where} title`, c, true);

    const entryUpdated = atomText(entry, "updated");
    if (entryUpdated === undefined) {
      c.add("MissingElement", `${where} has no updated`, entry.line);
    } else {
      const date = checkRfc3339(textContent(entryUpdated).trim(), `${where} updated`, c, entryUpdated.line);
      if (date !== undefined && (newest === undefined || date.getTime() > newest.getTime())) newest = date;
    }
    const published = atomText(entry, "published");
    if (published !== undefined) checkRfc3339(textContent(published).trim(), `${where} published`, c, published.line);
    if (!feedHasAuthor && atomText(entry, "author") === undefined) c.add("MissingElement", `${where} has no author and the feed has none`, entry.line);

    const entryLinks = childElements(entry, ATOM_NS, "link");
    for (const link of entryLinks) {
      const href = attributeValue(link, "href");
      if (href !== undefined && !isAbsoluteHttpUrl(href)) c.add("InvalidFullLink", `${where} link ${JSON.stringify(href)} is not a full URL`, link.line);
    }
    const hasAlternate = entryLinks.some((link) => (attributeValue(link, "rel") ?? "alternate") === "alternate");
    const content = atomText(entry, "content");
    if (content === undefined && !hasAlternate) c.add("MissingContentOrAlternate", `${where} has neither content nor an alternate link`, entry.line);
    const summary = atomText(entry, "summary");
    if (summary !== undefined) checkAtomTextConstruct(summary, `${where} summary`, c, false);
    if (content !== undefined) checkAtomTextConstruct(content, `${where} content`, c, false);

    for (const category of childElements(entry, ATOM_NS, "category")) {
      if (attributeValue(category, "term") === undefined) c.add("MissingAttribute", `${where} category has no term`, category.line);
      const scheme = attributeValue(category, "scheme");
      if (scheme !== undefined && !isAbsoluteHttpUrl(scheme)) c.add("InvalidURLAttribute", `${where} category scheme ${JSON.stringify(scheme)} is not a full URL`, category.line);
    }
  });

  if (updated !== undefined && newest !== undefined && updated.getTime() < newest.getTime()) {
    c.add("StaleUpdated", `feed updated ${updated.toISOString()} is older than the newest entry (${newest.toISOString()})`, updatedElement?.line);
  }
  return c.messages;
}

// ---------------------------------------------------------------- JSON Feed 1.1

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Lints a JSON Feed 1.1 document. */
export function lintJsonFeed(json: string, options: LintOptions = {}): LintMessage[] {
  const c = new Collector(options);
  let feed: unknown;
  try {
    feed = JSON.parse(json);
  } catch (error) {
    c.add("InvalidJson", `not JSON: ${(error as Error).message}`);
    return c.messages;
  }
  if (!isRecord(feed)) {
    c.add("InvalidJson", "a JSON Feed is a JSON object");
    return c.messages;
  }
  if (feed.version === "https://jsonfeed.org/version/1") c.add("ObsoleteVersion", "JSON Feed version 1; use https://jsonfeed.org/version/1.1");
  else if (feed.version !== "https://jsonfeed.org/version/1.1") c.add("InvalidVersion", `version must be https://jsonfeed.org/version/1.1, got ${JSON.stringify(feed.version)}`);

  if (typeof feed.title !== "string" || feed.title.trim() === "") c.add("MissingTitle", "feed has no title");
  else checkPlainText(feed.title, "feed title", c);
  if (feed.home_page_url === undefined) c.add("MissingLink", "feed has no home_page_url");
  else if (typeof feed.home_page_url !== "string" || !isAbsoluteHttpUrl(feed.home_page_url)) c.add("InvalidFullLink", `home_page_url ${JSON.stringify(feed.home_page_url)} is not a full URL`);
  if (feed.feed_url === undefined) c.add("MissingSelf", "feed has no feed_url");
  else c.self(typeof feed.feed_url === "string" ? feed.feed_url : undefined, "feed_url");

  if (!Array.isArray(feed.items)) {
    c.add("MissingElement", "items must be an array");
    return c.messages;
  }
  const ids = new Map<string, number>();
  feed.items.forEach((item: unknown, index: number) => {
    const where = `item ${index + 1}`;
    if (!isRecord(item)) {
      c.add("InvalidJson", `${where} is not an object`);
      return;
    }
    // JSON Feed: id is required and must be a string (numbers are a common mistake).
    if (typeof item.id !== "string" || item.id === "") {
      c.add("MissingElement", `${where} has no string id`);
    } else {
      const previous = ids.get(item.id);
      if (previous !== undefined) c.add("DuplicateIds", `${where} repeats the id of item ${previous}: ${item.id}`);
      else ids.set(item.id, index + 1);
    }
    if (item.url !== undefined && (typeof item.url !== "string" || !isAbsoluteHttpUrl(item.url))) c.add("InvalidFullLink", `${where} url ${JSON.stringify(item.url)} is not a full URL`);
    if (item.image !== undefined && (typeof item.image !== "string" || !isAbsoluteHttpUrl(item.image))) c.add("InvalidFullLink", `${where} image ${JSON.stringify(item.image)} is not a full URL`);
    if (typeof item.title === "string") checkPlainText(item.title, `${where} title`, c);
    if (typeof item.content_html !== "string" && typeof item.content_text !== "string") {
      c.add("MissingTextualContent", `${where} has neither content_html nor content_text`);
    }
    if (typeof item.content_html === "string") checkHtml(item.content_html, `${where} content_html`, c);
    for (const key of ["date_published", "date_modified"] as const) {
      const value = item[key];
      if (value === undefined) continue;
      if (typeof value !== "string") c.add("InvalidRFC3339Date", `${where} ${key} must be a string`);
      else checkRfc3339(value, `${where} ${key}`, c);
    }
  });
  return c.messages;
}
