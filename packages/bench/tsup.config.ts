import { defineConfig } from "tsup";

// Workspace packages are used through their built entries, exactly as users would load them.
export default defineConfig({
  entry: ["src/run-benchmarks.ts", "src/worker.ts", "src/time-commands.ts", "src/one-http-call.ts"],
  format: ["esm"],
  target: "node22",
  platform: "node",
  clean: true,
});
