import { glob, readFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// n8n's community-node scanner rejects bundles that touch process, timers or other host globals, and
// browsers or edge runtimes have no node: modules. The root entry must therefore bundle for a neutral
// platform and contain none of them; Node-only pieces live behind `@crazyrouter/core/node`, and test helpers
// behind `@crazyrouter/core/testing` (src/testing/, never imported by shipped code).
const sourceDirectory = new URL(".", import.meta.url).pathname;

describe("the core's root entry", () => {
  it("bundles for a neutral platform with no Node built-ins and no host globals", async () => {
    const result = await build({
      entryPoints: [new URL("./index.ts", import.meta.url).pathname],
      bundle: true,
      write: false,
      platform: "neutral",
      format: "esm",
      mainFields: ["module", "main"],
      conditions: ["crazyrouter-source", "import", "default"],
      logLevel: "silent",
    });
    const code = result.outputFiles[0]?.text ?? "";
    expect(code.length).toBeGreaterThan(1000);
    for (const forbidden of [/\bprocess\./, /\bsetTimeout\(/, /\bsetInterval\(/, /\brequire\(/, /from\s+["']node:/]) {
      expect(code, `root bundle matches ${forbidden}`).not.toMatch(forbidden);
    }
  });

  it("reads no host globals in our own code (zod's registry on globalThis is its own business)", async () => {
    const offenders: string[] = [];
    for await (const file of glob("**/*.ts", { cwd: sourceDirectory })) {
      if (file.endsWith(".test.ts") || file === "node.ts" || file.includes("node-") || file.includes("undici-") || file.startsWith("testing/")) continue;
      const text = await readFile(path.join(sourceDirectory, file), "utf8");
      if (/\bprocess\.|\bsetTimeout\(|\bsetInterval\(|\bglobalThis\b/.test(text)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
