import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { listTarball, readTarballFile } from "@crazyrouter/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packWorkspacePackage } from "./pack-workspace-package.js";

const repositoryRoot = join(import.meta.dirname, "..", "..", "..", "..");
let destination: string;

beforeAll(async () => {
  destination = await mkdtemp(join(tmpdir(), "crazyrouter-pack-"));
});

afterAll(async () => {
  if (destination) await rm(destination, { recursive: true, force: true });
});

/** Every dependency specifier in a manifest, by field: what `npm install` of the tarball would read. */
function specifiers(manifest: Record<string, unknown>): string[] {
  const fields = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"] as const;
  return fields.flatMap((field) => Object.entries((manifest[field] ?? {}) as Record<string, string>).map(([name, range]) => `${field} ${name}@${range}`));
}

describe("packWorkspacePackage", () => {
  for (const packageName of ["@crazyrouter/mcp", "n8n-nodes-crazyrouter"]) {
    it(`packs ${packageName} as pnpm publishes it: no workspace: or catalog: specifiers, the MIT LICENSE inside`, { timeout: 120_000 }, async () => {
      const tarball = await packWorkspacePackage(packageName, destination);
      expect(basename(tarball)).toMatch(/\.tgz$/);
      const manifest = JSON.parse(readTarballFile(tarball, "package/package.json")) as Record<string, unknown>;
      expect(manifest.name).toBe(packageName);
      expect(specifiers(manifest).filter((specifier) => /@(workspace|catalog):/.test(specifier))).toEqual([]);
      expect(listTarball(tarball)).toContain("package/LICENSE");
      expect(readTarballFile(tarball, "package/LICENSE")).toBe(readFileSync(join(repositoryRoot, "LICENSE"), "utf8"));
      expect(manifest.license).toBe("MIT");
    });
  }
});
