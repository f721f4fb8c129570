import { convertHtmlToAbsoluteUrls } from "@11ty/eleventy-plugin-rss";
import { describe, expect, it } from "vitest";
import { absolutizeHtml, isAbsoluteHttpUrl, isAbsoluteUrl, requireAbsoluteHttpUrl } from "../../src/feeds/absolute-urls.ts";
import { parseSrcset } from "../../src/feeds/srcset.ts";
import { scanTags } from "../helpers/html-tags.ts";

const BASE = "https://wireroom.example/2026/02/26/story/";

describe("absolutizeHtml", () => {
  it("resolves double-quoted, single-quoted and unquoted values against the article URL", () => {
    expect(absolutizeHtml(`<a href="a.html">x</a>`, BASE)).toBe(`<a href="${BASE}a.html">x</a>`);
    expect(absolutizeHtml(`<a href='../b/'>x</a>`, BASE)).toBe(`<a href="https://wireroom.example/2026/02/26/b/">x</a>`);
    expect(absolutizeHtml(`<a href=c.html>x</a>`, BASE)).toBe(`<a href="${BASE}c.html">x</a>`);
    expect(absolutizeHtml(`<img src=/m/d.jpg alt=x>`, BASE)).toBe(`<img src="https://wireroom.example/m/d.jpg" alt=x>`);
  });

  it("tolerates whitespace around = and upper-case names", () => {
    expect(absolutizeHtml(`<A HREF = "a.html" >x</A>`, BASE)).toBe(`<A HREF = "${BASE}a.html" >x</A>`);
  });

  it("resolves a fragment against the article URL, not the feed or site root", () => {
    expect(absolutizeHtml(`<a href="#notes">n</a>`, BASE)).toBe(`<a href="${BASE}#notes">n</a>`);
    expect(absolutizeHtml(`<a href="#x">n</a>`, "https://wireroom.example/a/?p=1#old")).toBe(`<a href="https://wireroom.example/a/?p=1#x">n</a>`);
  });

  it("gives protocol-relative URLs the article's scheme", () => {
    expect(absolutizeHtml(`<img src="//cdn.example/x.png">`, BASE)).toBe(`<img src="https://cdn.example/x.png">`);
  });

  it("resolves query-only and empty references", () => {
    expect(absolutizeHtml(`<a href="?page=2">p</a>`, BASE)).toBe(`<a href="${BASE}?page=2">p</a>`);
    expect(absolutizeHtml(`<a href="">self</a>`, BASE)).toBe(`<a href="${BASE}">self</a>`);
  });

  it("leaves absolute, mailto:, tel: and data: URLs byte for byte", () => {
    const html =
      `<a href="https://Other.example/Path?q=1&amp;r=2">a</a><a href="mailto:desk@wireroom.example">m</a>` +
      `<a href='tel:+77000000000'>t</a><img src="data:image/gif;base64,R0lGOD"><a href=HTTP://x.example>u</a>`;
    expect(absolutizeHtml(html, BASE)).toBe(html);
  });

  it("rewrites each srcset candidate and keeps descriptors", () => {
    expect(absolutizeHtml(`<img srcset="a.jpg 1x, /b.jpg 2x,https://c.example/c.jpg 3x">`, BASE)).toBe(
      `<img srcset="${BASE}a.jpg 1x, https://wireroom.example/b.jpg 2x, https://c.example/c.jpg 3x">`,
    );
    expect(absolutizeHtml(`<source srcset='s-480.webp 480w,s-960.webp 960w'>`, BASE)).toBe(
      `<source srcset="${BASE}s-480.webp 480w, ${BASE}s-960.webp 960w">`,
    );
    expect(absolutizeHtml(`<img srcset=only.jpg>`, BASE)).toBe(`<img srcset="${BASE}only.jpg">`);
  });

  it("handles srcset URLs containing commas", () => {
    expect(parseSrcset("a,b.jpg 1x, c.jpg 2x")).toEqual([
      { url: "a,b.jpg", descriptor: "1x" },
      { url: "c.jpg", descriptor: "2x" },
    ]);
    expect(parseSrcset("x.jpg, y.jpg 2x")).toEqual([
      { url: "x.jpg", descriptor: "" },
      { url: "y.jpg", descriptor: "2x" },
    ]);
  });

  it("rewrites poster, cite and object data", () => {
    expect(absolutizeHtml(`<video poster="p.jpg" src="v.mp4"></video>`, BASE)).toBe(`<video poster="${BASE}p.jpg" src="${BASE}v.mp4"></video>`);
    expect(absolutizeHtml(`<blockquote cite="/src">q</blockquote>`, BASE)).toBe(`<blockquote cite="https://wireroom.example/src">q</blockquote>`);
    expect(absolutizeHtml(`<object data="o.svg"></object>`, BASE)).toBe(`<object data="${BASE}o.svg"></object>`);
  });

  it("does not treat data-* attributes or other attributes as URLs", () => {
    const html = `<div data-href="x" data="y" title="a.html" class="href"></div>`;
    expect(absolutizeHtml(html, BASE)).toBe(html);
  });

  it("decodes references before resolving and re-escapes the result", () => {
    expect(absolutizeHtml(`<a href="search?a=1&amp;b=2">s</a>`, BASE)).toBe(`<a href="${BASE}search?a=1&amp;b=2">s</a>`);
    expect(absolutizeHtml(`<a href='say"hi".html'>s</a>`, BASE)).toBe(`<a href="${BASE}say%22hi%22.html">s</a>`);
  });

  it("ignores look-alike markup in comments, scripts, styles and text", () => {
    const html =
      `<!-- <a href="c.html"> --><script>var s = '<a href="s.html">';</script>` +
      `<style>a[href="t.html"]{}</style><p>use href="x" in text</p><textarea><img src="z.png"></textarea>`;
    expect(absolutizeHtml(html, BASE)).toBe(html);
  });

  it("keeps everything outside rewritten values unchanged", () => {
    const html = `<p class="lead">Ünïcødé 🙂 &amp; <b>bold</b><br/><img alt="a > b" src=x.png /></p>`;
    expect(absolutizeHtml(html, BASE)).toBe(`<p class="lead">Ünïcødé 🙂 &amp; <b>bold</b><br/><img alt="a > b" src="${BASE}x.png" /></p>`);
  });

  it("survives unterminated tags and attributes, leaving them as browsers do (a tag cut off by the end of the text is dropped, not shown)", () => {
    expect(absolutizeHtml(`<a href="x.html`, BASE)).toBe(`<a href="x.html`);
    expect(absolutizeHtml(`<img src=x.png`, BASE)).toBe(`<img src=x.png`);
    expect(absolutizeHtml(`<img src=x.png><a href="y`, BASE)).toBe(`<img src="${BASE}x.png"><a href="y`);
    expect(absolutizeHtml(`a < b and <3`, BASE)).toBe(`a < b and <3`);
  });

  it("refuses a relative base URL", () => {
    expect(() => absolutizeHtml("<a href=x>", "/relative/")).toThrow(TypeError);
  });

  // Its speed is guarded by `npm run bench:micro` (bench/micro.ts), not timed here.
  it("absolutizes every one of 20,000 links", () => {
    const html = `<p><a href="a.html">a</a> <img src="/i.png" srcset="x.png 1x, y.png 2x"></p>\n`.repeat(20_000);
    const out = absolutizeHtml(html, BASE);
    expect(out).not.toContain('"a.html"');
    expect(out.split(`href="${BASE}a.html"`).length - 1).toBe(20_000);
    expect(out.split(`srcset="${BASE}x.png 1x, ${BASE}y.png 2x"`).length - 1).toBe(20_000);
  });
});

/** Every URL attribute value in `html`, in order, as [tag, attribute, decoded value]. */
function urlsOf(html: string): string[] {
  const out: string[] = [];
  for (const tag of scanTags(html)) {
    for (const [name, value] of tag.attributes) {
      if (["href", "src", "poster", "cite", "srcset", "data", "action"].includes(name)) {
        out.push(`${tag.name} ${name}=${value.replace(/\s*,\s*/g, ", ")}`);
      }
    }
  }
  return out;
}

describe("agrees with @11ty/eleventy-plugin-rss convertHtmlToAbsoluteUrls", () => {
  const samples = [
    `<p><a href="#frag">f</a> <a href='../up/'>u</a> <a href=plain.html>p</a></p>`,
    `<img src="/root.png" alt=""><img src="//cdn.example/p.png"><img srcset="a.jpg 1x, /b.jpg 2x">`,
    `<video poster="poster.jpg" src="clip.mp4"></video><blockquote cite="/source">q</blockquote>`,
    `<a href="mailto:desk@wireroom.example">m</a><a href="https://other.example/x">x</a><a href="?q=1">q</a>`,
    `<form action="send"></form><object data="o.svg"></object><source srcset="s.webp 480w, t.webp 960w">`,
  ];
  for (const html of samples) {
    it(`same URLs for ${html.slice(0, 40)}…`, async () => {
      const theirs = await convertHtmlToAbsoluteUrls(html, BASE);
      expect(urlsOf(absolutizeHtml(html, BASE))).toEqual(urlsOf(theirs));
    });
  }
});

describe("URL predicates", () => {
  it("isAbsoluteUrl needs a scheme", () => {
    expect(isAbsoluteUrl("https://x.example/")).toBe(true);
    expect(isAbsoluteUrl("mailto:a@b.example")).toBe(true);
    expect(isAbsoluteUrl("//x.example/")).toBe(false);
    expect(isAbsoluteUrl("/x")).toBe(false);
    expect(isAbsoluteUrl("#x")).toBe(false);
  });

  it("isAbsoluteHttpUrl needs http(s) and a host", () => {
    expect(isAbsoluteHttpUrl("https://wireroom.example/a/")).toBe(true);
    expect(isAbsoluteHttpUrl("http://wireroom.example")).toBe(true);
    expect(isAbsoluteHttpUrl("ftp://wireroom.example/")).toBe(false);
    expect(isAbsoluteHttpUrl("https:///nohost")).toBe(false);
    expect(isAbsoluteHttpUrl("/a/")).toBe(false);
    expect(isAbsoluteHttpUrl("42")).toBe(false);
    expect(() => requireAbsoluteHttpUrl("/a/", "thing")).toThrow(/thing must be an absolute/);
  });
});
