import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rm, rmdir, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { DAEMON_RUNTIME, type DifySdkRuntime } from "./dify-sdk-runtimes.js";
import { findPython } from "./find-python.js";

const run = promisify(execFile);

/** What a test venv holds besides the SDK. */
export const TEST_REQUIREMENTS = ["pytest"];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Python of a venv holding exactly `dify_plugin==<runtime.difyPlugin>` on `runtime.python` (the daemon's
 * runtime unless told), created once in a cache folder outside the repo,
 * `${XDG_CACHE_HOME:-~/.cache}/crazyrouter-dify-py<python>-sdk<version>`, and reused. A lock folder keeps two test
 * files from installing the same venv at the same time.
 */
export async function ensureDifySdkPython(runtime: DifySdkRuntime = DAEMON_RUNTIME): Promise<string> {
  const requirements = [`dify_plugin==${runtime.difyPlugin}`, ...TEST_REQUIREMENTS];
  const cacheRoot = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  const venv = join(cacheRoot, `crazyrouter-dify-py${runtime.python}-sdk${runtime.difyPlugin}`);
  const venvPython = join(venv, "bin", "python");
  const ready = join(venv, ".crazyrouter-ready");
  if (existsSync(ready)) return venvPython;
  const basePython = await findPython(runtime.python);
  await mkdir(cacheRoot, { recursive: true });
  const lock = `${venv}.lock`;
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
    await rm(venv, { recursive: true, force: true });
    await run(basePython, ["-m", "venv", venv], { timeout: 120_000 });
    await run(venvPython, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", ...requirements], {
      timeout: 900_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    await writeFile(ready, `${requirements.join("\n")}\n`);
    return venvPython;
  } finally {
    await rmdir(lock).catch(() => undefined);
  }
}
