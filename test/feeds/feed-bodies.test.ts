import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FeedBodies } from "../../src/feeds/feed-bodies.ts";
import { tempDir } from "../helpers/temp-content.ts";

/** Builds one store after another on the same file, as builds do, and counts the bodies each had to make. */
function builds(file: string) {
  let made = 0;
  const build = (inputs: string, articles: readonly [string, string, string][]): string[] => {
    const bodies = new FeedBodies(file, inputs);
    const read = articles.map(([sourcePath, sourceHash, html]) =>
      bodies.body(sourcePath, sourceHash, () => {
        made++;
        return html;
      }),
    );
    bodies.save();
    return read;
  };
  return { build, made: () => made };
}

describe("the site feeds' kept bodies", () => {
  it("gives a body kept by the build before without making it again", () => {
    const { build, made } = builds(path.join(tempDir(), "feed-bodies.json"));
    build("code-1", [["velsk/a1.md", "h1", "<p>Velsk one</p>"], ["velsk/a2.md", "h2", "<p>Velsk two</p>"]]);
    expect(made()).toBe(2);
    expect(build("code-1", [["velsk/a1.md", "h1", "(not made)"], ["velsk/a2.md", "h2", "(not made)"]])).toEqual(["<p>Velsk one</p>", "<p>Velsk two</p>"]);
    expect(made()).toBe(2);
  });

  it("makes the body of a changed source again, and of the same source under another path", () => {
    const { build, made } = builds(path.join(tempDir(), "feed-bodies.json"));
    build("code-1", [["velsk/a1.md", "h1", "<p>Velsk one</p>"]]);
    expect(build("code-1", [["velsk/a1.md", "h1-edited", "<p>Velsk one, corrected</p>"], ["velsk/a9.md", "h1", "<p>Velsk nine</p>"]])).toEqual(["<p>Velsk one, corrected</p>", "<p>Velsk nine</p>"]);
    expect(made()).toBe(3);
  });

  it("makes every body again under other code or settings", () => {
    const { build, made } = builds(path.join(tempDir(), "feed-bodies.json"));
    build("code-1", [["velsk/a1.md", "h1", "<p>Velsk one</p>"]]);
    expect(build("code-2", [["velsk/a1.md", "h1", "<p>Velsk one, new code</p>"]])).toEqual(["<p>Velsk one, new code</p>"]);
    expect(made()).toBe(2);
  });

  it("keeps only the bodies the last build read", () => {
    const file = path.join(tempDir(), "feed-bodies.json");
    const { build } = builds(file);
    build("code-1", [["velsk/a1.md", "h1", "<p>Velsk one</p>"], ["velsk/a2.md", "h2", "<p>Velsk two</p>"]]);
    build("code-1", [["velsk/a2.md", "h2", "<p>Velsk two</p>"]]);
    expect(Object.keys((JSON.parse(readFileSync(file, "utf8")) as { bodies: object }).bodies)).toEqual(["velsk/a2.md\0h2"]);
  });

  it("treats a missing or damaged file as an empty store", () => {
    const file = path.join(tempDir(), "feed-bodies.json");
    const { build, made } = builds(file);
    expect(build("code-1", [["velsk/a1.md", "h1", "<p>Velsk one</p>"]])).toEqual(["<p>Velsk one</p>"]);
    writeFileSync(file, "{ not json");
    expect(build("code-1", [["velsk/a1.md", "h1", "<p>Velsk one</p>"]])).toEqual(["<p>Velsk one</p>"]);
    writeFileSync(file, JSON.stringify({ inputs: "code-1", bodies: { "velsk/a1.md\0h1": 7 } }));
    expect(build("code-1", [["velsk/a1.md", "h1", "<p>Velsk one</p>"]])).toEqual(["<p>Velsk one</p>"]);
    expect(made()).toBe(3);
  });
});
