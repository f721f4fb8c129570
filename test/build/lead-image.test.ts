/**
 * Lead images: an article names a photo in its front matter or data file; the build encodes it
 * into AVIF, WebP and JPEG at responsive widths under /img/, shows it as a <figure> with
 * <picture>, size, alt text, caption and credit (fetched first, never lazily), and points
 * og:image, twitter:card, JSON-LD and the feeds at it. Same photo, same files, same bytes; an
 * unchanged photo is not encoded again. A photo without alt text, or a missing file, fails the
 * build naming the article. The photos are small solid-colour PNGs made by sharp in the test.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../src/articles/load-articles.ts";
import { buildSite, describeBuildError } from "../../src/cli/build-site.ts";
import { readStoredArticles } from "../../src/cli/build-state.ts";
import { buildIncremental } from "../../src/cli/incremental-build.ts";
import { createSiteLoader } from "../../src/model/load-site.ts";
import { processLeadImages } from "../../src/images/lead-images.ts";
import { scanTags } from "../helpers/built-site.ts";
import { hashTree, readOutput } from "../helpers/output.ts";
import { tempContent, tempDir } from "../helpers/temp-content.ts";

// Encoded images go to this file's own cache, not the project's .cache/.
process.env["WIREROOM_CACHE_DIR"] = tempDir();

/** A fictional harbour photo stand-in: a solid-colour PNG, 1000 × 560. */
async function photo(colour: { r: number; g: number; b: number }): Promise<Buffer> {
  return sharp({ create: { width: 1000, height: 560, channels: 3, background: colour } }).png().toBuffer();
}

const withImage = `---
title: Velsk harbour gets new grain cranes
date: 2031-05-14T09:30:00+05:00
summary: Two cranes will double the harbour's grain traffic.
image:
  file: images/velsk-cranes.png
  alt: Two red cranes over grain silos on the quay of Velsk.
  caption: The new cranes on the quay of Velsk.
  credit: Varnossa News Agency
---
Harbour master Ilse Varnholt said on Tuesday that two new cranes would double the grain traffic of Velsk.
`;

const wireWithImage = `date 2031-05-20
ORLEN. Orlen Valley University opened a laboratory for grain storage on Wednesday, its rector Tomas Rekk said.
`;
const wireData = JSON.stringify({
  headline: "Orlen Valley University opens a grain laboratory",
  image: { file: "images/lab.png", alt: "A laboratory bench with grain samples in glass jars.", credit: "Orlen Valley University" },
});

const seedlessFiles = async (): Promise<Record<string, string | Uint8Array>> => ({
  "velsk-cranes.md": withImage,
  "orlen-lab.txt": wireWithImage,
  "orlen-lab.11tydata.json": wireData,
  "images/velsk-cranes.png": await photo({ r: 160, g: 30, b: 40 }),
  "images/lab.png": await photo({ r: 30, g: 90, b: 140 }),
});

const articlePath = "news/2031/05/14/velsk-harbour-gets-new-grain-cranes/index.html";
const wirePath = "news/2031/05/20/orlen-valley-university-opens-a-grain-laboratory/index.html";

describe("an article with a lead image", () => {
  let input: string;
  let output: string;
  let page: string;
  beforeAll(async () => {
    input = tempContent(await seedlessFiles());
    output = path.join(tempDir(), "site");
    await buildSite({ input, output });
    page = readOutput(output, articlePath);
  });

  it("shows a <figure> with AVIF and WebP sources, a sized JPEG <img>, alt text, caption and credit", () => {
    const figure = /<figure class="lead-image">[\s\S]*?<\/figure>/.exec(page)?.[0];
    expect(figure).toBeDefined();
    const tags = scanTags(figure!);
    const sources = tags.filter((t) => t.name === "source");
    expect(sources.map((s) => s.attributes.get("type"))).toEqual(["image/avif", "image/webp"]);
    for (const source of sources) expect(source.attributes.get("srcset")).toMatch(/^\/img\/[0-9a-f]{16}-480\.(avif|webp) 480w, \/img\/[0-9a-f]{16}-960\.(avif|webp) 960w$/);
    const img = tags.find((t) => t.name === "img")!;
    expect(img.attributes.get("src")).toMatch(/^\/img\/[0-9a-f]{16}-960\.jpeg$/);
    expect(img.attributes.get("srcset")).toMatch(/-480\.jpeg 480w, .*-960\.jpeg 960w$/);
    expect(img.attributes.get("sizes")).toBeTruthy();
    expect([img.attributes.get("width"), img.attributes.get("height")]).toEqual(["960", "537"]);
    expect(img.attributes.get("alt")).toBe("Two red cranes over grain silos on the quay of Velsk.");
    // The largest paint of the page: fetched first, never lazily.
    expect(img.attributes.get("fetchpriority")).toBe("high");
    expect(img.attributes.has("loading")).toBe(false);
    expect(figure).toContain("<figcaption>The new cranes on the quay of Velsk. <span class=\"image-credit\">Photo: Varnossa News Agency</span></figcaption>");
    // Above the lead paragraph.
    expect(page.indexOf('<figure class="lead-image">')).toBeLessThan(page.indexOf('<div class="lead">'));
  });

  it("writes every file the page names, in three formats", () => {
    const files = Object.keys(hashTree(output)).filter((f) => f.startsWith("img/"));
    // Two photos, two widths each (1000 px originals are not upscaled), three formats.
    expect(files).toHaveLength(12);
    for (const tag of scanTags(page).filter((t) => t.name === "img" || t.name === "source")) {
      const urls = [tag.attributes.get("src"), ...(tag.attributes.get("srcset") ?? "").split(",").map((c) => c.trim().split(" ")[0])].filter(Boolean);
      for (const url of urls) expect(existsSync(path.join(output, url!)), url).toBe(true);
    }
  });

  it("puts the image in og:image, twitter:card and JSON-LD, with absolute URLs", () => {
    const tags = scanTags(page);
    const meta = (key: string): string | undefined => tags.find((t) => t.name === "meta" && (t.attributes.get("property") ?? t.attributes.get("name")) === key)?.attributes.get("content");
    expect(meta("og:image")).toMatch(/^https:\/\/wireroom\.example\.org\/img\/[0-9a-f]{16}-960\.jpeg$/);
    expect(meta("og:image:alt")).toBe("Two red cranes over grain silos on the quay of Velsk.");
    expect(meta("og:image:width")).toBe("960");
    expect(meta("twitter:card")).toBe("summary_large_image");
    const jsonLd = tags.filter((t) => t.name === "script").map((t) => JSON.parse(t.rawText!) as Record<string, unknown>);
    const article = jsonLd.find((d) => d["@type"] === "NewsArticle")!;
    expect(article["image"]).toEqual({
      "@type": "ImageObject",
      url: meta("og:image"),
      contentUrl: meta("og:image"),
      width: 960,
      height: 537,
      caption: "The new cranes on the quay of Velsk.",
      creditText: "Varnossa News Agency",
    });
    // A page without an image keeps the small card.
    expect(readOutput(output, "index.html")).toContain('<meta name="twitter:card" content="summary">');
  });

  it("takes the image from a wire text's data file too", () => {
    const wire = readOutput(output, wirePath);
    expect(wire).toContain('alt="A laboratory bench with grain samples in glass jars."');
    expect(wire).toContain('<span class="image-credit">Photo: Orlen Valley University</span>');
  });

  it("gives the feeds the image: JSON Feed's image, and a figure at the top of every feed's content", () => {
    const feed = JSON.parse(readOutput(output, "feed.json")) as { items: { title: string; image?: string; content_html: string }[] };
    const item = feed.items.find((i) => i.title === "Velsk harbour gets new grain cranes")!;
    expect(item.image).toMatch(/^https:\/\/wireroom\.example\.org\/img\/[0-9a-f]{16}-960\.jpeg$/);
    expect(item.content_html).toMatch(/^<figure><img src="https:\/\/wireroom\.example\.org\/img\/[0-9a-f]{16}-960\.jpeg" alt="Two red cranes over grain silos on the quay of Velsk\." width="960" height="537">/);
    for (const file of ["feed.xml", "feed.atom"]) expect(readOutput(output, file)).toMatch(/(<|&lt;)img src=(&quot;|")https:\/\/wireroom\.example\.org\/img\/[0-9a-f]{16}-960\.jpeg/);
  });

  it("writes the same bytes again, from the cache or encoded afresh", async () => {
    const again = path.join(tempDir(), "site");
    await buildSite({ input, output: again });
    const images = (dir: string): Record<string, string> => Object.fromEntries(Object.entries(hashTree(dir)).filter(([f]) => f.startsWith("img/")));
    expect(images(again)).toEqual(images(output));
    // A fresh cache: encoded again, byte for byte the same.
    const loaded = loadArticles(input, { zone: "Asia/Almaty", includeDrafts: false });
    const fresh = path.join(tempDir(), "site");
    const first = await processLeadImages({ articles: loaded.articles, contentDir: input, outputDir: fresh, cacheDir: tempDir() });
    expect(first.encoded).toBe(2);
    expect(images(fresh)).toEqual(images(output));
  });

  it("does not encode an unchanged photo twice", async () => {
    const loaded = loadArticles(input, { zone: "Asia/Almaty", includeDrafts: false });
    const cacheDir = tempDir();
    const options = { articles: loaded.articles, contentDir: input, cacheDir };
    expect((await processLeadImages({ ...options, outputDir: path.join(tempDir(), "a") })).encoded).toBe(2);
    const second = await processLeadImages({ ...options, outputDir: path.join(tempDir(), "b") });
    expect(second.encoded).toBe(0);
    expect(second.images.get("velsk-cranes.md")?.fallback.map((f) => f.width)).toEqual([480, 960]);
  });
});

describe("a lead image replaced or dropped, then an incremental build", () => {
  const imageFiles = (dir: string): Record<string, string> => Object.fromEntries(Object.entries(hashTree(dir)).filter(([f]) => f.startsWith("img/")));

  it("publishes only the images a full build would: the old photo's files go", async () => {
    const input = tempContent(await seedlessFiles());
    const output = path.join(tempDir(), "site");
    await buildSite({ input, output, searchIndex: false });
    const before = Object.keys(imageFiles(output));

    // The photo replaced by another (new bytes, new file names).
    writeFileSync(path.join(input, "images/velsk-cranes.png"), await photo({ r: 20, g: 160, b: 60 }));
    await buildIncremental({ input, output, searchIndex: false }, createSiteLoader(readStoredArticles(input)));
    const full = path.join(tempDir(), "site");
    await buildSite({ input, output: full, searchIndex: false });
    expect(imageFiles(output)).toEqual(imageFiles(full));
    expect(Object.keys(imageFiles(output)).filter((f) => before.includes(f)).length).toBeLessThan(before.length);

    // Both articles lose their photos: no image is left.
    writeFileSync(path.join(input, "velsk-cranes.md"), withImage.replace(/image:\n(  .*\n)+/, ""));
    writeFileSync(path.join(input, "orlen-lab.11tydata.json"), JSON.stringify({ headline: "Orlen Valley University opens a grain laboratory" }));
    await buildIncremental({ input, output, searchIndex: false }, createSiteLoader(readStoredArticles(input)));
    const bare = path.join(tempDir(), "site");
    await buildSite({ input, output: bare, searchIndex: false });
    expect(imageFiles(output)).toEqual({});
    expect(hashTree(output)).toEqual(hashTree(bare));
  });
});

describe("a lead image that cannot be used", () => {
  const failure = async (files: Record<string, string | Uint8Array>): Promise<string> => {
    const error = await buildSite({ input: tempContent(files), output: path.join(tempDir(), "site") }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeDefined();
    return describeBuildError(error);
  };

  it("fails the build naming the article when the alt text is missing", async () => {
    const noAlt = withImage.replace(/^ {2}alt: .*\n/m, "");
    expect(await failure({ "velsk-cranes.md": noAlt, "images/velsk-cranes.png": await photo({ r: 1, g: 2, b: 3 }) })).toMatch(
      /^velsk-cranes\.md: "image\.alt" is missing: describe what the photo shows/,
    );
  });

  it("fails the build naming the article when the file is missing", async () => {
    expect(await failure({ "velsk-cranes.md": withImage })).toMatch(/^velsk-cranes\.md: image "images\/velsk-cranes\.png" not found/);
  });

  it("fails the build naming the data file when the alt text is empty there", async () => {
    const data = JSON.stringify({ headline: "Orlen lab", image: { file: "images/lab.png", alt: " ", credit: "Orlen Valley University" } });
    expect(await failure({ "orlen-lab.txt": wireWithImage, "orlen-lab.11tydata.json": data, "images/lab.png": await photo({ r: 1, g: 2, b: 3 }) })).toMatch(
      /^orlen-lab\.11tydata\.json: "image\.alt" is missing/,
    );
  });

  it("fails the build naming the article when the file is not a picture", async () => {
    expect(await failure({ "velsk-cranes.md": withImage, "images/velsk-cranes.png": "not a picture" })).toMatch(
      /^velsk-cranes\.md: image "images\/velsk-cranes\.png" could not be read as a picture/,
    );
  });
});
