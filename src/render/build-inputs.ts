import { createHash } from "node:crypto";
import type { BuildData } from "./build-data.ts";
import { codeFingerprint } from "./code-fingerprint.ts";

export { codeFingerprint };

/** Everything every page depends on: code, settings, stylesheet, registry. */
export function buildInputsFingerprint(build: BuildData, registryHash: string): string {
  return createHash("sha256")
    .update(codeFingerprint())
    .update(JSON.stringify(build.model.settings))
    .update(build.stylesheetPath)
    .update(registryHash)
    .digest("base64url");
}
