import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { McpServerConfig } from "../config/mcp-server-config.js";
import { connectInMemory } from "../test-support/connect-in-memory.js";
import { firstText } from "../test-support/first-text.js";
import { testConfig } from "../test-support/test-config.js";

/** Issue 11 through the MCP server: what the model sees when the gateway or the configuration is broken. */

const fastRetries = { retry: { baseDelayMs: 5, maxDelayMs: 20 } };
let gateway: DevGateway;
beforeAll(async () => {
  gateway = await startDevGateway();
});
afterAll(() => gateway.close());
beforeEach(() => gateway.clearRequests());

async function call(overrides: Partial<McpServerConfig>, name: string, args: Record<string, unknown>) {
  const connection = await connectInMemory(testConfig(gateway, overrides), { clientOptions: fastRetries });
  try {
    const result = await connection.client.callTool({ name, arguments: args });
    return { result, text: firstText(result), logs: connection.logs.join("\n") };
  } finally {
    await connection.close();
  }
}
const withFault = (spec: string): Partial<McpServerConfig> => ({ extraHeaders: { "x-dev-gateway-fault": spec } });

describe("the MCP server against a hostile gateway", () => {
  it("ends a call to a gateway that never answers at the configured deadline, as a timeout with a fix", async () => {
    const { result, text } = await call({ ...withFault("no-headers"), timeoutMs: 1000 }, "crazyrouter_list_models", {});
    expect(result.isError).toBe(true);
    expect(text).toMatch(/\(timeout\)\. Fix: /);
  });

  it("retries a body cut mid-answer, then explains it as a connection error instead of a raw socket error", async () => {
    const { result, text } = await call(withFault("body-cut"), "crazyrouter_chat", { prompt: "hi" });
    expect(result.isError).toBe(true);
    expect(text).toMatch(/^The connection broke while the answer was arriving: .*\(connection, request req_\w+\)\. Fix: The connection was cut/);
    expect(gateway.requests).toHaveLength(3);
  });

  it("shows the upstream message of a 200 that carries an error", async () => {
    const { text } = await call(withFault("error-200"), "crazyrouter_chat", { prompt: "hi" });
    expect(text).toMatch(/answered 200 with an error instead of a result: The upstream provider is overloaded/);
  });

  it("reads an answer the gateway gzipped unasked", async () => {
    const { result, text } = await call(withFault("gzip"), "crazyrouter_chat", { prompt: "Reply only OK" });
    expect(result.isError).toBeFalsy();
    expect(text).toBe("OK");
  });

  it("explains a redirect instead of calling it a bad parameter", async () => {
    const { text } = await call(withFault("moved"), "crazyrouter_list_models", {});
    expect(text).toMatch(/The base URL redirects \(HTTP 301 to .*\/moved\/v1\/models\).*\(invalid_response, HTTP 301/);
  });
});

describe("bad configuration and inputs are refused before any request", () => {
  it("an empty CRAZYROUTER_BASE_URL is an error that says how to fix it, not a silent default", async () => {
    const { result, text } = await call({ baseUrl: "" }, "crazyrouter_list_models", {});
    expect(result.isError).toBe(true);
    expect(text).toMatch(/^CRAZYROUTER_BASE_URL: The base URL is empty\./);
    expect(text).toMatch(/leave it unset for the default.*Change or remove CRAZYROUTER_BASE_URL/);
    expect(gateway.requests).toHaveLength(0);
  });

  it("a look-alike host is refused with the real routes named", async () => {
    const { text } = await call({ baseUrl: "https://xn--crazyrutr-ohgb.com/v1" }, "crazyrouter_list_models", {});
    expect(text).toMatch(/^CRAZYROUTER_BASE_URL: .*punycode.*https:\/\/crazyrouter\.com\/v1/);
  });

  it("max_tokens far beyond any model's limit names the field and the range", async () => {
    const { result, text } = await call({}, "crazyrouter_chat", { prompt: "hi", max_tokens: 1e9 });
    expect(result.isError).toBe(true);
    expect(text).toMatch(/max_tokens must be from 1 to 1048576/);
    expect(gateway.requests).toHaveLength(0);
  });

  it("an image size like 99999x99999 names the field and the range", async () => {
    const { result, text } = await call({}, "crazyrouter_generate_image", { prompt: "a cat", size: "99999x99999" });
    expect(result.isError).toBe(true);
    expect(text).toMatch(/size must be WIDTHxHEIGHT with each side from 64 to 8192 pixels/);
    expect(gateway.requests).toHaveLength(0);
  });
});
