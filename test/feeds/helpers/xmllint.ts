/** Well-formedness (and namespace) check with libxml2's xmllint. */

import { spawnSync } from "node:child_process";

export const XMLLINT = "/usr/bin/xmllint";

export interface XmllintResult {
  ok: boolean;
  stderr: string;
}

/** `xmllint --noout -` on `xml`: ok only when it exits 0 and says nothing (namespace errors are printed). */
export function xmllint(xml: string): XmllintResult {
  const result = spawnSync(XMLLINT, ["--noout", "--nonet", "-"], { input: xml, encoding: "utf8" });
  if (result.error) throw result.error;
  return { ok: result.status === 0 && result.stderr.trim() === "", stderr: result.stderr };
}
