import { html, type SafeHtml } from "../../src/html/html.ts";

/**
 * A feed's address to copy into a feed reader. One click selects all of it (CSS user-select:
 * all), so copying needs no script; it is not a link, since a browser opening the XML shows
 * the reader a wall of code.
 */
export function feedAddress(url: string, label = "Feed address"): SafeHtml {
  return html`<p class="feed-address"><span class="feed-address-label">${label}</span> <code class="feed-url">${url}</code></p>`;
}
