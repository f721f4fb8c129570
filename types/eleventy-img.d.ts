// @11ty/eleventy-img 7 ships no type declarations; this is the part the lead-image step uses.
declare module "@11ty/eleventy-img" {
  export interface ImageStat {
    readonly format: string;
    readonly width: number;
    readonly height: number;
    readonly url: string;
    readonly sourceType: string;
    readonly srcset: string;
    readonly filename: string;
    readonly size: number;
    /** With `dryRun: true`: the encoded file, nothing written to disk. */
    readonly buffer?: Buffer;
  }

  export interface ImageOptions {
    widths?: (number | "auto" | null)[];
    formats?: string[];
    urlPath?: string;
    outputDir?: string;
    dryRun?: boolean;
    useCache?: boolean;
    filenameFormat?: (id: string, src: string, width: number, format: string) => string;
    sharpOptions?: Record<string, unknown>;
    sharpAvifOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpJpegOptions?: Record<string, unknown>;
    sharpPngOptions?: Record<string, unknown>;
    fixOrientation?: boolean;
  }

  export default function Image(src: string | Buffer, options?: ImageOptions): Promise<Record<string, ImageStat[]>>;
}
