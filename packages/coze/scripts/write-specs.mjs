// Writes the Coze specs from the built package into the repository's openapi/ folder (or the folder given).
// The repository-wide `pnpm generate` does the same through the CLI; this is the package-local shortcut.
import { fileURLToPath } from "node:url";
import { writeCozeSpecs } from "../dist/index.js";

const openapiDir = process.argv[2] ?? fileURLToPath(new URL("../../../openapi/", import.meta.url));
for (const path of await writeCozeSpecs(openapiDir)) console.log(path);
