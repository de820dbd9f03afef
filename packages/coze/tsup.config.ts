import { thirdPartyNotices } from "@crazyrouter/third-party-notices";
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
  // Core's zod is inlined with it (coze does not depend on zod itself): THIRD_PARTY_NOTICES.md lists it, checked
  // against metafile-esm.json, the bundler's record.
  metafile: true,
  esbuildPlugins: [thirdPartyNotices()],
});
