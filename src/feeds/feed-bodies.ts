import { readFileSync } from "node:fs";
import { writeWhole } from "../publish/write-whole.ts";

/**
 * The full-text bodies of the site feeds' items, kept between builds. The site feeds (RSS, Atom,
 * JSON Feed) carry the whole text of the newest articles, and an edit of one of them renders all
 * three again: without this, the bodies of the other 49 were made again from their sources (a
 * stored article keeps no body: reading it back parses its Markdown or wire text), about 80 ms of
 * a one-edit build at 10,000 articles.
 *
 * A body is the article's HTML as its source makes it, kept in the form the feeds write it (its
 * URLs made absolute against the article's URL, which its source and the settings decide, so
 * that 49 kept bodies are not absolutised again on every edit). It is kept by the article's
 * source path and source hash (text, data file, lead image), under a hash of everything else it
 * could follow from (the code that can change output, the settings): new code or settings find the
 * file under another key and start empty. Only the bodies read by the last build are written
 * back, so the file holds about one feed's worth. A missing, unreadable or foreign file is an
 * empty store: it is a cache, never trusted beyond its keys.
 */
export class FeedBodies {
  #kept: Map<string, string> | undefined;
  readonly #used = new Map<string, string>();
  #made = false;

  constructor(
    private readonly file: string,
    /** The hash of what every body follows from beside its source (code, settings). */
    private readonly inputs: string,
  ) {}

  /** The body of the article at `sourcePath` with `sourceHash`: kept from a build before, or made now. */
  body(sourcePath: string, sourceHash: string, make: () => string): string {
    const key = `${sourcePath}\0${sourceHash}`;
    let body = this.#used.get(key);
    if (body !== undefined) return body;
    body = this.#read().get(key);
    if (body === undefined) {
      body = make();
      this.#made = true;
    }
    this.#used.set(key, body);
    return body;
  }

  /** Writes the bodies this build read, when any was made anew or a kept one went unused: whole, or not at all (writeWhole). */
  save(): void {
    const kept = this.#kept;
    const unchanged = !this.#made && kept !== undefined && kept.size === this.#used.size;
    if (unchanged || this.#used.size === 0) return;
    try {
      writeWhole(this.file, JSON.stringify({ inputs: this.inputs, bodies: Object.fromEntries(this.#used) }));
    } catch {
      // A cache: a full disk or a read-only cache folder costs the next build the bodies, not this build.
    }
  }

  #read(): Map<string, string> {
    if (this.#kept) return this.#kept;
    this.#kept = new Map();
    try {
      const stored = JSON.parse(readFileSync(this.file, "utf8")) as { inputs?: unknown; bodies?: unknown };
      if (stored.inputs === this.inputs && typeof stored.bodies === "object" && stored.bodies !== null) {
        for (const [key, body] of Object.entries(stored.bodies)) if (typeof body === "string") this.#kept.set(key, body);
      }
    } catch {
      // Missing or unreadable: every body is made from its source, as without the store.
    }
    return this.#kept;
  }
}
