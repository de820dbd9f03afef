import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "./package-root.js";

/**
 * The text of a hand-written Python module from this package's python/ folder. The Python lives in real
 * .py files (readable, lintable); only values that come from the core are generated (gateway_constants.py).
 */
export function readPythonSource(relativePath: string): string {
  return readFileSync(join(packageRoot(), "python", relativePath), "utf8").replace(/\r\n/g, "\n");
}
