import { defineConfig } from "tsup";

// The core is inlined: fewer files to load keeps a one-shot call fast. The generators stay external: they
// read their own package folders (Dify's Python sources, the n8n and MCP builds) at run time.
export default defineConfig({
  entry: ["src/bin.ts", "src/index.ts"],
  format: ["esm"],
  target: "node22",
  platform: "node",
  dts: { entry: "src/index.ts" },
  clean: true,
  sourcemap: true,
  splitting: true,
  noExternal: ["@crazyrouter/core", "zod", "undici", "eventsource-parser"],
  // undici is CommonJS and requires Node built-ins; an ESM bundle needs a real `require` for them.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  esbuildOptions(options) {
    options.conditions = ["crazyrouter-source"];
  },
});
