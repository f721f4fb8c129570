import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
    // A build into the folder itself published it as a link to versions beside it (src/publish/).
    rmSync(path.join(path.dirname(dir), `.${path.basename(dir)}.builds`), { recursive: true, force: true });
  }
});

/** A temporary folder with the given files (text or bytes), removed when the test file ends. */
export function tempContent(files: Readonly<Record<string, string | Uint8Array>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "wireroom-test-"));
  made.push(dir);
  for (const [name, body] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
  }
  return dir;
}

/** An empty temporary folder, removed when the test file ends. */
export function tempDir(): string {
  return tempContent({});
}
