import { html, type SafeHtml } from "../../src/html/html.ts";
import { shareFileOf, srcsetOf, type LeadImage } from "../../src/images/lead-images.ts";
import { absoluteUrl, linkTo, type SiteSettings } from "../../src/site.ts";
import type { ShareImage } from "../layouts/base.11ty.ts";

/** The lead image fills the article's measure (42rem) and the phone's width less the page margins. */
const sizes = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

/**
 * An article's lead photo: AVIF and WebP sources, a JPEG <img> with its intrinsic size (no
 * layout shift), alt text, caption and credit. It is the page's largest paint, so it is
 * fetched first and never lazily.
 */
export function leadFigure(settings: SiteSettings, image: LeadImage): SafeHtml {
  const link = (sitePath: string): string => linkTo(settings, sitePath);
  const src = image.fallback.find((f) => f.width >= 960) ?? image.fallback.at(-1)!;
  return html`<figure class="lead-image">
<picture>
${image.sources.map((source) => html`<source type="${source.type}" srcset="${srcsetOf(source.files, link)}" sizes="${sizes}">\n`)}<img src="${link(src.path)}" srcset="${srcsetOf(image.fallback, link)}" sizes="${sizes}" width="${image.width}" height="${image.height}" alt="${image.alt}" fetchpriority="high">
</picture>
<figcaption>${image.caption ? html`${image.caption} ` : ""}<span class="image-credit">Photo: ${image.credit}</span></figcaption>
</figure>
`;
}

/** The picture for og:image and twitter:card: the widest JPEG, absolute. */
export function shareImage(settings: SiteSettings, image: LeadImage): ShareImage {
  const file = shareFileOf(image);
  return { url: absoluteUrl(settings, file.path), width: file.width, height: file.height, alt: image.alt, type: "image/jpeg" };
}

/** schema.org ImageObject for the article's JSON-LD `image`. */
export function imageJsonLd(settings: SiteSettings, image: LeadImage): object {
  const file = shareFileOf(image);
  return {
    "@type": "ImageObject",
    url: absoluteUrl(settings, file.path),
    contentUrl: absoluteUrl(settings, file.path),
    width: file.width,
    height: file.height,
    caption: image.caption ?? image.alt,
    creditText: image.credit,
  };
}
