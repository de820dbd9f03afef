import path from "node:path";
import { thirdPartyNotices } from "@crazyrouter/third-party-notices";
import { defineConfig } from "tsup";
import { lazyZodPlugin } from "./build/lazy-zod-plugin.js";

// The core is inlined: fewer files to load keeps a one-shot call fast. The generators stay external: they
// read their own package folders (Dify's Python sources, the n8n and MCP builds) at run time. Minified: a
// third less to read, hash and compile on every start (`crazyrouter models` measured ~13% faster); the CLI
// reports errors by message, and the source maps still map positions back.
export default defineConfig({
  entry: ["src/bin.ts", "src/index.ts"],
  format: ["esm"],
  target: "node22",
  platform: "node",
  dts: { entry: "src/index.ts" },
  clean: true,
  sourcemap: true,
  minify: true,
  splitting: true,
  // One-shot calls go through node:http (core/node-runtime), so undici is not bundled at all.
  noExternal: ["@crazyrouter/core", "zod"],
  esbuildOptions(options) {
    options.conditions = ["crazyrouter-source"];
  },
  // THIRD_PARTY_NOTICES.md for the inlined zod; metafile-esm.json is the bundler's record the tests check it against.
  metafile: true,
  esbuildPlugins: [
    // zod is evaluated when the core first calls it (see the plugin): `crazyrouter models` never does.
    lazyZodPlugin([path.resolve("../core/src"), path.resolve("src")]),
    thirdPartyNotices(),
  ],
});
