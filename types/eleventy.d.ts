// Eleventy ships no type declarations for its main entry; this is the part we use.
declare module "@11ty/eleventy" {
  import type UserConfig from "@11ty/eleventy/UserConfig";

  export interface EleventyOptions {
    /** A config file to load; `false` loads none (the `config` callback is the whole configuration). */
    configPath?: string | false;
    /** Configures this run in-process (Eleventy 3's programmatic API), before any config file. */
    config?: (eleventyConfig: UserConfig) => void | Promise<void>;
    quietMode?: boolean;
    source?: "cli" | "script";
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    disableLogger(): void;
    write(): Promise<unknown>;
    toJSON(): Promise<unknown>;
  }
}
