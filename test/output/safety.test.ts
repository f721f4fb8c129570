/**
 * Nothing a source says runs on a page. Raw HTML, event handlers and script URLs (plain,
 * mixed-case, with tabs or newlines, entity-encoded) in Markdown and in wire text are shown as
 * text or dropped; headlines and names with `<`, `&`, quotes and `</script>` are escaped in
 * HTML text, attributes, JSON-LD and feeds; every page carries the strict CSP and no script.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { childElements, firstChild, parseXml, textContent, type XmlElement } from "../helpers/xml-reader.ts";
import {
  articlePageFiles,
  buildFixture,
  decodeCharacterReferences,
  fixtureFiles,
  htmlFiles,
  scanTags,
  siteOrigin,
  sitePathOf,
  trickyHeadlines,
  type Tag,
} from "../helpers/built-site.ts";

const attackTitle = `Velsk council <script>alert('title')</script> & "hearing" <img src=x onerror=alert(1)>`;
const attackByline = `<b onmouseover=alert(1)>Ivo Marrant</b> & 'Co' "Ltd"`;
const attackSource = `</script><script>alert('source')</script> Velsk Wire`;

/** Every trick we know for getting markup or a script URL through Markdown. */
const attackMarkdown = `---
title: ${JSON.stringify(attackTitle)}
date: 2031-05-05T10:00:00+05:00
summary: ${JSON.stringify(`<img src=x onerror=alert('summary')> summary & "more" </script>`)}
author: ${JSON.stringify(attackByline)}
source: ${JSON.stringify(attackSource)}
---
The Velsk council met on Monday. <script>alert("body")</script>

<img src=x onerror="alert('img')">

<iframe src="https://evil.example/frame"></iframe>

<div onmouseover="alert('div')">hover</div>

<a href="javascript:alert('raw a')">raw anchor</a>

<svg onload=alert(1)><script>alert(2)</script></svg>

<object data="data:text/html,x"></object><embed src="javascript:alert(1)"><form action="javascript:alert(1)"><button formaction="javascript:alert(1)">go</button></form>

<style>body { background: url("javascript:alert(1)") }</style>

- [plain](javascript:alert(1))
- [mixed case](JaVaScRiPt:alert(1))
- [tab](<java	script:alert(1)>)
- [leading space](< javascript:alert(1)>)
- [newline entity](java&#10;script:alert(1))
- [tab entity](java&Tab;script:alert(1))
- [decimal entity](&#106;avascript:alert(1))
- [hex entities](&#x6A;&#x61;vascript&#x3A;alert(1))
- [colon entity](javascript&colon;alert(1))
- [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
- [data, mixed case](DaTa:text/html,<script>alert(1)</script>)
- [vbscript](vbscript:msgbox(1))
- [reference][ref]
- ![image with a script URL](javascript:alert(1))
- ![image with a data URL](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)
- <javascript:alert(1)>
- <data:text/html,x>
- [a fine link](https://example.org/fine) stays a link

[ref]: javascript:alert('ref')
`;

/** The same in a wire text, where every line is plain text. */
const attackWireHeadline = `Wire <script>alert('wire')</script> & <iframe src=javascript:alert(1)> "quoted"`;
const attackWire = `---
headline: ${JSON.stringify(attackWireHeadline)}
byline: "O'Neill </script> & <b>Sons</b>"
---
date 2031-05-06
KELDOR. <script>alert("wire")</script> The Keldor port opened <img src=x onerror=alert(1)> on Tuesday.

<a href="javascript:alert(1)" onclick="alert(2)">click</a> and <a href="JaVaScRiPt:alert(1)">this</a>, java\tscript:alert(1) and data:text/html,<script>alert(1)</script>

&lt;script&gt;already escaped&lt;/script&gt; and &amp; and &#60;b&#62; and <!-- a comment --> and ]]> and <![CDATA[x]]>

Photo credit: <script>alert('credit')</script> & "Keldor" Photo
`;

const allowedProtocols = new Set(["https:", "http:", "mailto:", "tel:"]);
/** Elements that no source may bring in; the layout uses none of them either, but for its own chart (isLayoutChart). */
const forbiddenElements = new Set(["iframe", "frame", "frameset", "object", "embed", "applet", "form", "button", "input", "textarea", "svg", "math", "base", "style", "template", "portal"]);
const urlAttributeNames = ["href", "src", "srcset", "action", "formaction", "poster", "cite", "data", "xlink:href", "background", "lowsrc", "ping"];

/**
 * The one SVG the layout draws itself: an entity's chart of articles per month (bars only; its
 * label holds month names and counts, no source text). Its rects are checked like any element.
 */
function isLayoutChart(tag: Tag): boolean {
  return tag.name === "svg" && tag.attributes.get("role") === "img" && /^Articles per month: [A-Za-z0-9 ,;]+\.$/.test(tag.attributes.get("aria-label") ?? "");
}

/** Text of an HTML fragment as a reader sees it: tags, comments and scripts removed, references decoded. */
function textOf(html: string): string {
  return decodeCharacterReferences(
    html
      .replace(/<script[\s\S]*?<\/script>/gi, "")
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<[^>]*>/g, ""),
  );
}

/** Inner HTML of the first element `<name ...>...</name>` (no nesting of the same element). */
function innerOf(html: string, name: string): string | undefined {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, "i").exec(html);
  return match?.[1];
}

function metaContent(tags: readonly Tag[], key: "name" | "property" | "http-equiv", value: string): string | undefined {
  return tags.find((t) => t.name === "meta" && t.attributes.get(key)?.toLowerCase() === value.toLowerCase())?.attributes.get("content");
}

/**
 * The only pages that load a script (from the site itself: the search page runs Pagefind). Any
 * other page with a script, or a script from elsewhere, is a finding.
 */
const scriptedPages = new Set(["search/index.html"]);

/**
 * What is wrong with a document's markup, safety-wise (empty when nothing is). Inline scripts
 * are JSON-LD only; `scriptsAllowed` pages may also load scripts from the site's own files.
 */
function unsafeMarkup(html: string, pageUrl: string, scriptsAllowed = false): string[] {
  const found: string[] = [];
  for (const tag of scanTags(html)) {
    const where = `line ${tag.line} <${tag.name}>`;
    if (tag.name === "script") {
      const src = tag.attributes.get("src");
      if (src === undefined) {
        if (tag.attributes.get("type") !== "application/ld+json") found.push(`${where}: an inline script that is not JSON-LD`);
        if (/<\/script/i.test(tag.rawText ?? "")) found.push(`${where}: "</script" inside a script block`);
      } else if (!scriptsAllowed) {
        found.push(`${where}: a script (${src}) on a page that runs none`);
      } else if (new URL(src, pageUrl).origin !== siteOrigin) {
        found.push(`${where}: a script from elsewhere (${src})`);
      }
    }
    if (forbiddenElements.has(tag.name) && !isLayoutChart(tag)) found.push(`${where}: a forbidden element`);
    if (tag.name === "meta" && tag.attributes.get("http-equiv")?.toLowerCase() === "refresh") found.push(`${where}: a refresh`);
    for (const [name, value] of tag.attributes) {
      if (/^on/i.test(name)) found.push(`${where}: an event handler ${name}="${value}"`);
      if (name === "style") found.push(`${where}: an inline style`);
      if (!urlAttributeNames.includes(name)) continue;
      const urls = name === "srcset" ? value.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "") : [value];
      for (const url of urls) {
        // Browsers drop control characters and whitespace anywhere in a scheme.
        const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
        if (/(?:javascript|vbscript|data|livescript):/.test(compact)) found.push(`${where}: ${name}="${url}" is a script or data URL`);
        let protocol: string;
        try {
          protocol = new URL(url, pageUrl).protocol;
        } catch {
          continue;
        }
        if (!allowedProtocols.has(protocol)) found.push(`${where}: ${name}="${url}" resolves to the scheme ${protocol}`);
      }
    }
  }
  return found;
}

describe("safety of the built pages", () => {
  let output: string;
  let pages: Map<string, string>;
  const read = (file: string): string => readFileSync(path.join(output, file), "utf8");
  /** The article page whose <h1> reads exactly `headline`. */
  const pageOf = (headline: string): string => {
    const file = articlePageFiles(output).find((f) => textOf(innerOf(pages.get(f)!, "h1") ?? "") === headline);
    if (!file) throw new Error(`no article page with the headline ${JSON.stringify(headline)}`);
    return file;
  };

  beforeAll(async () => {
    ({ output } = await buildFixture({ ...fixtureFiles, "attack/markdown.md": attackMarkdown, "attack/wire.txt": attackWire }));
    pages = new Map(htmlFiles(output).map((file) => [file, read(file)]));
  });

  it("the checks can fail: a page with a script, a handler and script URLs is caught", () => {
    const bad = `<p onclick="x()">a</p><script>alert(1)</script><a href=" JaVa&#x09;Script:alert(1)">x</a><img src="data:image/png;base64,AA" alt=""><iframe src="/x"></iframe><a href="java&#10;script:x">y</a><script src="/assets/x.js"></script>`;
    const problems = unsafeMarkup(bad, `${siteOrigin}/`);
    expect(problems.join("\n")).toMatch(/event handler onclick/);
    expect(problems.join("\n")).toMatch(/an inline script that is not JSON-LD/);
    expect(problems.join("\n")).toMatch(/JaVa\tScript:alert\(1\)" is a script or data URL/);
    expect(problems.join("\n")).toMatch(/data:image\/png;base64,AA" is a script or data URL/);
    expect(problems.join("\n")).toMatch(/<iframe>: a forbidden element/);
    expect(problems.join("\n")).toMatch(/java\nscript:x" is a script or data URL/);
    expect(problems.join("\n")).toMatch(/a script \(\/assets\/x\.js\) on a page that runs none/);
    expect(unsafeMarkup('<script src="https://cdn.example/x.js"></script>', `${siteOrigin}/search/`, true).join("\n")).toMatch(/a script from elsewhere/);
  });

  it("no page has an inline script (other than JSON-LD), an event handler, a forbidden element or a script/data URL", () => {
    const problems: string[] = [];
    for (const [file, html] of pages) {
      for (const problem of unsafeMarkup(html, `${siteOrigin}${sitePathOf(file)}`, scriptedPages.has(file))) problems.push(`${file}: ${problem}`);
    }
    expect(pages.size).toBeGreaterThan(30);
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("shows raw HTML of a Markdown source as text, and drops script and data links", () => {
    const page = pages.get(pageOf(attackTitle))!;
    const article = innerOf(page, "article")!;
    const text = textOf(article);
    // Shown as text, not dropped: a reader sees what the source said.
    expect(text).toContain(`<script>alert("body")</script>`);
    expect(text).toContain(`<img src=x onerror="alert('img')">`);
    expect(text).toContain(`<iframe src="https://evil.example/frame"></iframe>`);
    // The one fine link is still a link (the renderer does not just drop every link), and no
    // other link or image came from the source; links to the site's own pages are the layout's.
    const articleTags = scanTags(article);
    const links = articleTags.filter((t) => t.name === "a").map((t) => t.attributes.get("href") ?? "");
    expect(links.filter((href) => !href.startsWith("/"))).toEqual(["https://example.org/fine"]);
    expect(articleTags.filter((t) => t.name === "img")).toEqual([]);
  });

  it("shows raw HTML of a wire text as text", () => {
    const file = pageOf(attackWireHeadline);
    const article = innerOf(pages.get(file)!, "article")!;
    const text = textOf(article);
    expect(text).toContain(`<script>alert("wire")</script> The Keldor port opened <img src=x onerror=alert(1)> on Tuesday.`);
    expect(text).toContain(`<a href="javascript:alert(1)" onclick="alert(2)">click</a>`);
    // A wire text is plain text: "&lt;" in it is shown as "&lt;", not decoded.
    expect(text).toContain("&lt;script&gt;already escaped&lt;/script&gt; and &amp; and &#60;b&#62; and <!-- a comment --> and ]]>");
    expect(text).toContain(`Photo: <script>alert('credit')</script> & "Keldor" Photo`);
    // Only the layout's own elements: nothing from the wire text became markup.
    const layoutElements = new Set(["article", "header", "h1", "h2", "p", "time", "span", "div", "section", "ul", "li", "a"]);
    const tags = scanTags(article);
    expect(tags.filter((t) => !layoutElements.has(t.name)).map((t) => t.name)).toEqual([]);
    expect(tags.filter((t) => t.name === "a" && !(t.attributes.get("href") ?? "").startsWith("/"))).toEqual([]);
    expect(tags.every((t) => [...t.attributes.keys()].every((name) => ["class", "href", "datetime", "aria-label", "role"].includes(name)))).toBe(true);
  });

  const cases = [
    { label: "a headline with </script> and <!--", headline: trickyHeadlines.scriptEnd, byline: `Nadia </script> O'Hare & "Co"`, source: "Keldor <Wire> Service" },
    { label: "a headline with markup", headline: attackTitle, byline: attackByline, source: attackSource },
    { label: "a wire headline with markup", headline: attackWireHeadline, byline: `O'Neill </script> & <b>Sons</b>`, source: undefined },
    { label: "a headline with & and quotes", headline: trickyHeadlines.ampersand, byline: "Mira Feldhaus", source: "Varnossa News Agency" },
    { label: "a headline with < and '", headline: trickyHeadlines.lessThan, byline: "Lev O'Brannagh & Sons", source: undefined },
  ];

  it.each(cases)("escapes $label in HTML text and attributes", ({ headline, byline, source }) => {
    const file = pageOf(headline);
    const page = pages.get(file)!;
    const tags = scanTags(page);
    expect(textOf(innerOf(page, "h1")!)).toBe(headline);
    expect(textOf(innerOf(page, "title")!)).toBe(`${headline} — Wireroom`);
    expect(metaContent(tags, "property", "og:title")).toBe(headline);
    expect(metaContent(tags, "name", "twitter:title")).toBe(headline);
    expect(textOf(/<span class="byline">([\s\S]*?)<\/span>/.exec(page)![1]!)).toBe(`By ${byline}`);
    if (source) expect(textOf(/<span class="source">([\s\S]*?)<\/span>/.exec(page)![1]!)).toBe(`Source: ${source}`);
    // Text that holds "<" never appears unescaped.
    if (/[<>]/.test(headline)) expect(page).not.toContain(headline);
    if (/[<>]/.test(byline)) expect(page).not.toContain(byline);
    // The home page or a month archive lists it with the same text.
    const month = `news/${file.split("/").slice(1, 3).join("/")}/index.html`;
    const listed = scanTags(pages.get(month)!).filter((t) => t.name === "a");
    expect(listed.length).toBeGreaterThan(0);
    expect(textOf(pages.get(month)!)).toContain(headline);
  });

  it.each(cases)("keeps $label exact inside JSON-LD, which never holds </script or <!--", ({ headline, byline, source }) => {
    const page = pages.get(pageOf(headline))!;
    const blocks = scanTags(page).filter((t) => t.name === "script");
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const data = blocks.map((block) => {
      expect(block.attributes.get("type")).toBe("application/ld+json");
      expect(block.rawText).not.toMatch(/<\/script|<!--|<script/i);
      return JSON.parse(block.rawText!) as Record<string, unknown>;
    });
    const article = data.find((d) => d["@type"] === "NewsArticle")!;
    expect(article["headline"]).toBe(headline);
    expect((article["author"] as { name: string }).name).toBe(byline);
    if (source) expect((article["sourceOrganization"] as { name: string }).name).toBe(source);
    const crumbs = data.find((d) => d["@type"] === "BreadcrumbList")!["itemListElement"] as { name: string }[];
    expect(crumbs.at(-1)!.name).toBe(headline);
  });

  it.each(cases)("keeps $label exact in the RSS, Atom and JSON feeds", ({ headline, byline }) => {
    const lint = spawnSync("xmllint", ["--noout", "--nonet", "feed.xml", "feed.atom"], { cwd: output, encoding: "utf8" });
    expect(lint.stderr).toBe("");
    const rss = parseXml(read("feed.xml")).root;
    const channel = firstChild(rss, undefined, "channel")!;
    const rssTitles = childElements(channel, undefined, "item").map((item) => textContent(firstChild(item, undefined, "title")!));
    expect(rssTitles).toContain(headline);
    const atom = parseXml(read("feed.atom")).root;
    const atomTitles = atom.children.filter((n): n is XmlElement => typeof n !== "string" && n.local === "entry").map((entry) => {
      const title = entry.children.find((n): n is XmlElement => typeof n !== "string" && n.local === "title")!;
      return textContent(title);
    });
    expect(atomTitles).toContain(headline);
    const json = JSON.parse(read("feed.json")) as { items: { title: string; authors?: { name: string }[]; content_html: string }[] };
    const item = json.items.find((i) => i.title === headline);
    expect(item).toBeDefined();
    expect(item!.authors?.[0]?.name).toBe(byline);
    // Feed readers render the content as HTML: it must be as safe as the page.
    expect(unsafeMarkup(item!.content_html, siteOrigin)).toEqual([]);
  });

  it("puts the strict Content-Security-Policy on every page, before anything else in the head", () => {
    const problems: string[] = [];
    for (const [file, html] of pages) {
      const tags = scanTags(html);
      const metaIndex = tags.findIndex((t) => t.name === "meta" && t.attributes.get("http-equiv")?.toLowerCase() === "content-security-policy");
      if (metaIndex === -1) {
        problems.push(`${file}: no Content-Security-Policy meta`);
        continue;
      }
      const firstOther = tags.findIndex((t) => ["script", "link", "style", "base", "img"].includes(t.name));
      if (firstOther !== -1 && firstOther < metaIndex) problems.push(`${file}: <${tags[firstOther]!.name}> comes before the CSP`);
      const directives = new Map(
        tags[metaIndex]!.attributes.get("content")!
          .split(";")
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...sources]) => [name!.toLowerCase(), sources] as const),
      );
      // Scripts from the site itself only; a scripted page may also compile WebAssembly
      // ('wasm-unsafe-eval' allows no JavaScript eval). Never 'unsafe-inline', a host or a scheme.
      const allowed = scriptedPages.has(file) ? ["'self'", "'none'", "'wasm-unsafe-eval'"] : ["'self'", "'none'"];
      const scripts = directives.get("script-src") ?? directives.get("default-src");
      if (!scripts) problems.push(`${file}: no script-src or default-src`);
      else if (scripts.some((s) => !allowed.includes(s))) problems.push(`${file}: script-src allows ${scripts.join(" ")}`);
      if (directives.get("object-src")?.join(" ") !== "'none'") problems.push(`${file}: object-src is not 'none'`);
      if (!directives.get("base-uri")) problems.push(`${file}: no base-uri`);
      if (!(directives.get("style-src") ?? directives.get("default-src"))?.every((s) => s === "'self'")) problems.push(`${file}: style-src is not 'self'`);
      if (/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/.test(tags[metaIndex]!.attributes.get("content")!)) problems.push(`${file}: an unsafe-inline, unsafe-eval or unsafe-hashes source`);
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
