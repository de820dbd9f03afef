import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The repository's root folder. */
export const REPOSITORY_ROOT = join(import.meta.dirname, "..", "..", "..");

export interface WorkspacePackage {
  /** Relative to the repository root, with `/`: `packages/mcp`. */
  path: string;
  directory: string;
  manifest: Record<string, unknown> & { name: string; version: string; private?: boolean };
}

/** The root package.json: the one place the repository's URL, license and author are written. */
export function rootManifest(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(REPOSITORY_ROOT, "package.json"), "utf8")) as Record<string, unknown>;
}

/** Every package under packages/, in folder order. */
export function workspacePackages(): WorkspacePackage[] {
  const root = join(REPOSITORY_ROOT, "packages");
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const directory = join(root, entry.name);
      const manifest = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as WorkspacePackage["manifest"];
      return { path: `packages/${entry.name}`, directory, manifest };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The packages a release publishes to npm: every one not marked private. */
export function publishablePackages(): WorkspacePackage[] {
  return workspacePackages().filter((workspacePackage) => workspacePackage.manifest.private !== true);
}
