import { thirdPartyNotices } from "@crazyrouter/third-party-notices";
import { defineConfig, type Options } from "tsup";

const bundleEverything: Options = {
  format: ["esm"],
  target: "node22",
  platform: "node",
  sourcemap: false,
  noExternal: [/.*/],
  // Bundled CommonJS (undici) calls require() for Node built-ins; an ES module has none unless we make one.
  banner: { js: 'import { createRequire as __crazyrouterCreateRequire } from "node:module"; const require = __crazyrouterCreateRequire(import.meta.url);' },
  esbuildOptions(options) {
    options.conditions = ["crazyrouter-source"];
  },
  // THIRD_PARTY_NOTICES.md beside the output, for what the bundler inlined (metafile-esm.json is its record; the
  // tests check the notices against it, and package.json keeps it out of the npm package).
  metafile: true,
  esbuildPlugins: [thirdPartyNotices()],
};

export default defineConfig([
  // The npm package. Everything is bundled (core, MCP SDK, zod, undici): `npx -y @crazyrouter/mcp` then installs one
  // package with no dependencies and no install scripts. Code splitting keeps what tools/list does not need (undici,
  // the client, the HTTP transport) in chunks loaded on first use.
  {
    ...bundleEverything,
    entry: ["src/index.ts", "src/bin.ts"],
    splitting: true,
    clean: true,
    // The core is private, so its types are written into index.d.ts rather than imported from a package nobody can
    // install; the MCP SDK's and zod's stay imports (optional peers: only code that embeds the server needs them).
    dts: {
      entry: "src/index.ts",
      resolve: [/^@crazyrouter\/core/],
      compilerOptions: { paths: { "@crazyrouter/core": ["../core/src/index.ts"], "@crazyrouter/core/node": ["../core/src/node.ts"] } },
    },
  },
  // The same server as one file for users without npm: `node crazyrouter-mcp.mjs`, Bun, and the .mcpb bundle.
  // `crazyrouter generate` copies it into artifacts/mcp/; it is not part of the npm package.
  {
    ...bundleEverything,
    entry: { "crazyrouter-mcp": "src/bin.ts" },
    outDir: "dist-standalone",
    outExtension: () => ({ js: ".mjs" }),
    splitting: false,
    clean: true,
    dts: false,
  },
]);
