import { readFileSync } from "node:fs";
import path from "node:path";
import { projectPath } from "../../src/project-root.ts";
import { pageKind } from "../../src/render/page-kind.ts";

const assetsDir = projectPath("_includes", "assets");

/** Static files served as they are, from _includes/assets. */
export default pageKind<string>(
  "asset",
  () => ["favicon.svg", "logo.svg"],
  (name) => `/${name}`,
  (name) => readFileSync(path.join(assetsDir, name), "utf8"),
  // The file's bytes are code (the code hash covers _includes/assets/).
  (name) => name,
);
