import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const binPath = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

/** Collects a child's output and resolves with its exit code; kills it if it outlives `timeoutMs`. */
function run(
  child: ChildProcess,
  timeoutMs = 10_000,
): { stdout: () => string; stderr: () => string; exited: Promise<number | null>; line(pattern: RegExp): Promise<RegExpMatchArray> } {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  /** Resolves when stdout holds a match, checked as output arrives; fails if the child exits without one. */
  const line = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(stdout);
        if (!match) return false;
        child.stdout?.off("data", check);
        resolve(match);
        return true;
      };
      if (check()) return;
      child.stdout?.on("data", check);
      void exited.then(() => check() || reject(new Error(`no line matching ${pattern} in: ${stdout}`)));
    });
  return { stdout: () => stdout, stderr: () => stderr, exited, line };
}

describe("crazyrouter-dev-gateway bin", () => {
  beforeAll(() => {
    // The repo's test script builds first; a lone `vitest run` of this package builds here instead.
    if (existsSync(binPath)) return;
    const build = spawnSync(process.execPath, [fileURLToPath(new URL("../node_modules/tsup/dist/cli-default.js", import.meta.url))], {
      cwd: packageDir,
      encoding: "utf8",
    });
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr}${build.stdout}`);
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    test(`prints root URL, /v1 base URL and key, serves, and stops on ${signal}`, async () => {
      const child = spawn(process.execPath, [binPath, "--port", "0", "--api-key", "sk-first", "--api-key", "sk-second"], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      const output = run(child);
      const [, rootUrl] = await output.line(/root URL: (\S+)/);
      const [, baseUrl] = await output.line(/base URL: (\S+)/);
      await output.line(/API key: +sk-first/);
      expect(rootUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(baseUrl).toBe(`${rootUrl}/v1`);

      const models = await fetch(`${baseUrl}/models`, { headers: { authorization: "Bearer sk-second" } });
      expect(models.status).toBe(200);

      child.kill(signal);
      expect(await output.exited).toBe(0);
    });
  }

  test("refuses a non-loopback host with a clear error", async () => {
    const output = run(spawn(process.execPath, [binPath, "--host", "0.0.0.0", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] }));
    expect(await output.exited).toBe(1);
    expect(output.stderr()).toMatch(/loopback only/);
  });

  test("--help prints usage; an unknown flag exits 2 with the usage", async () => {
    const help = run(spawn(process.execPath, [binPath, "--help"], { stdio: ["ignore", "pipe", "pipe"] }));
    expect(await help.exited).toBe(0);
    expect(help.stdout()).toContain("Usage: crazyrouter-dev-gateway");
    const wrong = run(spawn(process.execPath, [binPath, "--prot", "1"], { stdio: ["ignore", "pipe", "pipe"] }));
    expect(await wrong.exited).toBe(2);
    expect(wrong.stderr()).toContain("Usage: crazyrouter-dev-gateway");
  });
});
