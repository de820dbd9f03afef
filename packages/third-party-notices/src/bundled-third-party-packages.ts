import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { allowedLicenseOf, ALLOWED_LICENSES } from "./allowed-licenses.js";

/** The part of an esbuild metafile this reads: every input file, keyed by its path relative to the working folder. */
export interface Metafile {
  inputs: Record<string, unknown>;
}

export interface BundledThirdPartyPackage {
  name: string;
  version: string;
  /** The allowed SPDX id the package is used under (one alternative of an `OR` expression). */
  license: string;
  /** The package's license files, then its NOTICE files (Apache-2.0 asks that those travel too), sorted by name. */
  texts: Array<{ file: string; text: string }>;
}

const LICENSE_FILE = /^(licen[cs]e|copying)([.-].*)?$/i;
const NOTICE_FILE = /^notice([.-].*)?$/i;
const NODE_MODULES = "node_modules/";

/** `a/node_modules/.pnpm/x/node_modules/@scope/name/lib/f.js` -> `a/node_modules/.pnpm/x/node_modules/@scope/name`. */
function packageRootOf(input: string): string | undefined {
  const path = input.replaceAll("\\", "/");
  const at = path.lastIndexOf(NODE_MODULES);
  if (at < 0) return undefined;
  const start = at + NODE_MODULES.length;
  const parts = path.slice(start).split("/");
  const nameParts = parts[0]?.startsWith("@") ? 2 : 1;
  return path.slice(0, start) + parts.slice(0, nameParts).join("/");
}

function filesMatching(directory: string, pattern: RegExp): Array<{ file: string; text: string }> {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((file) => ({ file, text: readFileSync(join(directory, file), "utf8").replaceAll("\r\n", "\n") }));
}

/**
 * The third-party packages whose code a bundle inlined, from the bundler's own record of its inputs: every input
 * under node_modules/ belongs to the package folder right after the last node_modules/ in its path (workspace
 * packages resolve to their real folders, outside node_modules, so first-party code is never listed). Throws one
 * error naming every package that has no license file or a license that is not allowed.
 */
export function bundledThirdPartyPackages(metafile: Metafile, workingDirectory: string): BundledThirdPartyPackage[] {
  const roots = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const root = packageRootOf(input);
    if (root) roots.add(resolve(workingDirectory, root));
  }
  const packages = new Map<string, BundledThirdPartyPackage>();
  const problems: string[] = [];
  for (const directory of roots) {
    const manifestPath = join(directory, "package.json");
    if (!existsSync(manifestPath)) {
      problems.push(`${directory}: no package.json, so its name, version and license are unknown`);
      continue;
    }
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { name: string; version: string; license?: unknown };
    const id = `${manifest.name}@${manifest.version}`;
    const license = typeof manifest.license === "string" ? allowedLicenseOf(manifest.license) : undefined;
    const licenseFiles = filesMatching(directory, LICENSE_FILE);
    if (!license) {
      problems.push(`${id} (${directory}): license ${JSON.stringify(manifest.license ?? null)} is not one we may bundle (${ALLOWED_LICENSES.join(", ")})`);
    } else if (licenseFiles.length === 0) {
      problems.push(`${id} (${directory}): no LICENSE, LICENCE or COPYING file, so its license text cannot ship with it`);
    } else {
      packages.set(id, { name: manifest.name, version: manifest.version, license, texts: [...licenseFiles, ...filesMatching(directory, NOTICE_FILE)] });
    }
  }
  if (problems.length > 0) {
    throw new Error(
      "The bundle inlines third-party code whose license we cannot ship with a notice:\n" +
        problems.map((problem) => `  - ${problem}`).join("\n") +
        "\nKeep the package out of the bundle (external), replace it, or, after checking what its license asks, " +
        "add the license to ALLOWED_LICENSES in packages/third-party-notices/src/allowed-licenses.ts.",
    );
  }
  return [...packages.values()].sort((a, b) => (a.name === b.name ? compare(a.version, b.version) : compare(a.name, b.name)));
}

/** Code-unit order, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
