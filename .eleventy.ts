/**
 * The dev server's Eleventy config (`npm start`). Wiring only: pages are rendered by the one
 * render entry (src/render/eleventy-render.ts) from the batches the dev server plans
 * (src/cli/dev-server.ts). Full builds configure Eleventy in-process and never read this file.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { devServerBuilds } from "./src/cli/dev-server.ts";
import { configureRender } from "./src/render/eleventy-render.ts";

export default function (eleventyConfig: UserConfig) {
  configureRender(eleventyConfig, devServerBuilds());

  // Articles and the registry are read by the site model, not as templates: watch them too,
  // in whatever folder Eleventy was given, so that a preview of another folder updates too.
  const input = (eleventyConfig as unknown as { directories?: { input?: string } }).directories?.input ?? "./content/";
  eleventyConfig.addWatchTarget(`${input.replace(/\/?$/, "/")}**/*.{txt,md,json,yaml,jpg,jpeg,png,webp,avif}`);
  eleventyConfig.addWatchTarget("./src/");
  eleventyConfig.addWatchTarget("./_includes/");
  eleventyConfig.setServerOptions({ port: 8080, showAllHosts: false });
  // No `dir` here: `npm start` gives the input and output folders on its command line.
}
