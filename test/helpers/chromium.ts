import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { chromiumFlags, chromiumPath } from "../../src/cli/demo-site.ts";

/** Debian's chromium, which the browser tests need (`apt-get install chromium`); they are skipped without it. */
export const hasChromium = existsSync(chromiumPath);
export { chromiumPath };

/** Starts Debian's chromium headless, with the same flags as `npm run lighthouse`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumFlags] });
}
