import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/articles/markdown.ts";

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
