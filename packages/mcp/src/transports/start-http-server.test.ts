import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request as httpRequest } from "node:http";
import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { McpServerConfig } from "../config/mcp-server-config.js";
import { createGatewayAccess } from "../gateway/create-gateway-access.js";
import { createStderrLogger } from "../logging/create-stderr-logger.js";
import { BUILT_BIN, ensureBuilt } from "../test-support/ensure-built.js";
import { firstText } from "../test-support/first-text.js";
import { testConfig } from "../test-support/test-config.js";
import { type HttpServerHandle, startHttpServer } from "./start-http-server.js";

const TOKEN = "test-token-0123456789abcdef";

let gateway: DevGateway;
beforeAll(async () => {
  gateway = await startDevGateway();
});
afterAll(() => gateway.close());

async function withHttpServer(http: { token?: string }, body: (handle: HttpServerHandle, config: McpServerConfig) => Promise<void>): Promise<void> {
  const config = testConfig(gateway, { http: { host: "127.0.0.1", port: 0, token: http.token } });
  const logger = createStderrLogger([config.apiKey], () => undefined);
  const access = createGatewayAccess(config, { logger });
  const handle = await startHttpServer({ ...config, http: config.http! }, access, logger);
  try {
    await body(handle, config);
  } finally {
    await handle.close();
    await access.close();
  }
}

async function connectHttp(url: string, headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: "http-test", version: "0.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  return client;
}

const initialize = JSON.stringify({
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "raw", version: "0" } },
});
/** fetch() will not send a custom Host header; node:http will. */
function rawPostStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: "POST", headers: { ...mcpHeaders, ...headers }, timeout: 5000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
    request.end(initialize);
  });
}

const mcpHeaders = { "content-type": "application/json", accept: "application/json, text/event-stream" };

describe("stateless Streamable HTTP", () => {
  it("serves tools/list and tool calls, several at once, each request on a fresh server", async () => {
    await withHttpServer({}, async (handle) => {
      expect(handle.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
      const client = await connectHttp(handle.url);
      try {
        expect((await client.listTools()).tools).toHaveLength(4);
        const answers = await Promise.all(
          Array.from({ length: 10 }, (_, index) => client.callTool({ name: "crazyrouter_chat", arguments: { prompt: `number ${index}` } })),
        );
        expect(answers.map(firstText)).toEqual(Array.from({ length: 10 }, (_, index) => `Echo: number ${index}`));
        const models = await client.callTool({ name: "crazyrouter_list_models", arguments: { filter: "embedding" } });
        expect(models.structuredContent).toMatchObject({ count: 2 });
      } finally {
        await client.close();
      }
    });
  });

  it("streams progress notifications over SSE during a slow image call", async () => {
    const config = testConfig(gateway, {
      http: { host: "127.0.0.1", port: 0, token: undefined },
      extraHeaders: { "x-dev-gateway-fault": "slow-headers; delay_ms=3200" },
    });
    const logger = createStderrLogger([], () => undefined);
    const access = createGatewayAccess(config, { logger });
    const handle = await startHttpServer({ ...config, http: config.http! }, access, logger);
    const client = await connectHttp(handle.url);
    try {
      const progress: string[] = [];
      const result = await client.callTool({ name: "crazyrouter_generate_image", arguments: { prompt: "slow" } }, undefined, {
        onprogress: (note) => progress.push(note.message ?? ""),
      });
      expect(result.isError).toBeFalsy();
      expect(progress.length).toBeGreaterThanOrEqual(2);
    } finally {
      await client.close();
      await handle.close();
      await access.close();
    }
  }, 15_000);

  it("refuses a foreign Host header (DNS rebinding) and a foreign Origin with 403", async () => {
    await withHttpServer({}, async (handle) => {
      expect(await rawPostStatus(handle.url, { host: "evil.example" })).toBe(403);
      // What a rebound DNS name looks like: the right port, someone else's name.
      expect(await rawPostStatus(handle.url, { host: `attacker.test:${handle.port}` })).toBe(403);
      expect(await rawPostStatus(handle.url, { origin: "https://evil.example" })).toBe(403);
      // A sandboxed iframe or a file: page sends Origin: null; no MCP client does.
      expect(await rawPostStatus(handle.url, { origin: "null" })).toBe(403);
      expect(await rawPostStatus(handle.url, { host: `localhost:${handle.port}`, origin: `http://localhost:${handle.port}` })).toBe(200);
      expect(await rawPostStatus(handle.url, { host: `127.0.0.1:${handle.port}` })).toBe(200);
    });
  });

  it("refuses Origin: null on a token-guarded public bind too", async () => {
    const config = testConfig(gateway, { http: { host: "0.0.0.0", port: 0, token: TOKEN } });
    const logger = createStderrLogger([], () => undefined);
    const access = createGatewayAccess(config, { logger });
    const handle = await startHttpServer({ ...config, http: config.http! }, access, logger);
    try {
      const url = `http://127.0.0.1:${handle.port}/mcp`;
      expect(await rawPostStatus(url, { authorization: `Bearer ${TOKEN}`, origin: "null" })).toBe(403);
      expect(await rawPostStatus(url, { authorization: `Bearer ${TOKEN}` })).toBe(200);
    } finally {
      await handle.close();
      await access.close();
    }
  });

  it("refuses a batch of 100 tool calls with a JSON-RPC error before any gateway call, and serves small batches", async () => {
    await withHttpServer({}, async (handle) => {
      gateway.clearRequests();
      const call = (id: number) => ({
        jsonrpc: "2.0",
        id,
        method: "tools/call",
        params: { name: "crazyrouter_chat", arguments: { prompt: `paid call ${id}` } },
      });
      const post = (body: unknown) => fetch(handle.url, { method: "POST", headers: mcpHeaders, body: JSON.stringify(body) });
      const hundred = await post(Array.from({ length: 100 }, (_, index) => call(index + 1)));
      expect(hundred.status).toBe(400);
      expect(await hundred.json()).toEqual({
        jsonrpc: "2.0",
        id: null,
        error: {
          code: -32600,
          message: "Invalid Request: one HTTP request may carry at most 10 JSON-RPC messages (this one has 100); send them in separate requests.",
        },
      });
      const five = await post(Array.from({ length: 5 }, (_, index) => call(index + 1)));
      expect(five.status).toBe(400);
      expect(((await five.json()) as { error: { message: string } }).error.message).toMatch(/at most 4 tools\/call messages \(this one has 5\)/);
      expect(gateway.requests).toHaveLength(0);
      const three = await post(Array.from({ length: 3 }, (_, index) => call(index + 1)));
      expect(three.status).toBe(200);
      await three.text();
      expect(gateway.requests.filter((request) => request.path === "/v1/chat/completions")).toHaveLength(3);
      const oversized = await fetch(handle.url, { method: "POST", headers: mcpHeaders, body: JSON.stringify({ padding: "x".repeat(5 * 1024 * 1024) }) });
      expect(oversized.status).toBe(413);
      const broken = await fetch(handle.url, { method: "POST", headers: mcpHeaders, body: "{not json" });
      expect(broken.status).toBe(400);
      expect(((await broken.json()) as { error: { code: number } }).error.code).toBe(-32700);
    });
  });

  it("answers 404 off /mcp and 405 for GET and DELETE", async () => {
    await withHttpServer({}, async (handle) => {
      expect((await fetch(handle.url.replace("/mcp", "/other"), { method: "POST", headers: mcpHeaders, body: initialize })).status).toBe(404);
      const get = await fetch(handle.url, { headers: { accept: "text/event-stream" } });
      expect(get.status).toBe(405);
      expect(get.headers.get("allow")).toBe("POST");
      expect((await fetch(handle.url, { method: "DELETE" })).status).toBe(405);
    });
  });

  it("requires the bearer token when one is set", async () => {
    await withHttpServer({ token: TOKEN }, async (handle) => {
      const missing = await fetch(handle.url, { method: "POST", headers: mcpHeaders, body: initialize });
      expect(missing.status).toBe(401);
      expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);
      const wrong = await fetch(handle.url, { method: "POST", headers: { ...mcpHeaders, authorization: `Bearer ${TOKEN}x` }, body: initialize });
      expect(wrong.status).toBe(401);
      await expect(connectHttp(handle.url)).rejects.toThrow();
      const client = await connectHttp(handle.url, { authorization: `Bearer ${TOKEN}` });
      try {
        const result = await client.callTool({ name: "crazyrouter_chat", arguments: { prompt: "Reply only OK" } });
        expect(firstText(result)).toBe("OK");
      } finally {
        await client.close();
      }
    });
  });

  it("refuses to bind a non-loopback address without a token", async () => {
    const config = testConfig(gateway, { http: { host: "0.0.0.0", port: 0, token: undefined } });
    const logger = createStderrLogger([], () => undefined);
    await expect(startHttpServer({ ...config, http: config.http! }, createGatewayAccess(config), logger)).rejects.toThrow(/without a bearer token/);
  });
});

describe("the built bin with --http", () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it("prints where it listens, serves calls, and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, [BUILT_BIN, "--http", "--port", "0", "--token", TOKEN], {
      env: { PATH: process.env.PATH ?? "", CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.baseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    try {
      await expect.poll(() => /listening on (\S+)/.exec(stderr)?.[1], { timeout: 5000 }).toBeDefined();
      const url = /listening on (\S+)/.exec(stderr)![1]!;
      const client = await connectHttp(url, { authorization: `Bearer ${TOKEN}` });
      const result = await client.callTool({ name: "crazyrouter_chat", arguments: { prompt: "Reply only OK" } });
      expect(firstText(result)).toBe("OK");
      await client.close();
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(stdout).toBe("");
      expect(stderr).not.toContain(TOKEN);
      expect(stderr).not.toContain(gateway.apiKey);
      expect(stderr).toMatch(/--token is visible to every user of this machine in the process list/);
    } finally {
      clearTimeout(killer);
      child.kill("SIGKILL");
    }
  }, 20_000);

  it("takes the token from a file (or the environment), keeping it out of the process list", async () => {
    const tokenFile = join(mkdtempSync(join(tmpdir(), "mcp-token-")), "token");
    writeFileSync(tokenFile, `${TOKEN}\n`, { mode: 0o600 });
    const child = spawn(process.execPath, [BUILT_BIN, "--http", "--port", "0"], {
      env: { PATH: process.env.PATH ?? "", CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.baseUrl, CRAZYROUTER_MCP_TOKEN_FILE: tokenFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    try {
      await expect.poll(() => /listening on (\S+)/.exec(stderr)?.[1], { timeout: 5000 }).toBeDefined();
      const url = /listening on (\S+)/.exec(stderr)![1]!;
      expect(stderr).toContain("(bearer token required)");
      expect((await fetch(url, { method: "POST", headers: mcpHeaders, body: initialize })).status).toBe(401);
      const client = await connectHttp(url, { authorization: `Bearer ${TOKEN}` });
      expect(firstText(await client.callTool({ name: "crazyrouter_chat", arguments: { prompt: "Reply only OK" } }))).toBe("OK");
      await client.close();
      // What `ps` shows: the command line holds the file's name, never the token.
      expect(readFileSync(`/proc/${child.pid}/cmdline`, "utf8")).not.toContain(TOKEN);
      expect(stderr).not.toMatch(/process list/);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      clearTimeout(killer);
      child.kill("SIGKILL");
    }
  }, 20_000);
});
