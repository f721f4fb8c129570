/**
 * The layer rules of Wireroom, checked by dependency-cruiser in `npm test` (npm run deps).
 * Dependencies point one way: commands (src/cli/) use views (_includes/) and the core (the rest
 * of src/); views use the core; the core uses neither. Parsing an article knows nothing of
 * entity detection, and no module reaches itself again through its imports.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "core-not-to-commands-or-views",
      comment: "The core (src/ outside src/cli/) never imports the commands or the views: they depend on it, not it on them.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/cli/" },
      to: { path: "^(src/cli/|_includes/)" },
    },
    {
      name: "views-not-to-commands",
      comment: "Views (_includes/) render what the core gives them; they never import a command.",
      severity: "error",
      from: { path: "^_includes/" },
      to: { path: "^src/cli/" },
    },
    {
      name: "parsing-not-to-detection",
      comment: "Reading an article source (src/articles/) comes before finding its entities (src/entities/), never after.",
      severity: "error",
      from: { path: "^src/articles/" },
      to: { path: "^src/entities/" },
    },
    {
      name: "product-not-to-tests-or-bench",
      comment: "What builds the site never imports tests, benchmarks or scripts.",
      severity: "error",
      from: { path: "^(src|_includes)/|^\\.eleventy\\.ts$" },
      to: { path: "^(test|bench|scripts)/" },
    },
    {
      name: "no-circular",
      comment: "No module imports itself again through others: every folder reads top-down.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // TypeScript 7's package has no compiler API for dependency-cruiser to parse with; swc parses TS.
    parser: "swc",
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    exclude: { path: "node_modules" },
  },
};
