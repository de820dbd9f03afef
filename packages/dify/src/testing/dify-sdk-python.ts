import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rm, rmdir, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { DIFY_PLUGIN_REQUIREMENT } from "../plugin-metadata.js";

const run = promisify(execFile);

/** What the test venv holds: the real Dify SDK (pip picks the newest release for this Python) and pytest. */
export const TEST_REQUIREMENTS = [DIFY_PLUGIN_REQUIREMENT, "pytest"];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Python of a venv with the real `dify_plugin` SDK, created once in a cache folder outside the repo
 * (`${XDG_CACHE_HOME:-~/.cache}/crazyrouter-dify-venv-<hash of requirements>`) and reused. A lock folder
 * keeps two test files from installing at the same time.
 */
export async function ensureDifySdkPython(python = process.env.PYTHON ?? "python3"): Promise<string> {
  const cacheRoot = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  const hash = createHash("sha256").update(TEST_REQUIREMENTS.join("\n")).digest("hex").slice(0, 12);
  const venv = join(cacheRoot, `crazyrouter-dify-venv-${hash}`);
  const venvPython = join(venv, "bin", "python");
  const ready = join(venv, ".crazyrouter-ready");
  if (existsSync(ready)) return venvPython;
  await mkdir(cacheRoot, { recursive: true });
  const lock = `${venv}.lock`;
  for (let waited = 0; ; waited += 1000) {
    try {
      await mkdir(lock);
      break;
    } catch {
      if (existsSync(ready)) return venvPython;
      if (waited > 600_000) throw new Error(`gave up waiting for ${lock}; remove it if no install is running`);
      await sleep(1000);
    }
  }
  try {
    if (existsSync(ready)) return venvPython;
    await rm(venv, { recursive: true, force: true });
    await run(python, ["-m", "venv", venv], { timeout: 120_000 });
    await run(venvPython, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", ...TEST_REQUIREMENTS], {
      timeout: 900_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    await writeFile(ready, `${TEST_REQUIREMENTS.join("\n")}\n`);
    return venvPython;
  } finally {
    await rmdir(lock).catch(() => undefined);
  }
}
