/**
 * Runs the Universal Feed Parser (Debian's python3-feedparser) on a feed.
 *
 * It must be /usr/bin/python3: the python3 first on PATH is another
 * interpreter that does not see Debian's packages.
 */

import { spawnSync } from "node:child_process";

export const SYSTEM_PYTHON = "/usr/bin/python3";

export interface ParsedTag {
  term: string | null;
  scheme: string | null;
  label: string | null;
}

export interface ParsedEntry {
  title: string | null;
  link: string | null;
  id: string | null;
  /** published_parsed as ISO UTC ("2026-02-26T05:00:00Z"), or null. */
  published_parsed: string | null;
  updated_parsed: string | null;
  author: string | null;
  tags: ParsedTag[];
  summary: string | null;
  content: string[];
}

export interface ParsedFeed {
  bozo: number;
  bozo_exception: string | null;
  version: string;
  feed: { title: string | null; link: string | null; subtitle: string | null; language: string | null; updated_parsed: string | null };
  entries: ParsedEntry[];
}

const SCRIPT = String.raw`
import sys, json, time, feedparser
data = sys.stdin.buffer.read()
d = feedparser.parse(data)
def tm(t):
    return None if t is None else time.strftime('%Y-%m-%dT%H:%M:%SZ', t)
def entry(e):
    return {
        "title": e.get("title"),
        "link": e.get("link"),
        "id": e.get("id"),
        "published_parsed": tm(e.get("published_parsed")),
        "updated_parsed": tm(e.get("updated_parsed")),
        "author": e.get("author"),
        "tags": [{"term": t.get("term"), "scheme": t.get("scheme"), "label": t.get("label")} for t in e.get("tags", [])],
        "summary": e.get("summary"),
        "content": [c.get("value") for c in e.get("content", [])],
    }
f = d.feed
out = {
    "bozo": int(bool(d.bozo)),
    "bozo_exception": str(d.get("bozo_exception")) if d.bozo else None,
    "version": d.get("version", ""),
    "feed": {
        "title": f.get("title"), "link": f.get("link"), "subtitle": f.get("subtitle"),
        "language": f.get("language"), "updated_parsed": tm(f.get("updated_parsed")),
    },
    "entries": [entry(e) for e in d.entries],
}
sys.stdout.write(json.dumps(out, ensure_ascii=True))
`;

/**
 * Parses `feed` (RSS or Atom) with feedparser and returns its view as JSON.
 * Debian's feedparser 6.0.10 has no JSON Feed support (it arrived in 6.1).
 */
export function feedparser(feed: string): ParsedFeed {
  const result = spawnSync(SYSTEM_PYTHON, ["-c", SCRIPT], { input: feed, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`feedparser failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as ParsedFeed;
}

export function feedparserAvailable(): boolean {
  return spawnSync(SYSTEM_PYTHON, ["-c", "import feedparser"]).status === 0;
}
