import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" },
  format: ["esm"],
  target: "node22",
  dts: true,
  clean: true,
  sourcemap: true,
  // Core is private: bundle it from its sources so the generator runs without core being built first.
  noExternal: ["@crazyrouter/core"],
  esbuildOptions(options) {
    options.conditions = ["crazyrouter-source"];
  },
});
