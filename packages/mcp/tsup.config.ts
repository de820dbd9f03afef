import { defineConfig } from "tsup";

// Everything is bundled (core, MCP SDK, zod, undici): `npx -y @crazyrouter/mcp` then installs one package with no
// dependencies and no install scripts. Code splitting keeps what tools/list does not need (undici, the client,
// the HTTP transport) in chunks loaded on first use.
export default defineConfig({
  entry: ["src/index.ts", "src/bin.ts"],
  format: ["esm"],
  target: "node22",
  platform: "node",
  splitting: true,
  dts: { entry: "src/index.ts" },
  clean: true,
  sourcemap: false,
  noExternal: [/.*/],
  // Bundled CommonJS (undici) calls require() for Node built-ins; an ES module has none unless we make one.
  banner: { js: 'import { createRequire as __crazyrouterCreateRequire } from "node:module"; const require = __crazyrouterCreateRequire(import.meta.url);' },
  esbuildOptions(options) {
    options.conditions = ["crazyrouter-source"];
  },
});
