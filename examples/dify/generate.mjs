// Writes the Crazyrouter Dify plugins (folders, .difypkg files and a .difybndl bundle) into a folder.
// Build first: `.ci/pnpm run build` (or `.ci/pnpm --filter @crazyrouter/core --filter @crazyrouter/dify build`).
// Usage: node examples/dify/generate.mjs [output folder, default ./dify-plugins]
import { resolve } from "node:path";
import { writeDifyPlugins } from "../../packages/dify/dist/index.js";

const outputDir = resolve(process.argv[2] ?? "dify-plugins");
for (const path of await writeDifyPlugins(outputDir)) console.log(path);
