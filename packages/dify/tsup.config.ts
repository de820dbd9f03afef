import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" },
  format: ["esm"],
  target: "node22",
  dts: true,
  clean: true,
  sourcemap: true,
  esbuildOptions(options) {
    options.conditions = ["crazyrouter-source"];
  },
});
