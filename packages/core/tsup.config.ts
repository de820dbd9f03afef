import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/internal.ts", "src/node.ts", "src/node-runtime.ts", "src/testing/index.ts"],
  format: ["esm"],
  target: "node22",
  dts: true,
  clean: true,
  sourcemap: true,
  esbuildOptions(options) {
    options.conditions = ["crazyrouter-source"];
  },
});
