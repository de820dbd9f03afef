import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Packs a built package of this workspace into a tarball in `destination` with `npm pack` (npm ships with
 * every Node), exactly what `npm publish` would upload. Returns the tarball's path.
 */
export async function packWorkspacePackage(packageName: string, destination: string): Promise<string> {
  const require = createRequire(import.meta.url);
  const packageDirectory = path.dirname(require.resolve(`${packageName}/package.json`));
  await mkdir(destination, { recursive: true });
  const { stdout } = await run("npm", ["pack", packageDirectory, "--pack-destination", destination, "--json", "--ignore-scripts", "--loglevel=error"], {
    timeout: 120_000,
  });
  const [packed] = JSON.parse(stdout) as { filename: string }[];
  if (!packed) throw new Error(`npm pack produced nothing for ${packageName}`);
  return path.join(destination, packed.filename);
}
