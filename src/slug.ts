/**
 * URL slugs for entity pages: ASCII, lower-case, hyphen-separated and stable.
 *
 * Cyrillic follows a simplified BGN/PCGN-style romanisation (й → y, х → kh, ц → ts, ю → yu,
 * я → ya; ъ and ь dropped) and the Kazakh letters use the Latin letters of the 2021 Kazakh
 * alphabet without their marks: ә → a, ғ → g, қ → q, ң → n, ө → o, ұ → u, ү → u, һ → h, і → i.
 * "&" becomes "and" and "+" becomes "plus" ("OPEC+" → "opec-plus"); apostrophes are dropped.
 * So "Тоқаев" → "toqaev" while "Токаев" → "tokaev": aliases, not slugs, join the two.
 */

const CYRILLIC: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  // Kazakh
  ә: "a", ғ: "g", қ: "q", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h", і: "i",
  // Ukrainian and Belarusian letters met in names
  є: "ye", ї: "yi", ґ: "g", ў: "u",
};

/** Latin letters that Unicode decomposition does not reduce to ASCII. */
const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ð: "d", þ: "th", ł: "l", ı: "i", ŋ: "n", ħ: "h",
};

function transliterateChar(char: string): string {
  return CYRILLIC[char] ?? LATIN_SPECIAL[char] ?? char;
}

/**
 * The longest name (and slug) an entity may have, in characters. Real names are far shorter (the
 * longest in the registry is 63); a slug is a folder name, which file systems cap at 255 bytes,
 * and a run of capitalised words in a lead must not become a page at all.
 */
export const longestName = 120;

/** FNV-1a, 32 bits: a short, stable fallback for names with no Latin or Cyrillic letter. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * Detection slugifies the same names over and over (every organisation draft, every entity of
 * every article): a bounded cache keeps the Unicode work to once per distinct name.
 */
const SLUG_CACHE = new Map<string, string>();
const SLUG_CACHE_LIMIT = 50_000;

export function slugify(name: string): string {
  let slug = SLUG_CACHE.get(name);
  if (slug === undefined) {
    slug = computeSlug(name);
    if (SLUG_CACHE.size >= SLUG_CACHE_LIMIT) SLUG_CACHE.clear();
    SLUG_CACHE.set(name, slug);
  }
  return slug;
}

function computeSlug(name: string): string {
  const lower = name.normalize("NFC").toLowerCase();
  const transliterated = Array.from(lower, transliterateChar).join("");
  const slug = transliterated
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/['\u2018\u2019\u02BC`\u00B4]/g, "")
    .replace(/&/g, " and ")
    .replace(/\+/g, " plus ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? `x-${shortHash(name.trim())}` : slug;
}
