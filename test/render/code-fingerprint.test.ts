import { cpSync, mkdtempSync, appendFileSync, rmSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wireroomCacheDir } from "../../src/cache-dir.ts";
import { codeFingerprint, codeFingerprintOnDisk, outputCodeFiles } from "../../src/render/code-fingerprint.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("the code fingerprint (what every cache is keyed by)", () => {
  it("covers the page kinds, the site model and what they import, the assets and the lock file", () => {
    const files = outputCodeFiles();
    for (const file of ["_includes/pages/article.11ty.ts", "_includes/partials/article-list.11ty.ts", "src/model/build-site-model.ts", "src/entities/detect.ts", "src/articles/parse-wire-text.ts", "src/feeds/rss.ts", "_includes/assets/search.js", "_includes/styles/site.css", "package-lock.json"]) {
      expect(files).toContain(file);
    }
  });

  it("leaves out tests, benches, docs, dev tools and the commands", () => {
    const files = outputCodeFiles();
    expect(files.filter((f) => /^(test|bench|scripts|docs)\//.test(f) || f.endsWith(".md"))).toEqual([]);
    for (const file of ["src/cli/build.ts", "src/cli/build-site.ts", "src/cli/incremental-build.ts", "src/cli/search-index.ts", "src/cli/entities.ts", "src/entities/evaluate.ts", ".eleventy.ts"]) {
      expect(files).not.toContain(file);
    }
  });

  describe("in a copy of the project", () => {
    let root: string;
    let original: string;
    beforeAll(() => {
      root = mkdtempSync(path.join(tmpdir(), "wireroom-code-"));
      for (const item of ["src", "_includes", "test/render", "bench/corpus.ts", "README.md", "package-lock.json"]) {
        mkdirSync(path.dirname(path.join(root, item)), { recursive: true });
        cpSync(path.join(projectRoot, item), path.join(root, item), { recursive: true });
      }
      original = codeFingerprint(root);
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    /** The fingerprint after appending a comment to `file` (in a fresh copy of the copy, so that edits do not add up). */
    function afterEditing(file: string): string {
      const copy = mkdtempSync(path.join(tmpdir(), "wireroom-code-"));
      try {
        cpSync(root, copy, { recursive: true });
        if (file.endsWith(".md") || file.endsWith(".css")) appendFileSync(path.join(copy, file), "\n/* edited */\n");
        else if (file.endsWith(".ts") || file.endsWith(".js")) appendFileSync(path.join(copy, file), "\n// edited\n");
        else writeFileSync(path.join(copy, file), "edited");
        return codeFingerprint(copy);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    }

    it("keeps every cache when a test, a bench file, the README, a dev tool or a command changes", () => {
      for (const file of ["test/render/code-fingerprint.test.ts", "bench/corpus.ts", "README.md", "src/cli/build.ts", "src/cli/search-index.ts", "src/entities/evaluate.ts"]) {
        expect(afterEditing(file), file).toBe(original);
      }
    });

    it("moves when code that can change a page changes", () => {
      for (const file of ["_includes/pages/home.11ty.ts", "_includes/partials/dateline.11ty.ts", "src/model/paginate.ts", "src/entities/detect.ts", "src/articles/markdown.ts", "_includes/assets/search.js", "_includes/styles/site.css", "package-lock.json"]) {
        expect(afterEditing(file), file).not.toBe(original);
      }
    });

    describe("kept with the files' stamps between builds", () => {
      // Later than any file of the copy was written: its stamps are settled, and kept.
      const later = (): number => Date.now() + 60_000;

      function inFreshCopy<T>(edit: (copy: string) => T): T {
        const copy = mkdtempSync(path.join(tmpdir(), "wireroom-code-"));
        try {
          cpSync(root, copy, { recursive: true });
          return edit(copy);
        } finally {
          rmSync(copy, { recursive: true, force: true });
        }
      }

      it("gives the hashed fingerprint again from the stamps, and a new one after an edit, a new asset or a removed one", () => {
        inFreshCopy((copy) => {
          const first = codeFingerprintOnDisk(copy, later());
          expect(first).toBe(original);
          expect(codeFingerprintOnDisk(copy, later())).toBe(original);
          appendFileSync(path.join(copy, "src/model/paginate.ts"), "\n// edited\n");
          const edited = codeFingerprintOnDisk(copy, later());
          expect(edited).not.toBe(original);
          expect(codeFingerprintOnDisk(copy, later())).toBe(edited);
          writeFileSync(path.join(copy, "_includes/assets/new-asset.js"), "// new\n");
          const added = codeFingerprintOnDisk(copy, later());
          expect(added).not.toBe(edited);
          rmSync(path.join(copy, "_includes/assets/new-asset.js"));
          expect(codeFingerprintOnDisk(copy, later())).toBe(edited);
        });
      });

      it("follows a new import of a new file, and keeps no stamps of files written just now", () => {
        inFreshCopy((copy) => {
          expect(codeFingerprintOnDisk(copy, later())).toBe(original);
          writeFileSync(path.join(copy, "src/model/new-helper.ts"), "export const helper = 1;\n");
          appendFileSync(path.join(copy, "src/model/paginate.ts"), '\nexport { helper } from "./new-helper.ts";\n');
          const imported = codeFingerprintOnDisk(copy, later());
          expect(imported).not.toBe(original);
          // The new file changes the fingerprint as it changes, though no listed folder holds it.
          appendFileSync(path.join(copy, "src/model/new-helper.ts"), "// edited\n");
          const again = codeFingerprintOnDisk(copy, later());
          expect(again).not.toBe(imported);
          // Stamps of files changed within the racy window are not kept: each call hashes again, with the same answer.
          expect(codeFingerprintOnDisk(copy)).toBe(again);
          expect(codeFingerprint(copy)).toBe(again);
        });
      });

      it("hashes again when the kept record is damaged", () => {
        inFreshCopy((copy) => {
          codeFingerprintOnDisk(copy, later());
          const cache = wireroomCacheDir();
          for (const name of readdirSync(cache).filter((name) => name.endsWith(".code-stamps.json"))) writeFileSync(path.join(cache, name), "{ not json");
          expect(codeFingerprintOnDisk(copy, later())).toBe(original);
        });
      });
    });
  });
});
