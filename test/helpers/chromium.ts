import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { chromiumFlags, chromiumPath } from "../../src/cli/demo-site.ts";

/** Debian's chromium, which the browser tests need (`apt-get install chromium`). */
export const hasChromium = existsSync(chromiumPath);
export { chromiumPath };

/**
 * Browser tests skip themselves without chromium on a developer's machine, but never under
 * CI=true: there they run, and fail, so that a CI without a browser cannot pass unseen.
 */
export const skipBrowserTests = !hasChromium && !isCI(process.env);

export function isCI(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env["CI"];
  return value !== undefined && value !== "" && value !== "0" && value.toLowerCase() !== "false";
}

/** Starts Debian's chromium headless, with the same flags as `npm run lighthouse`. */
export function launchChromium(): Promise<Browser> {
  if (!hasChromium) throw new Error(`the browser tests need ${chromiumPath} (apt-get install chromium); under CI=true they fail without it`);
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumFlags] });
}
