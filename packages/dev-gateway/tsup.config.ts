import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/bin.ts"],
  format: ["esm"],
  target: "node22",
  dts: { entry: "src/index.ts" },
  clean: true,
  sourcemap: true,
  // Core is private and bundled from its sources, so the bin runs (e.g. from Python or n8n tests) without
  // core being built first.
  noExternal: ["@crazyrouter/core"],
  // src/bin.ts starts with `#!/usr/bin/env node`: esbuild keeps an entry's hashbang and tsup marks the file
  // executable, so only dist/bin.js gets it (a global banner would put it on index.js too).
  esbuildOptions(options) {
    options.conditions = ["crazyrouter-source"];
  },
});
