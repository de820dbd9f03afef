import { defineConfig } from "tsup";

// Built because tsup loads it from the other packages' tsup configs with plain Node; tests and type checks read the
// sources through the crazyrouter-source condition.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  target: "node22",
  platform: "node",
  clean: true,
});
