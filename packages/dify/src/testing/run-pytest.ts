import { spawn } from "node:child_process";
import { join } from "node:path";
import { packageRoot } from "../package-root.js";

export interface PytestRun {
  exitCode: number | null;
  output: string;
}

/** The folder of this package's pytest suites. */
export function pythonTestsDir(): string {
  return join(packageRoot(), "python-tests");
}

/**
 * Runs pytest asynchronously (the dev gateway the tests call lives in this same Node process, so blocking
 * here would starve it), with no cache or bytecode written into the repository, and kills it after the
 * deadline.
 */
export function runPytest(options: { python: string; args: string[]; env: Record<string, string>; timeoutMs: number }): Promise<PytestRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.python, ["-m", "pytest", "-p", "no:cacheprovider", "-q", "-rfE", ...options.args], {
      cwd: pythonTestsDir(),
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1", PYTHONUNBUFFERED: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      output += `\n[runPytest] killed after ${options.timeoutMs} ms\n`;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, output });
    });
  });
}
