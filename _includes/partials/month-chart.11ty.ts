import { html, type SafeHtml } from "../../src/html/html.ts";
import type { MonthCount } from "../../src/model/monthly-counts.ts";
import { monthName } from "../../src/seo/dates.ts";

const barWidth = 10;
const gap = 2;
const height = 48;

const label = (m: MonthCount): string => `${monthName(m.month)} ${m.year}`;
const articles = (n: number): string => `${n} ${n === 1 ? "article" : "articles"}`;

/**
 * Articles per month as a small bar chart: inline SVG, no script, coloured by the stylesheet
 * (the CSP allows no style attributes). The picture's text alternative gives every month's
 * count, so a screen reader hears what the bars show.
 */
export function monthChart(months: readonly MonthCount[]): SafeHtml {
  const max = Math.max(...months.map((m) => m.count));
  const width = months.length * (barWidth + gap) - gap;
  const first = months[0]!;
  const last = months.at(-1)!;
  const description = `Articles per month: ${months.map((m) => `${label(m)}, ${m.count}`).join("; ")}.`;
  const peak = months.reduce((best, m) => (m.count > best.count ? m : best));
  return html`<figure class="month-chart">
<figcaption>Articles per month <span class="count">(most: ${articles(peak.count)} in ${label(peak)})</span></figcaption>
<svg role="img" aria-label="${description}" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" width="${Math.max(months.length * 16, 192)}" height="${height}" focusable="false">
${months.map((m, i) => {
  const h = m.count === 0 ? 0 : Math.max(2, Math.round((m.count / max) * (height - 2)));
  return html`<rect class="bar" x="${i * (barWidth + gap)}" y="${height - h}" width="${barWidth}" height="${h}"></rect>`;
})}
<rect class="axis" x="0" y="${height - 1}" width="${width}" height="1"></rect>
</svg>
<p class="month-chart-range" aria-hidden="true"><span>${label(first)}</span><span>${label(last)}</span></p>
</figure>`;
}
