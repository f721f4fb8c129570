import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Build state and image cache in a temporary folder for the run, removed at its end.
    globalSetup: ["test/helpers/temp-cache.ts"],
    // Eleventy imports .ts templates and config itself, outside Vite: it needs tsx in the worker.
    execArgv: ["--import", "tsx"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
