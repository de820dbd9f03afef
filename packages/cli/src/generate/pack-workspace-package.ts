import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * The pnpm that runs this process (`pnpm run` and `pnpm exec` set npm_execpath; pnpm 12 is a native binary, older
 * releases a JS file run by Node), else `pnpm` on PATH.
 */
function pnpmCommand(env: Readonly<Record<string, string | undefined>>): { command: string; prefix: string[] } {
  const execPath = env.npm_execpath;
  if (execPath && /pnpm/.test(path.basename(execPath))) {
    return /\.[cm]?js$/.test(execPath) ? { command: process.execPath, prefix: [execPath] } : { command: execPath, prefix: [] };
  }
  return { command: "pnpm", prefix: [] };
}

/**
 * Packs a built package of this workspace into a tarball in `destination` with `pnpm pack`, exactly what
 * `pnpm publish` would upload: `workspace:` and `catalog:` specifiers become the versions they stand for,
 * `publishConfig` overrides apply, and the workspace's LICENSE is added. Returns the tarball's path.
 */
export async function packWorkspacePackage(
  packageName: string,
  destination: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<string> {
  const require = createRequire(import.meta.url);
  const packageDirectory = path.dirname(require.resolve(`${packageName}/package.json`));
  await mkdir(destination, { recursive: true });
  const { command, prefix } = pnpmCommand(env);
  let stdout: string;
  try {
    ({ stdout } = await run(command, [...prefix, "pack", "--pack-destination", path.resolve(destination), "--json"], {
      cwd: packageDirectory,
      timeout: 120_000,
    }));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? "pnpm is not on PATH; run this through `.ci/pnpm generate`"
        : String((error as { stderr?: string }).stderr || error);
    throw new Error(`cannot pack ${packageName}: ${reason}`);
  }
  const packed = JSON.parse(stdout.slice(stdout.indexOf("{"))) as { filename?: string };
  if (!packed.filename) throw new Error(`pnpm pack produced nothing for ${packageName}`);
  return path.resolve(destination, path.basename(packed.filename));
}
