// Eleventy ships no type declarations for its main entry; this is the part we use.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; quietMode?: boolean; source?: "cli" | "script" });
    disableLogger(): void;
    write(): Promise<unknown>;
    toJSON(): Promise<unknown>;
  }
}
