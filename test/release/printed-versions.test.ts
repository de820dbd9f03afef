/**
 * A release bumps the version in package.json only; everything that prints or sends a version must follow it:
 * user-agent headers (recorded by the dev gateway), `--version`, the MCP server's `initialize` answer and the
 * Dify plugin manifests.
 */
import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createClient, createFetchTransport } from "@crazyrouter/core";
import { nodeTimers } from "@crazyrouter/core/node-runtime";
import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { buildDifyPlugins } from "@crazyrouter/dify";
import { Crazyrouter } from "n8n-nodes-crazyrouter";
import { createMockContext } from "n8n-nodes-crazyrouter/testing";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const run = promisify(execFile);
const root = join(import.meta.dirname, "..", "..");
const versionOf = (folder: string): string => (JSON.parse(readFileSync(join(root, "packages", folder, "package.json"), "utf8")) as { version: string }).version;

let gateway: DevGateway;
beforeAll(async () => {
  gateway = await startDevGateway();
});
afterAll(async () => {
  await gateway?.close();
});

function userAgentOfLastRequest(): string | undefined {
  return gateway.requests.at(-1)?.headers["user-agent"];
}

describe("user-agent headers carry the package.json version", () => {
  it("the core's default", async () => {
    const client = createClient({ apiKey: gateway.apiKey, baseUrl: gateway.url, transport: createFetchTransport(fetch), timers: nodeTimers });
    await client.listModels();
    expect(userAgentOfLastRequest()).toBe(`crazyrouter-core/${versionOf("core")}`);
  });

  it("the CLI", async () => {
    // Asynchronous: the dev gateway answers from this process meanwhile.
    await run(process.execPath, [join(root, "packages", "cli", "dist", "bin.js"), "models"], {
      env: { PATH: process.env.PATH ?? "", CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.url },
    });
    expect(userAgentOfLastRequest()).toBe(`crazyrouter-cli/${versionOf("cli")}`);
  });

  it("the n8n node", async () => {
    const mock = createMockContext({
      credentials: { apiKey: gateway.apiKey, region: "custom", baseUrl: gateway.url },
      parameters: { resource: "model", returnAll: true },
    });
    await new Crazyrouter().execute.call(mock.context);
    expect(userAgentOfLastRequest()).toBe(`n8n-nodes-crazyrouter/${versionOf("n8n")}`);
  });

  it("the MCP server, which also reports it in initialize and --version", async () => {
    const bin = join(root, "packages", "mcp", "dist", "bin.js");
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [bin],
      env: { PATH: process.env.PATH ?? "", CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.url },
      stderr: "ignore",
    });
    const client = new Client({ name: "version-test", version: "0.0.0" });
    try {
      await client.connect(transport);
      expect(client.getServerVersion()?.version).toBe(versionOf("mcp"));
      await client.callTool({ name: "crazyrouter_list_models", arguments: {} });
      expect(userAgentOfLastRequest()).toBe(`crazyrouter-mcp/${versionOf("mcp")}`);
    } finally {
      await client.close();
    }
    expect(spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" }).stdout).toBe(`${versionOf("mcp")}\n`);
  });
});

it("crazyrouter --version prints the CLI's version", () => {
  const ran = spawnSync(process.execPath, [join(root, "packages", "cli", "dist", "bin.js"), "--version"], { encoding: "utf8" });
  expect(ran.stderr).toBe("");
  expect(ran.stdout).toBe(`${versionOf("cli")}\n`);
  expect(ran.status).toBe(0);
});

it("the Dify plugins' manifests carry the Dify package's version", () => {
  for (const plugin of buildDifyPlugins()) {
    expect(plugin.version).toBe(versionOf("dify"));
    const manifest = plugin.files.find((file) => file.path === "manifest.yaml");
    expect((parse(String(manifest?.content)) as { version: string }).version).toBe(versionOf("dify"));
  }
});
