/**
 * Namespace URIs shared by the writers and the lint, spelled once: a wrong
 * character (the classic is the content module without its trailing slash)
 * silently puts elements in another namespace that readers ignore.
 */

export const ATOM_NS = "http://www.w3.org/2005/Atom";
/** With the trailing slash: without it the validator and namespace-aware readers see another namespace. */
export const CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
export const DC_NS = "http://purl.org/dc/elements/1.1/";
