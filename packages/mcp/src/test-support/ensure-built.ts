import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MCP_BUNDLE_FILE } from "../setup/bundle-files.js";

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BUILT_BIN = join(PACKAGE_DIR, "dist", "bin.js");
/** The single-file server, built beside the npm package's files. */
export const BUILT_STANDALONE = join(PACKAGE_DIR, "dist-standalone", MCP_BUNDLE_FILE);
const SOURCE_DIRS = [join(PACKAGE_DIR, "src"), join(PACKAGE_DIR, "..", "core", "src")];
const LOCK_DIR = join(PACKAGE_DIR, "node_modules", ".ensure-built.lock");
const BUILD_TIMEOUT_MS = 120_000;

function newestSourceTime(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  if (!existsSync(BUILT_BIN) || !existsSync(BUILT_STANDALONE)) return false;
  const built = Math.min(statSync(BUILT_BIN).mtimeMs, statSync(BUILT_STANDALONE).mtimeMs);
  return SOURCE_DIRS.every((directory) => newestSourceTime(directory) <= built);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds dist/ and dist-standalone/ with tsup when either is missing or older than the sources, so tests of the bundled bin never run
 * a stale build. Test files run in parallel processes: a lock directory lets one build while the others wait.
 */
export function ensureBuilt(): void {
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  while (!isFresh()) {
    try {
      mkdirSync(LOCK_DIR);
    } catch {
      // A lock left by a crashed run would block every later run.
      if (Date.now() - (statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > BUILD_TIMEOUT_MS)
        rmSync(LOCK_DIR, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error("timed out waiting for another test process to build @crazyrouter/mcp");
      sleep(200);
      continue;
    }
    try {
      if (!isFresh()) {
        const tsup = join(PACKAGE_DIR, "node_modules", "tsup", "dist", "cli-default.js");
        execFileSync(process.execPath, [tsup], { cwd: PACKAGE_DIR, stdio: "pipe", timeout: BUILD_TIMEOUT_MS });
      }
    } finally {
      rmSync(LOCK_DIR, { recursive: true, force: true });
    }
  }
}
