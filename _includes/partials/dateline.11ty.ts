import type { DateTime } from "luxon";
import { html, type SafeHtml } from "../../src/html/html.ts";
import { displayDate, machineDate } from "../../src/seo/dates.ts";

/** A date as readers and machines both read it. */
export function dateline(date: DateTime): SafeHtml {
  return html`<time datetime="${machineDate(date)}">${displayDate(date)}</time>`;
}
