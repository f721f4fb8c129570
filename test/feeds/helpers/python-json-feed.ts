/**
 * A second, independent JSON Feed reader: CPython's json module plus the
 * JSON Feed 1.1 "required" rules, written in Python. (Debian's feedparser
 * 6.0.10 predates JSON Feed support, so it cannot be the second reader here.)
 */

import { spawnSync } from "node:child_process";
import { SYSTEM_PYTHON } from "./feedparser.ts";

export interface PythonJsonFeed {
  /** Rule violations found; empty for a valid feed. */
  errors: string[];
  title: string | null;
  items: { id: string | null; url: string | null; title: string | null; date_published: string | null; tags: string[] }[];
}

const SCRIPT = String.raw`
import sys, json
errors = []
try:
    feed = json.loads(sys.stdin.buffer.read().decode("utf-8"))
except Exception as e:
    print(json.dumps({"errors": ["not JSON: %s" % e], "title": None, "items": []})); sys.exit(0)
def text(v):
    if isinstance(v, str):
        try:
            v.encode("utf-8")
        except UnicodeEncodeError:
            errors.append("lone surrogate in %r" % v)
    return v
if feed.get("version") != "https://jsonfeed.org/version/1.1":
    errors.append("version")
if not isinstance(feed.get("title"), str):
    errors.append("title")
if not isinstance(feed.get("items"), list):
    errors.append("items"); feed["items"] = []
items = []
for i, item in enumerate(feed["items"]):
    if not isinstance(item.get("id"), str):
        errors.append("item %d id" % i)
    if "content_html" not in item and "content_text" not in item:
        errors.append("item %d content" % i)
    for key in ("title", "summary", "content_html"):
        text(item.get(key))
    items.append({"id": item.get("id"), "url": item.get("url"), "title": item.get("title"),
                  "date_published": item.get("date_published"), "tags": item.get("tags", [])})
print(json.dumps({"errors": errors, "title": text(feed.get("title")), "items": items}, ensure_ascii=True))
`;

export function pythonJsonFeed(json: string): PythonJsonFeed {
  const result = spawnSync(SYSTEM_PYTHON, ["-c", SCRIPT], { input: json, encoding: "utf8" });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`python json reader failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as PythonJsonFeed;
}
