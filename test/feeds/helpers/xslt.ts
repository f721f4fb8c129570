/**
 * Applies an XSLT 1.0 stylesheet with libxslt, the engine Chromium and
 * WebKit use for feed stylesheets.
 *
 * Prefers the `xsltproc` command. When it is not installed but the libxslt
 * shared library is (it often is, as a dependency), drives the library through
 * Python's ctypes instead, so the check still runs against the real engine.
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SYSTEM_PYTHON } from "./feedparser.ts";

export const XSLTPROC = "/usr/bin/xsltproc";

const CTYPES_SCRIPT = String.raw`
import ctypes, sys, json
xml = ctypes.CDLL("libxml2.so.2")
xslt = ctypes.CDLL("libxslt.so.1")
xml.xmlReadMemory.restype = ctypes.c_void_p
xml.xmlReadMemory.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int]
xslt.xsltParseStylesheetDoc.restype = ctypes.c_void_p
xslt.xsltParseStylesheetDoc.argtypes = [ctypes.c_void_p]
xslt.xsltApplyStylesheet.restype = ctypes.c_void_p
xslt.xsltApplyStylesheet.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
xslt.xsltSaveResultToString.restype = ctypes.c_int
xslt.xsltSaveResultToString.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_int), ctypes.c_void_p, ctypes.c_void_p]
XML_PARSE_NONET = 1 << 11
def read(data, name):
    doc = xml.xmlReadMemory(data, len(data), name.encode(), None, XML_PARSE_NONET)
    if not doc:
        sys.exit("cannot parse " + name)
    return doc
job = json.loads(sys.stdin.read())
style = xslt.xsltParseStylesheetDoc(read(job["xsl"].encode("utf-8"), "feed.xsl"))
if not style:
    sys.exit("not a valid XSLT stylesheet")
result = xslt.xsltApplyStylesheet(style, read(job["xml"].encode("utf-8"), "feed.xml"), None)
if not result:
    sys.exit("transformation failed")
buf = ctypes.c_void_p()
size = ctypes.c_int()
if xslt.xsltSaveResultToString(ctypes.byref(buf), ctypes.byref(size), result, style) != 0:
    sys.exit("cannot serialise the result")
sys.stdout.write(ctypes.string_at(buf, size.value).decode("utf-8"))
`;

export type XsltEngine = "xsltproc" | "libxslt via ctypes";

/** The libxslt front ends usable here (possibly none). */
export function xsltEngines(): XsltEngine[] {
  const engines: XsltEngine[] = [];
  if (existsSync(XSLTPROC)) engines.push("xsltproc");
  const probe = spawnSync(SYSTEM_PYTHON, ["-c", 'import ctypes; ctypes.CDLL("libxml2.so.2"); ctypes.CDLL("libxslt.so.1")']);
  if (probe.status === 0) engines.push("libxslt via ctypes");
  return engines;
}

export const NO_XSLT_REASON = `${XSLTPROC} is not installed and libxslt.so.1 cannot be loaded from ${SYSTEM_PYTHON}`;

export interface XsltResult {
  ok: boolean;
  output: string;
  stderr: string;
}

export function transform(xml: string, xsl: string, engine: XsltEngine): XsltResult {
  if (engine === "xsltproc") {
    const dir = mkdtempSync(join(tmpdir(), "wireroom-xslt-"));
    try {
      writeFileSync(join(dir, "feed.xsl"), xsl);
      writeFileSync(join(dir, "feed.xml"), xml);
      const result = spawnSync(XSLTPROC, ["--nonet", join(dir, "feed.xsl"), join(dir, "feed.xml")], { encoding: "utf8" });
      return { ok: result.status === 0 && result.stderr.trim() === "", output: result.stdout, stderr: result.stderr };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const result = spawnSync(SYSTEM_PYTHON, ["-c", CTYPES_SCRIPT], { input: JSON.stringify({ xml, xsl }), encoding: "utf8" });
  return { ok: result.status === 0 && result.stderr.trim() === "", output: result.stdout, stderr: result.stderr };
}
