/** The built `crazyrouter` bin for tests here and in the conformance suite (package export `./testing`). */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));
const binPath = path.join(packageDir, "dist", "bin.js");
/** The bin inlines the core from its sources, so either changing makes the build stale. */
const sourceDirs = [path.join(packageDir, "src"), path.join(packageDir, "..", "core", "src")];

export interface BinRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(full) : entry.name.endsWith(".test.ts") ? 0 : statSync(full).mtimeMs);
  }
  return newest;
}

/** The repo's test script builds first; a lone `vitest run` builds here when dist is older than the sources. */
export function ensureBuiltBin(): void {
  const newest = Math.max(...sourceDirs.map(newestSourceMtime));
  if (existsSync(binPath) && statSync(binPath).mtimeMs >= newest) return;
  const build = spawnSync(process.execPath, [path.join(packageDir, "node_modules", "tsup", "dist", "cli-default.js")], { cwd: packageDir, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}${build.stdout}`);
}

/**
 * Runs the built bin without blocking this process (the gateway answers from here); killed if it outlives 20 s.
 * `nodeArgs` go to node before the bin (e.g. `--import` of a loader hook).
 */
export function runBuiltBin(args: string[], env: Record<string, string>, nodeArgs: readonly string[] = []): Promise<BinRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs, binPath, ...args], {
      env: { PATH: process.env.PATH ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
