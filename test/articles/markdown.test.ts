import { describe, expect, it } from "vitest";
import { maxInlineDepth, renderMarkdown } from "../../src/articles/markdown.ts";

describe("renderMarkdown", () => {
  it("shows raw HTML as text", () => {
    const { html } = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror="y">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd"])(
    "drops a link to %j",
    (url) => {
      const { html } = renderMarkdown(`[click](${url.replace("\t", "%09")}) ![img](${url})`);
      expect(html).not.toMatch(/href="(?!#)/);
      expect(html).not.toMatch(/src="/);
    },
  );

  it("keeps web, mail, phone and relative links", () => {
    const { html } = renderMarkdown("[a](https://velsk.example/) [b](mailto:desk@velsk.example) [c](tel:+100) [d](/news/) [e](#top)");
    for (const href of ["https://velsk.example/", "mailto:desk@velsk.example", "tel:+100", "/news/", "#top"]) expect(html).toContain(`href="${href}"`);
  });

  it("gives the plain text of each paragraph and heading", () => {
    const { textBlocks } = renderMarkdown("The port of **Velsk** opened,\nsaid *Tomas Rekk*.\n\n## Cargo\n\n- grain `and` timber\n");
    expect(textBlocks).toEqual(["The port of Velsk opened, said Tomas Rekk.", "Cargo", "grain and timber"]);
  });
});

describe("deeply nested inline markup", () => {
  it("keeps the text of emphasis nested past the limit, without the elements", () => {
    const { html } = renderMarkdown(`${"*".repeat(5000)}a${"*".repeat(5000)}\n`);
    let depth = 0;
    let deepest = 0;
    for (const tag of html.match(/<\/?(?:em|strong)>/g) ?? []) {
      depth += tag.startsWith("</") ? -1 : 1;
      deepest = Math.max(deepest, depth);
    }
    expect(depth).toBe(0);
    expect(deepest).toBe(maxInlineDepth);
    expect(html).toContain(">a<");
  });

  it("leaves ordinary nesting alone", () => {
    expect(renderMarkdown("**bold *and emphasis* [a link](/x)**\n").html).toBe('<p><strong>bold <em>and emphasis</em> <a href="/x">a link</a></strong></p>\n');
  });
});
