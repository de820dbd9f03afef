import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export interface BundledPackage {
  name: string;
  version: string;
  /** `engines.node` as the package declares it, if it does. */
  node: string | undefined;
  license: string | undefined;
  directory: string;
}

/** esbuild starts every inlined module with a `// <path>` line, relative to the folder it built in. */
const MODULE_COMMENT = /^\s*\/\/ (\S*node_modules\/\S+)$/gm;

function packageRootOf(modulePath: string): string {
  const afterLast = modulePath.lastIndexOf("node_modules/") + "node_modules/".length;
  const rest = modulePath.slice(afterLast).split("/");
  const nameParts = rest[0]?.startsWith("@") ? 2 : 1;
  return modulePath.slice(0, afterLast) + rest.slice(0, nameParts).join("/");
}

/**
 * The third-party packages whose code a bundle inlined, read from the module comments esbuild leaves in an
 * unminified bundle and resolved against `buildDirectory` (where it ran), each with what its own package.json
 * declares. This is what ships, whatever the build config says.
 */
export function bundledPackages(bundleSources: readonly string[], buildDirectory: string): BundledPackage[] {
  const roots = new Set<string>();
  for (const source of bundleSources) {
    for (const match of source.matchAll(MODULE_COMMENT)) roots.add(resolve(buildDirectory, packageRootOf(match[1]!)));
  }
  const packages = new Map<string, BundledPackage>();
  for (const directory of roots) {
    const manifestPath = join(directory, "package.json");
    if (!existsSync(manifestPath)) throw new Error(`a bundled module's package has no package.json at ${manifestPath} (built elsewhere?)`);
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { name: string; version: string; engines?: { node?: string }; license?: string };
    packages.set(`${manifest.name}@${manifest.version}`, {
      name: manifest.name,
      version: manifest.version,
      node: manifest.engines?.node,
      license: manifest.license,
      directory: dirname(manifestPath),
    });
  }
  return [...packages.values()].sort((a, b) => a.name.localeCompare(b.name));
}
