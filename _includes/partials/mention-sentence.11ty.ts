import type { Mention } from "../../src/entities/types.ts";
import { html, type SafeHtml } from "../../src/html/html.ts";

/** The sentence that names an entity, with the name itself marked. */
export function mentionSentence(mention: Mention): SafeHtml {
  const { sentence, sentenceStart, sentenceEnd } = mention;
  return html`<blockquote class="mention"><p>${sentence.slice(0, sentenceStart)}<mark>${sentence.slice(sentenceStart, sentenceEnd)}</mark>${sentence.slice(sentenceEnd)}</p></blockquote>`;
}
