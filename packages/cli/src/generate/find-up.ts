import { existsSync } from "node:fs";
import path from "node:path";

/** The nearest `name` in `from` or a folder above it (the workspace's LICENSE from a package folder). */
export function findUp(from: string, name: string): string {
  for (let folder = path.resolve(from); ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, name);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(folder) === folder) throw new Error(`no ${name} in ${from} or any folder above it`);
  }
}
