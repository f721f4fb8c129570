/**
 * A demonstration site for Lighthouse and the README's screenshots: the seed article (the one
 * real article) plus three months of fictional ones (src/cli/demo-articles.ts) (invented people, organisations and places only), one
 * with a generated lead photo; a static server that serves a built site as a host would (gzip,
 * content types, long caching for fingerprinted files); and how to start Debian's chromium.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";
import sharp from "sharp";
import { projectRoot } from "../project-root.ts";
import { demoStoryFiles } from "./demo-articles.ts";

const seed = "000_bb15c65c48445c85";

export const chromiumPath = "/usr/bin/chromium";
export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
] as const;

const fictional: Readonly<Record<string, string>> = {
  "2031/orlen-labs.md": `---
title: Orlen Valley University opens three laboratories with Varnossa's support
date: 2031-05-14T10:00:00+05:00
summary: The laboratories will study grain storage, rail safety and water.
author: Mira Feldhaus
source: Varnossa News Agency
image:
  file: images/velsk-harbour.png
  alt: Cranes and grain silos on the quay of Velsk harbour at dawn, a ship moored alongside.
  caption: The quay of Velsk, where the first grain from the laboratories' test fields will be shipped.
  credit: Wireroom illustration
---
Minister of Trade Dariga Omarbekova-Lind said on Tuesday that Orlen Valley University would open three new laboratories with support from the Republic of Varnossa.

“We will open three new laboratories this year,” Minister of Trade Dariga Omarbekova-Lind said after meeting the board of Orlen Valley University.

Rector of Orlen Valley University Tomas Rekk welcomed the decision. The Varnossa State Railways Company will build a new station near the campus.
`,
};

/** An invented harbour at dawn, drawn as SVG and rendered to a PNG photo stand-in. */
function harbourSvg(width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1600 900">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1d3557"/><stop offset="0.55" stop-color="#e76f51"/><stop offset="1" stop-color="#f4a261"/></linearGradient>
<linearGradient id="sea" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#264653"/><stop offset="1" stop-color="#10242c"/></linearGradient></defs>
<rect width="1600" height="560" fill="url(#sky)"/><circle cx="1180" cy="520" r="70" fill="#ffd6a5"/>
<rect y="560" width="1600" height="340" fill="url(#sea)"/>
<path d="M0 560 L220 470 L420 540 L640 450 L900 560 Z" fill="#3d405b"/>
<rect x="80" y="600" width="1440" height="40" fill="#2b2d42"/>
<g fill="#8d99ae"><rect x="180" y="380" width="90" height="220"/><rect x="290" y="400" width="90" height="200"/><rect x="400" y="360" width="90" height="240"/></g>
<g stroke="#edf2f4" stroke-width="10" fill="none"><path d="M700 600 V300 H900 M700 340 L800 300"/><path d="M1000 600 V260 H1240 M1000 300 L1120 260"/></g>
<path d="M760 700 H1420 L1360 800 H820 Z" fill="#e63946"/><rect x="1180" y="620" width="140" height="80" fill="#f1faee"/>
</svg>`;
}

/** Writes the demo sources (seed, its data file, the registry, fictional articles, the photo) into `dir`. */
export async function writeDemoContent(dir: string): Promise<string[]> {
  mkdirSync(path.join(dir, "2031"), { recursive: true });
  mkdirSync(path.join(dir, "images"), { recursive: true });
  for (const name of [`${seed}.txt`, `${seed}.11tydata.json`, "entities.yaml"]) {
    writeFileSync(path.join(dir, name), readFileSync(path.join(projectRoot, "content", name)));
  }
  const files = { ...fictional, ...demoStoryFiles() };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const png = await sharp(Buffer.from(harbourSvg(1600, 900))).png({ compressionLevel: 9 }).toBuffer();
  writeFileSync(path.join(dir, "images", "velsk-harbour.png"), png);
  return Object.keys(files);
}

/** Site path of the seed article. */
export const seedArticlePath = "/news/2026/02/26/central-asia-and-uk-discuss-closer-ties-in-education-science-and-technology/";
/** The fictional article with a lead photo. */
export const demoPhotoArticlePath = "/news/2031/05/14/orlen-valley-university-opens-three-laboratories-with-varnossas-support/";
/** An entity page with several (fictional) articles. */
export const demoEntityPath = "/organisations/orlen-valley-university/";

// --- Serving a built site ----------------------------------------------------------------

const contentTypes: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".wasm": "application/wasm",
  ".xml": "application/xml; charset=utf-8",
  ".atom": "application/atom+xml; charset=utf-8",
  ".opml": "text/x-opml; charset=utf-8",
  ".xsl": "text/xsl; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** Files whose name changes with their content may be cached for ever. */
function cacheControl(sitePath: string): string {
  return /^\/(assets\/site-[0-9a-f]{10}\.css|img\/.+)$/.test(sitePath) ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate";
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 at `port` (a free one when 0), as a static host does: folders by their
 * index.html (redirected to the slash), 404.html for anything missing, text compressed with
 * gzip when the client accepts it, long caching for fingerprinted files. `root` may still be
 * empty when the server starts (the port is needed for SITE_URL before the build).
 */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = createServer((request, response) => {
    const send = (status: number, file: string | undefined, sitePath: string, headers: Record<string, string> = {}): void => {
      const type = file ? (contentTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream") : "text/plain; charset=utf-8";
      let body = file ? readFileSync(file) : Buffer.alloc(0);
      const extra: Record<string, string> = { "cache-control": cacheControl(sitePath), ...headers };
      if (file && /^(text\/|application\/(json|xml|atom|wasm)|image\/svg)/.test(type) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
        body = gzipSync(body, { level: 6 });
        extra["content-encoding"] = "gzip";
        extra["vary"] = "accept-encoding";
      }
      if (file) extra["etag"] = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
      response.writeHead(status, { "content-type": type, "content-length": String(body.length), "x-content-type-options": "nosniff", ...extra });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    if (request.method !== "GET" && request.method !== "HEAD") return send(405, undefined, "", { allow: "GET, HEAD" });
    const notFound = (): void => {
      const page = path.join(base, "404.html");
      send(404, statSync(page, { throwIfNoEntry: false })?.isFile() ? page : undefined, "/404.html");
    };
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      return notFound();
    }
    const file = path.resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + path.sep)) return notFound();
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      if (!pathname.endsWith("/")) return send(301, undefined, pathname, { location: `${pathname}/` });
      const index = path.join(file, "index.html");
      return statSync(index, { throwIfNoEntry: false })?.isFile() ? send(200, index, pathname) : notFound();
    }
    if (stat?.isFile()) return send(200, file, pathname);
    notFound();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
