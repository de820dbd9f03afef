import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The Bun binary of the `bun` npm package (the runtime Cherry Studio bundles). Its postinstall, which pnpm does
 * not run here, would only copy the binary out of the platform package (`@oven/bun-<os>-<arch>`) that pnpm
 * installed as an optional dependency; this finds it there instead.
 */
export function findBun(): string {
  const bunManifest = createRequire(import.meta.url).resolve("bun/package.json");
  const platformPackages = Object.keys(
    (JSON.parse(readFileSync(bunManifest, "utf8")) as { optionalDependencies: Record<string, string> }).optionalDependencies,
  );
  const fromBun = createRequire(bunManifest);
  for (const name of platformPackages) {
    let folder: string;
    try {
      folder = dirname(fromBun.resolve(`${name}/package.json`));
    } catch {
      continue;
    }
    const binary = join(folder, "bin", process.platform === "win32" ? "bun.exe" : "bun");
    if (existsSync(binary)) return binary;
  }
  throw new Error(`no Bun binary for ${process.platform}-${process.arch}: none of ${platformPackages.join(", ")} is installed`);
}
