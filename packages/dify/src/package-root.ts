import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder of this package (where package.json, python/ and python-tests/ live), found from this module's
 * location so it works from src/ (tests) and from dist/ (built) alike.
 */
export function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(folder, "python")) && existsSync(join(folder, "package.json"))) return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error("cannot find the @crazyrouter/dify package folder");
    folder = parent;
  }
}
