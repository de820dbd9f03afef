import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rm, rmdir, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { findPython } from "./find-python.js";

const run = promisify(execFile);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A venv to create once and reuse: its folder name under the cache, its Python (`major.minor`) and what it holds. */
export interface PythonVenv {
  name: string;
  python: string;
  requirements: readonly string[];
}

/**
 * The Python of a venv holding exactly `venv.requirements`, created once in a cache folder outside the repo,
 * `${XDG_CACHE_HOME:-~/.cache}/<name>`, and reused: the name carries the versions, so a new pin makes a new venv. A
 * lock folder keeps two processes (test files, a lint run) from installing the same venv at the same time.
 */
export async function ensurePythonVenv(venv: PythonVenv): Promise<string> {
  const cacheRoot = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  const folder = join(cacheRoot, venv.name);
  const venvPython = join(folder, "bin", "python");
  const ready = join(folder, ".crazyrouter-ready");
  if (existsSync(ready)) return venvPython;
  const basePython = await findPython(venv.python);
  await mkdir(cacheRoot, { recursive: true });
  const lock = `${folder}.lock`;
  for (let waited = 0; ; waited += 1000) {
    try {
      await mkdir(lock);
      break;
    } catch {
      if (existsSync(ready)) return venvPython;
      if (waited > 900_000) throw new Error(`gave up waiting for ${lock}; remove it if no install is running`);
      await sleep(1000);
    }
  }
  try {
    if (existsSync(ready)) return venvPython;
    await rm(folder, { recursive: true, force: true });
    await run(basePython, ["-m", "venv", folder], { timeout: 120_000 });
    await run(venvPython, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", ...venv.requirements], {
      timeout: 900_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    await writeFile(ready, `${venv.requirements.join("\n")}\n`);
    return venvPython;
  } finally {
    await rmdir(lock).catch(() => undefined);
  }
}
