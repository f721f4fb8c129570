/**
 * Text normalisation shared by the registry and detection, so that an alias written one
 * way in content/entities.yaml matches the same name typed another way in an article:
 * curly vs straight quotes, dash variants, diacritics, case and a trailing possessive.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

/** Curly quotes to straight ones, every dash to "-": the forms a keyboard types. */
export function foldPunctuation(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, "-");
}

/** "Türkiye" → "Turkiye", "Erdoğan" → "Erdogan"; Cyrillic letters stay Cyrillic. */
export function stripDiacritics(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").normalize("NFC");
}

/** Token keys are asked for again and again; a bounded cache keeps Unicode normalisation cheap. */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 100_000;

/** The key of one token: folded, without diacritics, lower-case. */
export function tokenKey(token: string): string {
  let key = KEY_CACHE.get(token);
  if (key === undefined) {
    key = stripDiacritics(foldPunctuation(token.normalize("NFKC"))).toLowerCase();
    if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
    KEY_CACHE.set(token, key);
  }
  return key;
}

/** Registry lookups key the same candidate names again and again; cached like token keys. */
const NAME_KEY_CACHE = new Map<string, string>();

/**
 * The lookup key of a whole name: tokens keyed as above, a leading "the" and a trailing
 * possessive dropped ("The Astana Times" = "Astana Times", "Kazakhstan's" = "Kazakhstan").
 */
export function nameKey(name: string): string {
  let key = NAME_KEY_CACHE.get(name);
  if (key === undefined) {
    key = computeNameKey(name);
    if (NAME_KEY_CACHE.size >= KEY_CACHE_LIMIT) NAME_KEY_CACHE.clear();
    NAME_KEY_CACHE.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  let key = tokenKey(name).replace(/\s+/g, " ").trim();
  key = key.replace(/^the\s+/, "");
  key = key.replace(/'s$/, "").replace(/s'$/, "s");
  return key;
}
