import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDevGateway } from "@crazyrouter/dev-gateway";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { beforeAll, expect, it } from "vitest";
import { BUILT_BIN, ensureBuilt, PACKAGE_DIR } from "./test-support/ensure-built.js";

beforeAll(() => ensureBuilt(), 120_000);

it("has nothing for npx to install: no dependencies, optional peers only, no install scripts", () => {
  const manifest = JSON.parse(readFileSync(join(PACKAGE_DIR, "package.json"), "utf8")) as Record<string, unknown>;
  expect(manifest.dependencies).toBeUndefined();
  expect(manifest.optionalDependencies).toBeUndefined();
  // The SDK and zod are peers only for code that embeds the server (their types); npm installs no optional peer.
  const peers = Object.keys(manifest.peerDependencies ?? {});
  const peersMeta = (manifest.peerDependenciesMeta ?? {}) as Record<string, { optional?: boolean }>;
  for (const peer of peers) expect(peersMeta[peer]?.optional, peer).toBe(true);
  const scripts = (manifest.scripts ?? {}) as Record<string, string>;
  for (const hook of ["preinstall", "install", "postinstall", "prepare"]) expect(scripts[hook]).toBeUndefined();
  expect(manifest.bin).toEqual({ "crazyrouter-mcp": "./dist/bin.js" });
  expect(readFileSync(BUILT_BIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
});

it("runs every tool from a copy outside the workspace, where no node_modules can be found", async () => {
  // What npx gets: package.json and dist/ alone. Any import left unbundled fails here.
  const copy = mkdtempSync(join(tmpdir(), "crazyrouter-mcp-packed-"));
  cpSync(join(PACKAGE_DIR, "dist"), join(copy, "dist"), { recursive: true });
  cpSync(join(PACKAGE_DIR, "package.json"), join(copy, "package.json"));
  const gateway = await startDevGateway();
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [join(copy, "dist", "bin.js")],
    cwd: copy,
    env: {
      PATH: process.env.PATH ?? "",
      CRAZYROUTER_API_KEY: gateway.apiKey,
      CRAZYROUTER_BASE_URL: gateway.baseUrl,
      CRAZYROUTER_OUTPUT_DIR: join(copy, "images"),
    },
    stderr: "ignore",
  });
  const client = new Client({ name: "packed-test", version: "0.0.0" });
  try {
    await client.connect(transport);
    const calls = [
      { name: "crazyrouter_chat", arguments: { prompt: "Reply only OK" } },
      { name: "crazyrouter_embeddings", arguments: { texts: ["a"], similarity: true } },
      { name: "crazyrouter_generate_image", arguments: { prompt: "a kite" } },
      { name: "crazyrouter_list_models", arguments: {} },
    ];
    for (const call of calls) {
      const result = await client.callTool(call);
      expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    }
  } finally {
    await client.close();
    await gateway.close();
  }
  // The HTTP transport's lazy chunk loads from the copy too.
  const help = spawnSync(process.execPath, [join(copy, "dist", "bin.js"), "--http", "--host", "0.0.0.0"], { cwd: copy, encoding: "utf8", timeout: 10_000 });
  expect(help.stderr).toMatch(/Refusing to listen/);
});
