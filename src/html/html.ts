import { escapeHtml } from "./escape.ts";

/** HTML that is already safe to put in a page: made by `html` or `raw`, never by plain strings. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

/**
 * A tagged template for views: every interpolated value is escaped unless it is SafeHtml,
 * so forgetting to escape a headline or a name is impossible rather than merely unlikely.
 * `false`, `null` and `undefined` render as nothing, lists are joined.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Marks trusted markup (rendered Markdown, escaped wire text, JSON for a script block) as safe. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}
