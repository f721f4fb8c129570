/**
 * Hostile and malformed sources, generated deterministically (seeded PRNG), each built into a
 * folder that already holds a good build of the seed. Every source either builds (its article
 * page exists, passes html-validate and holds no character HTML forbids; every XML file is
 * well-formed) or fails with one message that starts with the file's name, never a stack
 * trace, and leaves the previous output byte-identical.
 *
 * One in-process build per source (Eleventy stays warm in this worker), so that every verdict
 * is attributable to one source.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, describeBuildError } from "../../src/cli/build-site.ts";
import { articlePageFiles, listFiles } from "../helpers/built-site.ts";
import { debrisOf } from "../helpers/debris.ts";
import { hashTree } from "../helpers/output.ts";
import { seedFiles, seedPagePath } from "../helpers/seed.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

// --- Deterministic randomness ---------------------------------------------------------------

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(0x5eed_2031);
const randomInt = (max: number): number => Math.floor(random() * max);
const pick = <T>(items: readonly T[]): T => items[randomInt(items.length)]!;

// --- Valid sources to break (fictional people, organisations and places) --------------------

const validMarkdown = `---
title: "Keldor ferry service resumes after repairs"
date: 2031-04-08T08:00:00+05:00
summary: The ferry across the Kessel Sea runs again.
author: Ilse Varnholt
source: Keldoria Port Authority
---
The Keldor ferry resumed service on Tuesday, Director of the Kessel Ferry Company Arvid Stenmark said.

## Timetable

- Mondays and Thursdays
- *Saturdays* in summer

> “We are back,” Stenmark said.

See [the timetable](https://example.org/ferry) and \`code\`.
`;

const validWire = `date 2031-04-09
MARSK. Governor of Marsk Province Talia Brenner said on Wednesday that the province would build two new schools, funded by the Marsk Development Bank.

“Every child will have a place,” Brenner said.

Photo credit: marsk.example

The schools will open in 2033.
`;

const validWireWithFrontMatter = `---
headline: Marsk bank lends to farmers — at 2%
summary: Loans at two per cent.
---
date 2031-04-10
MARSK. The Marsk Development Bank will lend to 300 farmers at two per cent, Chair Oskar Lindqvist-Amari said.
`;

/** A Markdown article with this front matter (YAML lines) and body. */
const md = (frontMatter: string, body = "The Velsk council met on Monday, its speaker Ardo Pellin said.\n"): string => `---\n${frontMatter}\n---\n${body}`;
/** A Markdown article with a fine title and date and these extra front matter lines. */
const mdWith = (extra: string, body?: string): string => md(`title: Velsk council meets\ndate: 2031-04-11\n${extra}`, body);
/** A wire text with this date and body. */
const wire = (date: string, body = "VELSK. The Velsk council met on Monday, its speaker Ardo Pellin said."): string => `date ${date}\n${body}\n`;
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | string)[]): Uint8Array => {
  const chunks = parts.map((part) => (typeof part === "string" ? utf8(part) : Uint8Array.from(part)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};

// --- The hostile sources --------------------------------------------------------------------

interface HostileSource {
  readonly id: string;
  readonly category: string;
  readonly label: string;
  /** Files to add to the content folder (the source, and maybe a data file beside it). */
  readonly files: Readonly<Record<string, string | Uint8Array>>;
}

function generateSources(): HostileSource[] {
  const sources: HostileSource[] = [];
  const add = (category: string, label: string, ext: string, body: string | Uint8Array, extra: Record<string, string | Uint8Array> = {}, name?: string): void => {
    const id = `h${String(sources.length + 1).padStart(3, "0")}`;
    const file = name ?? `${id}-${category}.${ext}`;
    const stem = file.replace(/\.[^.]+$/, "");
    const files: Record<string, string | Uint8Array> = { [file]: body };
    for (const [suffix, content] of Object.entries(extra)) files[`${stem}${suffix}`] = content;
    sources.push({ id, category, label, files });
  };

  // Truncated copies of valid sources, at fixed offsets (start, front matter, date line) and
  // at random ones; byte offsets, so some cut a multi-byte character in two.
  for (const [ext, text] of [["md", validMarkdown], ["txt", validWire], ["txt", validWireWithFrontMatter]] as const) {
    const whole = utf8(text);
    const offsets = new Set([0, 1, 3, 4, 5, 8, 12, 16, 20, 30, 45, 60, whole.length - 1]);
    while (offsets.size < 24) offsets.add(1 + randomInt(whole.length - 2));
    for (const offset of [...offsets].sort((a, b) => a - b)) add("truncated", `${ext} cut at byte ${offset} of ${whole.length}`, ext, whole.subarray(0, offset));
  }

  // Random bytes, and random text of many scripts with a valid date line or without.
  for (let i = 0; i < 8; i++) {
    const length = 1 + randomInt(i < 6 ? 600 : 6000);
    add("random-bytes", `${length} random bytes`, i % 2 ? "md" : "txt", Uint8Array.from({ length }, () => randomInt(256)));
  }
  const alphabets = ["abcdefghijklmnopqrstuvwxyz ,.", "ABCXYZ 0123456789", "абвгдежзийклмн ", "ăçéîñøüß ", "🙂🎉🏳️‍🌈👩‍👩‍👧 ", "\n", "\n\n", "<>&\"'#*_[]()`!-:", "\u200b\u200e\u200f\u202e\u2066 ", "\t\u00a0\u3000", "---\n", "date "];
  for (let i = 0; i < 12; i++) {
    let text = "";
    const length = 20 + randomInt(2000);
    while (text.length < length) text += pick([...pick(alphabets)]);
    const withDate = i % 2 === 0;
    add("random-text", `${length} random characters${withDate ? " after a date line" : ""}`, i % 3 === 0 ? "md" : "txt", withDate ? `date 2031-04-${String(1 + (i % 28)).padStart(2, "0")}\n${text}` : text);
    if (i % 3 === 0) add("random-text", `${length} random characters as a Markdown body`, "md", md("title: Random body\ndate: 2031-04-12", text));
  }

  // Invalid UTF-8.
  const invalidUtf8: [string, Uint8Array][] = [
    ["a lone continuation byte", bytes("date 2031-04-13\nVELSK. Caf", [0x80], " open.")],
    ["an overlong slash", bytes("date 2031-04-13\nVELSK. A ", [0xc0, 0xaf], " path.")],
    ["an encoded surrogate", bytes("date 2031-04-13\nVELSK. A ", [0xed, 0xa0, 0x80], " half.")],
    ["a five-byte sequence", bytes("date 2031-04-13\nVELSK. A ", [0xf8, 0x88, 0x80, 0x80, 0x80], " five.")],
    ["a code point above U+10FFFF", bytes("date 2031-04-13\nVELSK. A ", [0xf4, 0x90, 0x80, 0x80], " big.")],
    ["a multi-byte character cut at the end", bytes("date 2031-04-13\nVELSK. The quote “", [0xe2, 0x80])],
    ["Latin-1 text", bytes("date 2031-04-13\nVELSK. The caf", [0xe9], " in Velsk opened.")],
    ["UTF-16LE with a BOM", Uint8Array.from([0xff, 0xfe, ...[..."date 2031-04-13\nVELSK. Text."].flatMap((c) => [c.charCodeAt(0), 0])])],
    ["invalid bytes in front matter", bytes("---\ntitle: Caf", [0xe9], "\ndate: 2031-04-13\n---\nBody text.\n")],
  ];
  for (const [label, body] of invalidUtf8) add("invalid-utf8", label, label.includes("front matter") ? "md" : "txt", body);

  // NUL bytes.
  add("nul", "a NUL in the body", "txt", wire("2031-04-14", "VELSK. The port\u0000 opened."));
  add("nul", "a NUL in front matter", "md", md("title: Velsk\u0000port\ndate: 2031-04-14"));
  add("nul", "a NUL first", "txt", `\u0000${wire("2031-04-14")}`);

  // Byte order marks.
  add("bom", "a BOM before the date line", "txt", `\ufeff${validWire}`);
  add("bom", "a BOM before front matter", "md", `\ufeff${validMarkdown}`);
  add("bom", "two BOMs", "txt", `\ufeff\ufeff${validWire}`);
  add("bom", "a BOM inside a paragraph", "txt", wire("2031-04-15", "VELSK. The\ufeff port opened."));
  add("bom", "a BOM in the title", "md", md("title: \ufeffVelsk port\ndate: 2031-04-15"));

  // Line endings.
  add("line-endings", "CRLF wire text", "txt", validWire.replace(/\n/g, "\r\n"));
  add("line-endings", "CRLF Markdown with front matter", "md", validMarkdown.replace(/\n/g, "\r\n"));
  add("line-endings", "lone CR wire text", "txt", validWire.replace(/\n/g, "\r"));
  add("line-endings", "lone CR Markdown with front matter", "md", validMarkdown.replace(/\n/g, "\r"));
  add("line-endings", "mixed CRLF, CR and LF", "txt", validWireWithFrontMatter.replace(/\n/g, () => pick(["\n", "\r\n", "\r", "\n\r"])));
  add("line-endings", "U+2028 and U+2029 as line breaks", "txt", wire("2031-04-16", "VELSK. One\u2028two\u2029three.\u2028\u2029Four."));
  add("line-endings", "form feeds and vertical tabs", "md", md("title: Velsk\fport\vreport\ndate: 2031-04-16", "The port\f opened.\v\n\n\fNext.\n"));

  // Sizes.
  const paragraph = "VELSK. The Velsk council met on Monday to discuss the port, the railway and the new bridge over the river. ";
  add("size", "a 10 MB body in paragraphs", "txt", `date 2031-04-17\n${Array.from({ length: 10 * 1024 * 1024 / (paragraph.length * 4 + 2) + 1 }, () => paragraph.repeat(4)).join("\n\n")}`);
  add("size", "a 1 MB single line", "txt", `date 2031-04-17\n${"Velsk ".repeat(1024 * 1024 / 6)}`);
  add("size", "a 1 MB single word", "md", md("title: One long word\ndate: 2031-04-17", `${"a".repeat(1024 * 1024)}\n`));
  add("size", "a 1 MB title", "md", md(`title: ${"Velsk ".repeat(200_000)}\ndate: 2031-04-17`));

  // Front matter with wrong types.
  const wrongTypes: [string, string][] = [
    ["title as a list", "title: [Velsk, port]\ndate: 2031-04-18"],
    ["title as a map", "title: { text: Velsk }\ndate: 2031-04-18"],
    ["title as a number", "title: 2031\ndate: 2031-04-18"],
    ["title as a float", "title: .inf\ndate: 2031-04-18"],
    ["title as a boolean", "title: true\ndate: 2031-04-18"],
    ["title as null", "title: ~\ndate: 2031-04-18"],
    ["title empty", "title: ''\ndate: 2031-04-18"],
    ["date as a number", "title: Velsk port\ndate: 2031"],
    ["date as a list", "title: Velsk port\ndate: [2031-04-18]"],
    ["date as a map", "title: Velsk port\ndate: { year: 2031 }"],
    ["date as a YAML timestamp", "title: Velsk port\ndate: 2031-04-18"],
    ["date-time as a YAML timestamp", "title: Velsk port\ndate: 2031-04-18T09:30:00+05:00"],
    ["date with a YAML 1.1 space", "title: Velsk port\ndate: 2031-04-18 09:30:00"],
    ["date tagged !!timestamp", "title: Velsk port\ndate: !!timestamp 2031-04-18"],
    ["date tagged !!binary", "title: Velsk port\ndate: !!binary aGVsbG8="],
    ["a custom tag", "title: !python/object:os.system Velsk\ndate: 2031-04-18"],
    ["draft as a string", 'title: Velsk port\ndate: 2031-04-18\ndraft: "true"'],
    ["draft as yes", "title: Velsk port\ndate: 2031-04-18\ndraft: yes"],
    ["draft as a number", "title: Velsk port\ndate: 2031-04-18\ndraft: 0"],
    ["summary as a list", "title: Velsk port\ndate: 2031-04-18\nsummary: [a, b]"],
    ["author as a map", "title: Velsk port\ndate: 2031-04-18\nauthor: { name: Ilse Varnholt }"],
    ["slug as a number", "title: Velsk port\ndate: 2031-04-18\nslug: 42"],
    ["entities as a list", "title: Velsk port\ndate: 2031-04-18\nentities: [Ardo Pellin]"],
    ["entities.add as a map", "title: Velsk port\ndate: 2031-04-18\nentities: { add: { name: Ardo Pellin } }"],
    ["entities.add of numbers", "title: Velsk port\ndate: 2031-04-18\nentities: { add: [1, 2] }"],
    ["entities.add of a bad type", "title: Velsk port\ndate: 2031-04-18\nentities: { add: [{ name: Ardo Pellin, type: robot }] }"],
    ["entities with an unknown key", "title: Velsk port\ndate: 2031-04-18\nentities: { keep: [Ardo Pellin] }"],
    ["modified before the date", "title: Velsk port\ndate: 2031-04-18\nmodified: 2031-04-01"],
    ["modified impossible", "title: Velsk port\ndate: 2031-04-18\nmodified: 2031-02-30"],
    ["modified as a list", "title: Velsk port\ndate: 2031-04-18\nmodified: [2031-04-19]"],
    ["tags as a string", "title: Velsk port\ndate: 2031-04-18\ntags: port"],
    ["a permalink out of the site", "title: Velsk port\ndate: 2031-04-18\npermalink: ../../escaped.html"],
    ["a layout", "title: Velsk port\ndate: 2031-04-18\nlayout: ../../../etc/passwd"],
    ["front matter as a list", "- title\n- date"],
    ["front matter as a scalar", "just a sentence"],
    ["front matter as a number", "42"],
  ];
  for (const [label, frontMatter] of wrongTypes) add("wrong-type", label, "md", md(frontMatter));
  add("wrong-type", "a wire text's front matter with a list headline", "txt", `---\nheadline: [a, b]\n---\n${wire("2031-04-18")}`);
  add("wrong-type", "a data file with a list headline", "txt", wire("2031-04-18"), { ".11tydata.json": '{"headline": ["a"]}' });
  add("wrong-type", "a data file that is a list", "txt", wire("2031-04-18"), { ".11tydata.json": "[1, 2]" });
  add("wrong-type", "a data file that is a string", "txt", wire("2031-04-18"), { ".11tydata.json": '"Velsk"' });
  add("wrong-type", "a data file with __proto__", "txt", wire("2031-04-18"), { ".11tydata.json": '{"__proto__": {"headline": "polluted"}, "headline": "Velsk port"}' });
  add("wrong-type", "a data file nested 10,000 deep", "txt", wire("2031-04-18"), { ".11tydata.json": `{"headline": ${"[".repeat(10_000)}${"]".repeat(10_000)}}` });
  add("wrong-type", "a data file with duplicate keys", "txt", wire("2031-04-18"), { ".11tydata.json": '{"headline": "One", "headline": "Two"}' });
  add("wrong-type", "an empty data file", "txt", wire("2031-04-18"), { ".11tydata.json": "" });

  // Unknown fields.
  for (const [label, line] of [
    ["an unknown field", "colour: red"],
    ["a field in the wrong case", "Title: Velsk"],
    ["__proto__", "__proto__: { draft: true }"],
    ["constructor", "constructor: Velsk"],
    ["toString", "toString: Velsk"],
    ["hasOwnProperty", "hasOwnProperty: 1"],
    ["an empty key", '"": Velsk'],
    ["a key with markup", '"<script>": x'],
  ] as const) {
    add("unknown-field", label, "md", mdWith(line));
  }

  // Dates out of range, impossible, or oddly written.
  const dates = [
    "1899-12-31", "1900-01-01", "2200-12-31", "2201-01-01", "0000-01-01", "9999-12-31", "2031-02-29", "2032-02-29", "2031-13-01",
    "2031-00-10", "2031-04-31", "2031-04-00", "2031-1-1", "31-04-2031", "2031/04/19", "-2031-04-19", "+002031-04-19", "2031-04-19x",
    "2031-04-19T25:00:00Z", "2031-04-19T12:60:00Z", "2031-04-19T12:00:60Z", "2031-04-19T12:00:00+15:00", "2031-04-19T12:00:00-25:00",
    "2031-04-19T12:00:00.123456789Z", "2031-04-19T12:00", "2031-04-19 12:00:00+05:00", "2031-W16-6", "2031-109", "now", "",
  ];
  for (const [i, date] of dates.entries()) {
    if (i % 2 === 0) add("date", `wire date "${date}"`, "txt", wire(date));
    else add("date", `Markdown date "${date}"`, "md", md(`title: Velsk port report ${i}\ndate: "${date}"`));
  }
  add("date", "a date line in lower case with tabs", "txt", "date\t2031-04-19\t\nVELSK. Text.\n");
  add("date", "DATE in capitals", "txt", "DATE 2031-04-19\nVELSK. Text.\n");
  add("date", "a date line after blank lines", "txt", "\n\n   \ndate 2031-04-19\nVELSK. Text.\n");
  add("date", "a date with the first paragraph on its line", "txt", "date 2031-04-19 VELSK. Text on the date line.\n");

  // Deeply nested Markdown.
  const nested: [string, string][] = [
    ["5,000 nested blockquotes", `${"> ".repeat(5000)}Deep.\n`],
    ["5,000 nested blockquote lines", Array.from({ length: 5000 }, (_, i) => `${">".repeat(i + 1)} level ${i}`).join("\n")],
    ["5,000 nested bullet lists", Array.from({ length: 5000 }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n")],
    ["5,000 nested list markers on one line", `${"- ".repeat(5000)}deep\n`],
    ["5,000 nested ordered lists", `${"1. ".repeat(5000)}deep\n`],
    ["5,000 opening brackets", `${"[".repeat(5000)}x${"](/)".repeat(50)}\n`],
    ["5,000 nested links", `${"[".repeat(5000)}a${"](https://example.org)".repeat(5000)}\n`],
    ["5,000 emphasis markers", `${"*".repeat(5000)}a${"*".repeat(5000)} ${"_a ".repeat(5000)}\n`],
    ["alternating emphasis", `${"*a **a ".repeat(5000)}\n`],
    ["5,000 backticks", `${"`".repeat(5000)}a${"`".repeat(4999)}\n`],
    ["5,000 less-than signs", `${"<".repeat(5000)}a${">".repeat(5000)}\n`],
    ["5,000 reference definitions and uses", `${Array.from({ length: 5000 }, (_, i) => `[r${i}]: https://example.org/${i}`).join("\n")}\n\n${Array.from({ length: 5000 }, (_, i) => `[x][r${i}]`).join(" ")}\n`],
    ["a table of 2,000 columns", `${"|a".repeat(2000)}|\n${"|-".repeat(2000)}|\n${"|1".repeat(2000)}|\n`],
    ["5,000 nested HTML-looking tags", `${"<div>".repeat(5000)}text${"</div>".repeat(5000)}\n`],
  ];
  for (const [label, body] of nested) add("nesting", label, "md", md("title: Deep Markdown\ndate: 2031-04-20", body));

  // Huge headings.
  add("heading", "a 100 KB heading", "md", md("title: A heading\ndate: 2031-04-21", `# ${"Velsk ".repeat(17_000)}\n\nBody.\n`));
  add("heading", "10,000 headings", "md", md("title: Many headings\ndate: 2031-04-21", "## Heading\n\n".repeat(10_000)));
  add("heading", "a setext heading of 5,000 lines", "md", md("title: A setext heading\ndate: 2031-04-21", `${"Velsk\n".repeat(5000)}===\n`));
  add("heading", "a 200 KB lead with no spaces and no headline", "txt", `date 2031-04-21\n${"Velsk".repeat(40_000)}\n`);
  add("heading", "a lead of emoji only and no headline", "txt", `date 2031-04-21\n${"🏳️‍🌈".repeat(500)}\n`);
  add("heading", "a lead whose cut falls inside a surrogate pair", "txt", `date 2031-04-21\nV${"😀".repeat(200)}\n`);

  // Only whitespace, only a date.
  for (const [label, text] of [
    ["an empty file", ""],
    ["spaces", "     "],
    ["newlines", "\n\n\n\n"],
    ["tabs and no-break spaces", "\t\u00a0\t\u00a0\n"],
    ["ideographic spaces", "\u3000\u3000\u3000"],
    ["zero-width characters", "\u200b\u200c\u200d\u2060\ufeff"],
  ] as const) {
    add("whitespace", `${label} (wire)`, "txt", text);
    add("whitespace", `${label} (Markdown)`, "md", text);
  }
  add("whitespace", "front matter and a whitespace body", "md", md("title: Velsk\ndate: 2031-04-22", " \n\t\n\u3000\n"));
  add("whitespace", "front matter and a zero-width body", "md", md("title: Velsk\ndate: 2031-04-22", "\u200b\n"));
  add("whitespace", "front matter and an empty Markdown construct", "md", md("title: Velsk\ndate: 2031-04-22", "---\n\n***\n\n>\n\n-\n\n#\n"));
  add("only-date", "only a date line", "txt", "date 2031-04-22");
  add("only-date", "a date line and blank lines", "txt", "date 2031-04-22\n\n\n\n");
  add("only-date", "a date line and a photo credit", "txt", "date 2031-04-22\n\nPhoto credit: velsk.example\n");
  add("only-date", "a date line and zero-width spaces", "txt", "date 2031-04-22\n\u200b\u200b\n");
  add("only-date", "only a date line, with front matter", "txt", "---\nheadline: Velsk\n---\ndate 2031-04-22\n");

  // Unclosed or odd front matter.
  add("front-matter", "unclosed, with a body", "md", "---\ntitle: Velsk\ndate: 2031-04-23\nThe body.\n");
  add("front-matter", "unclosed, no body", "md", "---\ntitle: Velsk\n");
  add("front-matter", "only ---", "md", "---");
  add("front-matter", "only --- and a newline", "md", "---\n");
  add("front-matter", "empty front matter, no body", "md", "---\n---\n");
  add("front-matter", "closed by ...", "md", "---\ntitle: Velsk\ndate: 2031-04-23\n...\nThe body.\n");
  add("front-matter", "unclosed in a wire text", "txt", "---\nheadline: Velsk\ndate 2031-04-23\nText.\n");
  add("front-matter", "a second front matter block", "md", `${md("title: Velsk\ndate: 2031-04-23", "---\ntitle: Other\n---\nBody.\n")}`);
  add("front-matter", "YAML with tabs for indentation", "md", "---\ntitle: Velsk\ndate: 2031-04-23\nentities:\n\tadd: [Ardo Pellin]\n---\nBody.\n");
  add("front-matter", "a YAML directive", "md", "---\n%YAML 1.1\ntitle: Velsk\ndate: 2031-04-23\n---\nBody.\n");
  add("front-matter", "two YAML documents", "md", "---\ntitle: Velsk\n--- \ndate: 2031-04-23\n---\nBody.\n");

  // Duplicate keys.
  add("duplicate-keys", "title twice", "md", md("title: One\ntitle: Two\ndate: 2031-04-24"));
  add("duplicate-keys", "date twice", "md", md("title: Velsk\ndate: 2031-04-24\ndate: 2031-04-25"));
  add("duplicate-keys", "title and headline", "md", md("title: One\nheadline: Two\ndate: 2031-04-24"));
  add("duplicate-keys", "a quoted and a plain key", "md", md('title: One\n"title": Two\ndate: 2031-04-24'));

  // YAML anchors and aliases.
  const laughs = ["  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
  for (let level = 1; level < 9; level++) {
    const previous = String.fromCharCode(96 + level);
    const name = String.fromCharCode(97 + level);
    laughs.push(`  ${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
  }
  add("yaml-bomb", "billion laughs at the top level", "md", md(`title: Velsk\ndate: 2031-04-26\n${laughs.map((l) => l.trim()).join("\n")}`));
  add("yaml-bomb", "billion laughs under a known field", "md", md(`title: Velsk\ndate: 2031-04-26\ntags:\n${laughs.join("\n")}`));
  add("yaml-bomb", "billion laughs in the title", "md", md(`tags:\n${laughs.join("\n")}\ntitle: *i\ndate: 2031-04-26`));
  add("yaml-bomb", "an alias to a missing anchor", "md", md("title: *nowhere\ndate: 2031-04-26"));
  add("yaml-bomb", "a recursive alias", "md", md("title: &a [*a]\ndate: 2031-04-26"));
  add("yaml-bomb", "a merge key", "md", md("base: &base { title: Velsk, date: 2031-04-26 }\n<<: *base"));
  add("yaml-bomb", "a title from an anchor", "md", md("title: &t Velsk port\nsummary: *t\ndate: 2031-04-26"));
  add("yaml-bomb", "1,000 aliases of one anchor", "md", md(`title: &t Velsk\ndate: 2031-04-26\ntags: [${Array(1000).fill("*t").join(", ")}]`));
  add("yaml-bomb", "5,000 nested flow sequences", "md", md(`title: Velsk\ndate: 2031-04-26\ntags: ${"[".repeat(5000)}${"]".repeat(5000)}`));
  add("yaml-bomb", "a 1 MB anchor name", "md", md(`title: &${"a".repeat(1024 * 1024)} Velsk\ndate: 2031-04-26`));

  // Long and odd slugs.
  add("slug", "a 1,000-character title", "md", md(`title: ${"Velsk port ".repeat(100)}\ndate: 2031-04-27`));
  add("slug", "a 10 KB slug field", "md", mdWith(`slug: ${"a".repeat(10_000)}`));
  add("slug", "a slug that climbs out", "md", mdWith("slug: ../../../../etc/passwd"));
  add("slug", "a slug with slashes", "md", mdWith("slug: news/2031/fake/"));
  add("slug", "a slug of dots", "md", mdWith('slug: ".."'));
  add("slug", "a slug index.html", "md", mdWith("slug: index.html"));
  add("slug", "a slug of emoji", "md", mdWith("slug: 🙂🙂"));
  add("slug", "a slug with a percent sign and a query", "md", mdWith('slug: "a%2F..%2F?x=1#y"'));
  add("slug", "a title that slugs to nothing", "md", md("title: '!!! ??? ...'\ndate: 2031-04-27"));

  // Headlines of emoji, RTL, zero-width and combining characters.
  const headlines: [string, string][] = [
    ["emoji", "🏳️‍🌈👩‍👩‍👧🇰🇿🎉"],
    ["Arabic", "مجلس فيلسك يجتمع"],
    ["Hebrew with a right-to-left override", "\u202eמועצת ולסק\u202c report"],
    ["bidi isolates left open", "\u2067Velsk \u2068port"],
    ["zero-width characters only", "\u200b\u200c\u200d"],
    ["combining marks", `V${"\u0301\u0308\u0327".repeat(100)}elsk`],
    ["a BOM and word joiners", "\ufeffVelsk\u2060port"],
    ["Cyrillic and Latin look-alikes", "Vеlsk роrt"],
    ["a line separator", "Velsk\u2028port"],
    ["markup and entities", "<b>Velsk</b> &amp; &lt;port&gt; &#x27;"],
  ];
  for (const [label, headline] of headlines) add("headline", `a headline of ${label}`, "md", md(`title: ${JSON.stringify(headline)}\ndate: 2031-04-28`));
  add("headline", "a wire headline of emoji", "txt", wire("2031-04-28"), { ".11tydata.json": JSON.stringify({ headline: "🙂🙃🙂" }) });

  // Control characters.
  const controls = "\u0001\u0002\u0007\u0008\u000b\u000c\u000e\u001b\u001f\u007f\u0080\u0085\u009f";
  add("control", "C0 and C1 controls in a wire body", "txt", wire("2031-04-29", `VELSK. The port${controls} opened.`));
  add("control", "controls in a Markdown body", "md", md("title: Velsk\ndate: 2031-04-29", `The port${controls} opened.\n`));
  add("control", "controls in a title", "md", md(`title: "Velsk\\u0007 port\\u001b[31m red"\ndate: 2031-04-29`));
  add("control", "controls in a summary and author", "md", md('title: Velsk\ndate: 2031-04-29\nsummary: "Sum\\x01mary"\nauthor: "Ilse\\x1b Varnholt"'));
  add("control", "an escape sequence in a wire headline", "txt", wire("2031-04-29"), { ".11tydata.json": JSON.stringify({ headline: "Velsk \u001b[2J port" }) });
  add("control", "noncharacters", "txt", wire("2031-04-29", "VELSK. Non\ufffe\uffff\ufdd0characters."));
  add("control", "a replacement character", "txt", wire("2031-04-29", "VELSK. Replaced \ufffd here."));
  add("control", "a DEL in the date line", "txt", "date 2031-04-29\u007f\nVELSK. Text.\n");
  add("control", "a vertical tab between the date and the body", "txt", "date 2031-04-29\u000bVELSK. Text.\n");
  add("control", "a control character in an entity name", "md", mdWith('entities: { add: ["Ardo\\u0007 Pellin"] }'));

  // Odd file names.
  add("file-name", "spaces and Cyrillic in the name", "md", validMarkdown.replace("Keldor ferry", "Velsk ferry"), {}, "Велск новости 2031.md");
  add("file-name", "markup in the name", "txt", validWire, {}, `a&b <c> "d" 'e'.txt`);
  add("file-name", "an upper-case extension", "txt", validWire.replace("MARSK.", "MARSK (upper)."), {}, "UPPER.TXT");
  add("file-name", "a 200-character name", "md", validMarkdown, {}, `${"n".repeat(200)}.md`);
  add("file-name", "a name starting with a dash", "txt", validWire, {}, "--output=elsewhere.txt");
  add("file-name", "a folder of its own", "md", validMarkdown, {}, "deep/er/still/article.md");

  return sources;
}

// --- Checks ----------------------------------------------------------------------------------

/**
 * html-validate's recommended rules, minus what is style, not validity:
 * - doctype-style: `<!doctype html>` in lower case is as valid as upper case.
 * - long-title: a title longer than 70 characters is SEO advice; headlines are as long as they are.
 * - no-trailing-whitespace: spaces at the end of a line come from the source text (and inside
 *   `<pre>` must stay); they change nothing a reader or a parser sees.
 * - no-redundant-role, prefer-native-element: `role="list"` on the styled `<ul>`/`<ol>` lists is
 *   deliberate; Safari drops list semantics from lists with `list-style: none` without it.
 */
const htmlValidate = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: { "doctype-style": "off", "long-title": "off", "no-trailing-whitespace": "off", "no-redundant-role": "off", "prefer-native-element": "off" },
});

/**
 * Characters that are parse errors in an HTML document (NUL, controls other than whitespace,
 * noncharacters, lone surrogates). vnu rejects them; html-validate does not look for them.
 */
const forbiddenInHtml = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

function forbiddenCharacterIn(html: string): string | undefined {
  const match = forbiddenInHtml.exec(html);
  if (!match) return undefined;
  const line = html.slice(0, match.index).split("\n").length;
  return `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} on line ${line}`;
}

const hugePage = 2 * 1024 * 1024;

/** Known bugs outside src/articles and src/html, reported and not fixed here: id -> reason. */
const knownBugs: Readonly<Record<string, string>> = {};

describe("hostile and malformed sources", () => {
  const sources = generateSources();
  let input: string;
  let reference: string;
  let referenceHashes: Record<string, string>;
  let referenceFiles: Set<string>;
  const built: { id: string; output: string }[] = [];
  /** Article pages too big for html-validate (25 s for 10 MB): checked by vnu, in one run at the end. */
  const hugePages: string[] = [];
  const rejected: { id: string; message: string }[] = [];

  beforeAll(async () => {
    input = tempContent(seedFiles);
    reference = path.join(tempDir(), "seed-site");
    await buildSite({ input, output: reference });
    referenceHashes = hashTree(reference);
    referenceFiles = new Set(Object.keys(referenceHashes));
  });

  afterAll(() => {
    if (process.env["HOSTILE_VERBOSE"]) {
      for (const { id, output } of built) console.info(`${id} built: ${articlePageFiles(output).filter((f) => f !== seedPagePath).join(", ")}`);
      for (const { id, message } of rejected) console.info(`${id} rejected: ${message.slice(0, 300)}`);
    }
    console.info(`hostile inputs: ${sources.length} tried, ${built.length} built, ${rejected.length} rejected`);
  });

  it("are many and varied", () => {
    expect(sources.length).toBeGreaterThanOrEqual(200);
    expect(new Set(sources.map((s) => s.category)).size).toBeGreaterThanOrEqual(15);
  });

  for (const source of sources) {
    const title = `${source.id} ${source.category}: ${source.label}`;
    const known = knownBugs[source.id];
    const test = known ? it.fails : it;
    test(known ? `${title} (KNOWN BUG: ${known})` : title, async () => {
      const output = path.join(tempDir(), "site");
      // The published site is a link to a version: the copy is of the site itself.
      cpSync(realpathSync(reference), output, { recursive: true });
      const names = Object.keys(source.files);
      for (const [name, body] of Object.entries(source.files)) {
        const file = path.join(input, name);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, body);
      }
      try {
        let error: unknown;
        try {
          await buildSite({ input, output });
        } catch (caught) {
          error = caught;
        }
        // Nothing written beside the output (a permalink or slug that climbs out, a staging folder left behind).
        // (Beside it only the folder of its published versions, holding nothing a build left.)
        expect(readdirSync(path.dirname(output)).filter((name) => name !== ".site.builds")).toEqual(["site"]);
        expect(debrisOf(output)).toEqual([]);
        if (error === undefined) {
          built.push({ id: source.id, output });
          const pages = articlePageFiles(output).filter((file) => file !== seedPagePath);
          expect(pages, "the new article's page").toHaveLength(1);
          const page = readFileSync(path.join(output, pages[0]!), "utf8");
          if (page.length > hugePage) {
            hugePages.push(path.join(output, pages[0]!));
          } else {
            const report = await htmlValidate.validateString(page, pages[0]!);
            const messages = report.results.flatMap((r) => r.messages.map((m) => `${pages[0]}:${m.line}:${m.column}: ${m.ruleId} ${m.message}`));
            expect(messages, messages.join("\n")).toEqual([]);
          }
          for (const file of listFiles(output).filter((f) => f.endsWith(".html") && (!referenceFiles.has(f) || f === "index.html"))) {
            expect(forbiddenCharacterIn(readFileSync(path.join(output, file), "utf8")), `a character HTML forbids in ${file}`).toBeUndefined();
          }
        } else {
          const message = describeBuildError(error);
          rejected.push({ id: source.id, message });
          expect(names.some((name) => message.startsWith(`${name}:`)), `"${message}" starts with one of ${names.join(", ")}`).toBe(true);
          expect(message).not.toMatch(/\n\s+at /);
          expect(message.length).toBeLessThan(2000);
          expect(hashTree(output)).toEqual(referenceHashes);
          rmSync(output, { recursive: true, force: true });
        }
      } finally {
        for (const name of names) rmSync(path.join(input, name), { force: true });
      }
    }, source.category === "size" ? 180_000 : 60_000);
  }

  it("wrote well-formed XML in every build that succeeded (xmllint, one batch)", () => {
    const xml = built.flatMap(({ output }) => listFiles(output).filter((f) => /\.(xml|atom|opml|xsl)$/.test(f)).map((f) => path.join(output, f)));
    expect(xml.length).toBeGreaterThan(0);
    const result = spawnSync("xmllint", ["--noout", "--nonet", "--huge", ...xml], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (result.error) throw result.error;
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    for (const { output } of built) JSON.parse(readFileSync(path.join(output, "feed.json"), "utf8"));
  });

  it("wrote huge article pages that pass the Nu Html Checker (one JVM run)", () => {
    expect(hugePages.length).toBeGreaterThan(0);
    const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));
    const result = spawnSync("java", ["-Xss8m", "-jar", vnuJar, "--errors-only", "--format", "gnu", ...hugePages], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
    if (result.error) throw result.error;
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("both built and rejected a fair share", () => {
    expect(built.length).toBeGreaterThan(40);
    expect(rejected.length).toBeGreaterThan(40);
  });
});
