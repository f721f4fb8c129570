/**
 * A person's or organisation's name as a Pagefind filter value. Pagefind decodes character
 * references in the value (more than once: `&amp;lt;` in the page arrives as `<`) and its UI
 * shows filter labels as HTML, so a name holding markup would become markup on the search page.
 * Escaping cannot survive that; what reaches Pagefind must hold nothing that decodes or parses
 * to markup: `<` and `>` become the look-alike angle quotes ‹ ›, and an `&` that could start a
 * character reference becomes the full-width ＆. Real names hold none of them, and keep their value.
 */
export function pagefindFilterValue(name: string): string {
  return name.replace(/</g, "\u2039").replace(/>/g, "\u203a").replace(/&(?=[#a-zA-Z0-9])/g, "\uff06");
}
