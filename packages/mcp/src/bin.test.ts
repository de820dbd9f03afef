import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DevGateway, startDevGateway, startHostileGateway } from "@crazyrouter/dev-gateway";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SERVER_INFO } from "./server/server-info.js";
import { TOOL_NAMES } from "./server/tool-names.js";
import { BUILT_BIN, ensureBuilt, PACKAGE_DIR } from "./test-support/ensure-built.js";
import { firstText } from "./test-support/first-text.js";
import { runBin } from "./test-support/run-bin.js";

let gateway: DevGateway;
beforeAll(async () => {
  ensureBuilt();
  gateway = await startDevGateway();
}, 120_000);
afterAll(() => gateway.close());

interface ExampleServer {
  command: string;
  args: string[];
  env: Record<string, string>;
}

/** Exactly the command of an example config, with the npx package swapped for the local build. */
function exampleLaunch(file: string): ExampleServer {
  const config = JSON.parse(readFileSync(join(PACKAGE_DIR, "..", "..", "examples", file), "utf8")) as { mcpServers: Record<string, ExampleServer> };
  const server = config.mcpServers.crazyrouter!;
  expect([server.command, ...server.args]).toEqual(["npx", "-y", "@crazyrouter/mcp"]);
  return { command: process.execPath, args: [BUILT_BIN], env: server.env };
}

async function connectStdio(env: Record<string, string>) {
  const transport = new StdioClientTransport({ command: process.execPath, args: [BUILT_BIN], env: { PATH: process.env.PATH ?? "", ...env }, stderr: "pipe" });
  let stderr = "";
  transport.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: "stdio-test", version: "0.0.0" });
  await client.connect(transport);
  return { client, transport, stderr: () => stderr };
}

describe("the built bin over stdio", () => {
  for (const file of ["cherry-studio/cherry-studio.json", "claude-desktop/claude-desktop.json", "cursor/cursor-mcp.json"]) {
    it(`starts from ${file}'s command and answers tools/list and a chat call`, async () => {
      const launch = exampleLaunch(file);
      const env = { ...launch.env, CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.url };
      const { client, stderr } = await connectStdio(env);
      try {
        expect(client.getServerVersion()).toMatchObject({ name: SERVER_INFO.name, version: SERVER_INFO.version });
        const { tools } = await client.listTools();
        expect(tools.map((tool) => tool.name)).toEqual([...TOOL_NAMES]);
        const result = await client.callTool({ name: "crazyrouter_chat", arguments: { prompt: "Reply only OK" } });
        expect(firstText(result)).toBe("OK");
      } finally {
        await client.close();
      }
      expect(stderr()).not.toContain(gateway.apiKey);
    });
  }

  it("runs every tool from the bundle (lazy chunks, undici, image download and save)", async () => {
    const outputDir = mkdtempSync(join(tmpdir(), "crazyrouter-mcp-bin-"));
    const { client } = await connectStdio({ CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.baseUrl, CRAZYROUTER_OUTPUT_DIR: outputDir });
    try {
      const models = await client.callTool({ name: "crazyrouter_list_models", arguments: { filter: "gpt" } });
      expect(models.structuredContent).toMatchObject({ ids: ["gpt-5.4", "gpt-image-2"] });
      const embeddings = await client.callTool({ name: "crazyrouter_embeddings", arguments: { texts: ["a", "b"], dimensions: 8, include_vectors: true } });
      expect(embeddings.structuredContent).toMatchObject({ count: 2, dimensions: 8 });
      const image = await client.callTool({ name: "crazyrouter_generate_image", arguments: { prompt: "a lighthouse" } });
      expect(image.isError).toBeFalsy();
      expect((image.content as Array<{ type: string }>).map((block) => block.type)).toEqual(["text", "image"]);
      expect(readdirSync(outputDir)).toHaveLength(1);
    } finally {
      await client.close();
    }
  });

  it("starts without a key, lists tools, and explains how to set it; the key never reaches stderr", async () => {
    const { client, stderr } = await connectStdio({ CRAZYROUTER_BASE_URL: gateway.url });
    try {
      expect((await client.listTools()).tools).toHaveLength(4);
      const result = await client.callTool({ name: "crazyrouter_list_models", arguments: {} });
      expect(result.isError).toBe(true);
      expect(firstText(result)).toContain("CRAZYROUTER_API_KEY");
    } finally {
      await client.close();
    }
    expect(stderr()).toContain("CRAZYROUTER_API_KEY is not set");
  });

  it("keeps the key out of stderr when calls fail", async () => {
    const { client, stderr } = await connectStdio({
      CRAZYROUTER_API_KEY: gateway.apiKey,
      CRAZYROUTER_BASE_URL: gateway.baseUrl,
      CRAZYROUTER_EXTRA_HEADERS: JSON.stringify({ "x-dev-gateway-fault": "401" }),
    });
    try {
      const result = await client.callTool({ name: "crazyrouter_chat", arguments: { prompt: `echo ${gateway.apiKey}` } });
      expect(result.isError).toBe(true);
      expect(JSON.stringify(result)).not.toContain(gateway.apiKey);
    } finally {
      await client.close();
    }
    expect(stderr()).toContain("crazyrouter_chat failed");
    expect(stderr()).not.toContain(gateway.apiKey);
  });

  it("answers a 50 MB model list with a result a stdio client can take (SDK client, 10 MB read buffer)", async () => {
    const hostile = await startHostileGateway();
    // 120,000 ids of about 420 characters: the gateway's answer is over 50 MB.
    hostile.answerModels(120_000, 420);
    const { client } = await connectStdio({ CRAZYROUTER_API_KEY: hostile.apiKey, CRAZYROUTER_BASE_URL: hostile.url });
    try {
      const result = await client.callTool({ name: "crazyrouter_list_models", arguments: {} });
      expect(result.isError).toBeFalsy();
      expect(Buffer.byteLength(JSON.stringify(result))).toBeLessThan(512 * 1024);
      expect(result.structuredContent).toMatchObject({ matched: 120_000, total: 120_000, truncated: true });
      expect(firstText(result)).toMatch(/^Showing \d+ of 120,000 models this key may call; pass filter/);
      const narrowed = await client.callTool({ name: "crazyrouter_list_models", arguments: { filter: "model-11999" } });
      expect(narrowed.structuredContent).toMatchObject({ count: 10, matched: 10, truncated: false });
    } finally {
      await client.close();
      await hostile.close();
    }
  }, 60_000);

  it("writes nothing but JSON-RPC to stdout and exits when stdin closes, even mid-call", async () => {
    const child = spawn(process.execPath, [BUILT_BIN], {
      // The answer would come after 10 minutes: exiting in time proves the bin did not wait for it.
      env: {
        PATH: process.env.PATH ?? "",
        CRAZYROUTER_API_KEY: gateway.apiKey,
        CRAZYROUTER_BASE_URL: gateway.baseUrl,
        CRAZYROUTER_EXTRA_HEADERS: JSON.stringify({ "x-dev-gateway-fault": "slow-headers; delay_ms=600000" }),
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    const send = (message: object) => child.stdin.write(`${JSON.stringify(message)}\n`);
    send({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "raw", version: "0" } },
    });
    send({ jsonrpc: "2.0", method: "notifications/initialized" });
    try {
      // Mid-call means the gateway holds the image request: wait for that event, not for a fixed time.
      const imageRequests = () => gateway.requests.filter((request) => request.path.endsWith("/images/generations")).length;
      const before = imageRequests();
      send({ jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "crazyrouter_generate_image", arguments: { prompt: "slow" } } });
      await expect.poll(() => stdout.includes('"id":1') && imageRequests() > before, { timeout: 15_000 }).toBe(true);
      child.stdin.end();
      expect(await exited).toBe(0);
      for (const line of stdout.split("\n").filter(Boolean)) expect(JSON.parse(line)).toHaveProperty("jsonrpc", "2.0");
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});

describe("the built bin's flags", () => {
  it("prints --version and --help on stdout", async () => {
    expect(await runBin(["--version"])).toMatchObject({ code: 0, stdout: `${SERVER_INFO.version}\n` });
    const help = await runBin(["--help"]);
    expect(help.code).toBe(0);
    for (const name of ["CRAZYROUTER_API_KEY", "CRAZYROUTER_TOOLS", "--http", "--token"]) expect(help.stdout).toContain(name);
  });

  it("exits 2 with a clear message on bad configuration", async () => {
    const bad = await runBin(["--nope"]);
    expect(bad).toMatchObject({ code: 2, stdout: "" });
    expect(bad.stderr).toMatch(/Unknown option '--nope'/);
    const badEnv = await runBin([], { CRAZYROUTER_TOOLS: "paint" });
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr).toMatch(/unknown tool "paint"/);
  });

  it("refuses to bind a non-loopback address without a token", async () => {
    const run = await runBin(["--http", "--host", "0.0.0.0", "--port", "0"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Refusing to listen on 0\.0\.0\.0 without a bearer token/);
  });
});
