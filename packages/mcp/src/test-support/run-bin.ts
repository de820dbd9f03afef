import { spawn } from "node:child_process";
import { BUILT_BIN } from "./ensure-built.js";

export interface BinRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built bin to completion with a hard deadline, for flags that exit on their own. */
export function runBin(args: string[], env: Record<string, string> = {}, timeoutMs = 10_000): Promise<BinRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILT_BIN, ...args], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`bin did not exit within ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
