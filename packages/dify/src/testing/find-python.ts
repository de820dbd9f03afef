import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * An interpreter of Python `version` ("3.12"): `python3.12` on PATH when it runs, else the newest patch release under
 * pyenv's versions folder (pyenv's shims refuse a version that is not selected, which is why its folder is read).
 */
export async function findPython(version: string): Promise<string> {
  const command = `python${version}`;
  const pyenvRoot = process.env.PYENV_ROOT || join(homedir(), ".pyenv");
  const installed = await readdir(join(pyenvRoot, "versions")).catch(() => [] as string[]);
  const pyenvCandidates = installed
    .filter((name) => name === version || name.startsWith(`${version}.`))
    .sort((a, b) => patchOf(b) - patchOf(a))
    .map((name) => join(pyenvRoot, "versions", name, "bin", command));
  for (const candidate of [command, ...pyenvCandidates]) {
    if (await reportsVersion(candidate, version)) return candidate;
  }
  throw new Error(`Python ${version} not found (tried ${command} on PATH and ${pyenvRoot}/versions); install it, e.g. pyenv install ${version}`);
}

function patchOf(name: string): number {
  return Number(name.split(".")[2] ?? 0) || 0;
}

async function reportsVersion(python: string, version: string): Promise<boolean> {
  try {
    const { stdout } = await run(python, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], { timeout: 30_000 });
    return stdout.trim() === version;
  } catch {
    return false;
  }
}
