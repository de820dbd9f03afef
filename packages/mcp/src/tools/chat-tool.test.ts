import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { connectInMemory, type InMemoryConnection } from "../test-support/connect-in-memory.js";
import { firstText } from "../test-support/first-text.js";
import { testConfig } from "../test-support/test-config.js";

let gateway: DevGateway;
let connection: InMemoryConnection;
beforeAll(async () => {
  gateway = await startDevGateway();
  connection = await connectInMemory(testConfig(gateway, { chatModel: "claude-sonnet-4-6" }));
});
afterAll(async () => {
  await connection.close();
  await gateway.close();
});
beforeEach(() => gateway.clearRequests());

it("answers a prompt with the reply as the first text block and structured details", async () => {
  const result = await connection.client.callTool({ name: "crazyrouter_chat", arguments: { prompt: "Reply only OK" } });
  expect(result.isError).toBeFalsy();
  expect(firstText(result)).toBe("OK");
  expect(result.structuredContent).toMatchObject({
    text: "OK",
    model: "claude-sonnet-4-6",
    finish_reason: "stop",
    usage: { total_tokens: expect.any(Number) },
  });
  expect((result.structuredContent as { request_id: string }).request_id).toMatch(/^req_/);
  expect(gateway.requests[0]?.body).toEqual({ model: "claude-sonnet-4-6", messages: [{ role: "user", content: "Reply only OK" }] });
});

it("sends system, messages and prompt in that order, with the sampling options", async () => {
  const result = await connection.client.callTool({
    name: "crazyrouter_chat",
    arguments: {
      system: "Be brief.",
      messages: [
        { role: "user", content: "Hi" },
        { role: "assistant", content: "Hello" },
      ],
      prompt: "How are you?",
      model: "gemini-3-pro-preview",
      temperature: 0.3,
      max_tokens: 50,
    },
  });
  expect(firstText(result)).toBe("Echo: How are you?");
  expect(gateway.requests[0]?.body).toEqual({
    model: "gemini-3-pro-preview",
    messages: [
      { role: "system", content: "Be brief." },
      { role: "user", content: "Hi" },
      { role: "assistant", content: "Hello" },
      { role: "user", content: "How are you?" },
    ],
    temperature: 0.3,
    max_tokens: 50,
  });
});

it("reports a model the key may not use with the fix hint", async () => {
  const result = await connection.client.callTool({ name: "crazyrouter_chat", arguments: { prompt: "hi", model: "fault-403" } });
  expect(result.isError).toBe(true);
  expect(firstText(result)).toMatch(/HTTP 403.*Fix: .*whitelist/);
});

it("cuts a reply too long for one MCP result at a character boundary, and says so", async () => {
  // The dev gateway echoes the prompt: 300,000 two-byte characters make a 600 KB reply.
  const result = await connection.client.callTool({ name: "crazyrouter_chat", arguments: { prompt: "é".repeat(300_000) } });
  expect(result.isError).toBeFalsy();
  const structured = result.structuredContent as { text: string; truncated?: boolean };
  expect(structured.truncated).toBe(true);
  expect(Buffer.byteLength(structured.text)).toBeLessThanOrEqual(256 * 1024);
  expect(structured.text.startsWith("Echo: éé")).toBe(true);
  expect(structured.text.endsWith("é")).toBe(true);
  expect(firstText(result)).toMatch(/\[Reply cut: it is 585\.9 KB, .*set max_tokens\.\]$/);
  expect(Buffer.byteLength(JSON.stringify(result))).toBeLessThan(640 * 1024);
});
