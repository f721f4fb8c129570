/**
 * The few helpers we import from @11ty/eleventy-plugin-rss 3.0.0, which ships
 * no types. (The feed writers do not use them; the tests compare our
 * synchronous URL absolutiser against the plugin's.)
 */
declare module "@11ty/eleventy-plugin-rss" {
  /** `new URL(url, base).toString()`, or `url` unchanged when that throws. */
  export function absoluteUrl(url: string, base: string): string;
  /** Rewrites URL attributes in `html` against `base` via posthtml (async). */
  export function convertHtmlToAbsoluteUrls(html: string, base: string, processOptions?: Record<string, unknown>): Promise<string>;
  /** RFC 822 date; uses the machine's time zone unless `timeZone` is given. */
  export function dateToRfc822(value: Date | string | number, timeZone?: string): string;
  export function dateToRfc3339(value: Date | string | number): string;
}
