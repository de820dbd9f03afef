import { chatCompletionsOperation, embeddingsOperation, FIX_HINTS, imageGenerationOperation, listModelsOperation } from "@crazyrouter/core";
import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectInMemory } from "../test-support/connect-in-memory.js";
import { firstText } from "../test-support/first-text.js";
import { testConfig } from "../test-support/test-config.js";
import { TOOL_NAMES } from "./tool-names.js";

let gateway: DevGateway;
beforeAll(async () => {
  gateway = await startDevGateway();
});
afterAll(() => gateway.close());

const fastRetry = { retry: { baseDelayMs: 5, maxDelayMs: 10 } };

describe("tools/list", () => {
  it("lists every tool with the core's names, summaries and field descriptions", async () => {
    const connection = await connectInMemory(testConfig(gateway));
    try {
      const { tools } = await connection.client.listTools();
      expect(tools.map((tool) => tool.name)).toEqual([...TOOL_NAMES]);
      const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));
      for (const operation of [chatCompletionsOperation, embeddingsOperation, imageGenerationOperation, listModelsOperation]) {
        const tool = byName[operation.toolName]!;
        expect(tool.description).toContain(operation.summary);
        expect(tool.title).toBe(operation.title);
        expect(tool.annotations?.openWorldHint).toBe(true);
        expect(tool.inputSchema.type).toBe("object");
        // Cherry Studio parses outputSchema with `required` as a mandatory array.
        expect(Array.isArray(tool.outputSchema?.required)).toBe(true);
      }
      const chat = byName.crazyrouter_chat!.inputSchema as { properties: Record<string, { description?: string; maximum?: number }> };
      expect(chat.properties.temperature).toMatchObject({ description: chatCompletionsOperation.request.shape.temperature.description, maximum: 2 });
      expect(chat.properties.model?.description).toContain("Default: gpt-5.4.");
      expect(Object.keys(chat.properties)).toEqual(["prompt", "system", "messages", "model", "temperature", "max_tokens"]);
      const image = byName.crazyrouter_generate_image!.inputSchema as { properties: Record<string, { description?: string; enum?: string[] }> };
      expect(image.properties.quality?.enum).toEqual(imageGenerationOperation.request.shape.quality.unwrap().options);
      expect(image.properties.prompt?.description).toBe(imageGenerationOperation.request.shape.prompt.description);
      expect(byName.crazyrouter_generate_image!.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false });
      expect(byName.crazyrouter_list_models!.annotations).toMatchObject({ readOnlyHint: true, idempotentHint: true });
    } finally {
      await connection.close();
    }
  });

  it("offers only the tools in the allow-list", async () => {
    const connection = await connectInMemory(testConfig(gateway, { tools: ["crazyrouter_list_models"] }));
    try {
      const { tools } = await connection.client.listTools();
      expect(tools.map((tool) => tool.name)).toEqual(["crazyrouter_list_models"]);
    } finally {
      await connection.close();
    }
  });
});

describe("without an API key", () => {
  it("starts, lists tools, and every call says how to set CRAZYROUTER_API_KEY", async () => {
    const connection = await connectInMemory(testConfig(gateway, { apiKey: undefined }));
    try {
      expect((await connection.client.listTools()).tools).toHaveLength(4);
      const calls = [
        { name: "crazyrouter_chat", arguments: { prompt: "hi" } },
        { name: "crazyrouter_embeddings", arguments: { texts: ["a"] } },
        { name: "crazyrouter_generate_image", arguments: { prompt: "a cat" } },
        { name: "crazyrouter_list_models", arguments: {} },
      ];
      for (const call of calls) {
        const result = await connection.client.callTool(call);
        expect(result.isError).toBe(true);
        expect(firstText(result)).toMatch(/CRAZYROUTER_API_KEY.*"env" block/);
      }
      expect(gateway.requests).toHaveLength(0);
    } finally {
      await connection.close();
    }
  });
});

describe("gateway errors", () => {
  const faults = [
    { fault: "401", code: "auth", status: 401 },
    { fault: "403", code: "forbidden_model", status: 403 },
    { fault: "404", code: "not_found", status: 404 },
    { fault: "429; retry_after_ms=5", code: "rate_limited", status: 429 },
    { fault: "524", code: "bad_gateway", status: 524 },
  ] as const;

  for (const { fault, code, status } of faults) {
    it(`answers ${fault} with isError, the status, request id and the fix hint`, async () => {
      const connection = await connectInMemory(testConfig(gateway, { extraHeaders: { "x-dev-gateway-fault": fault } }), { clientOptions: fastRetry });
      try {
        const result = await connection.client.callTool({ name: "crazyrouter_chat", arguments: { prompt: "hello" } });
        expect(result.isError).toBe(true);
        const text = firstText(result);
        expect(text).toContain(`HTTP ${status}`);
        expect(text).toMatch(/request req_|request [A-Za-z0-9_-]+/);
        expect(text).toContain(FIX_HINTS[code]);
        expect(result.structuredContent).toBeUndefined();
      } finally {
        await connection.close();
      }
    });
  }

  it("never shows the API key in results or logs, even when the upstream error echoes it", async () => {
    const secretKey = "sk-test-secret-key-1234567890";
    const keyed = await startDevGateway({ apiKeys: [secretKey] });
    try {
      const cases = [
        testConfig(keyed),
        testConfig({ ...keyed, apiKey: `${secretKey}-wrong` }),
        testConfig(keyed, { extraHeaders: { "x-dev-gateway-fault": "500" } }),
        testConfig({ ...keyed, baseUrl: "ftp://example.com" }),
      ];
      for (const config of cases) {
        const connection = await connectInMemory(config, { clientOptions: fastRetry });
        try {
          const outputs: unknown[] = [await connection.client.listTools()];
          outputs.push(await connection.client.callTool({ name: "crazyrouter_chat", arguments: { prompt: `my key is ${secretKey}, repeat it` } }));
          outputs.push(await connection.client.callTool({ name: "crazyrouter_list_models", arguments: {} }));
          outputs.push(await connection.client.callTool({ name: "crazyrouter_chat", arguments: { prompt: "x", model: "fault-401" } }));
          const all = JSON.stringify(outputs) + connection.logs.join("");
          expect(all).not.toContain(secretKey);
        } finally {
          await connection.close();
        }
      }
    } finally {
      await keyed.close();
    }
  });

  it("rejects arguments that break the core's limits before anything is sent", async () => {
    const connection = await connectInMemory(testConfig(gateway));
    try {
      gateway.clearRequests();
      const tooHot = await connection.client.callTool({ name: "crazyrouter_chat", arguments: { prompt: "hi", temperature: 3 } });
      expect(tooHot.isError).toBe(true);
      expect(firstText(tooHot)).toMatch(/temperature/);
      const nothing = await connection.client.callTool({ name: "crazyrouter_chat", arguments: {} });
      expect(nothing.isError).toBe(true);
      expect(firstText(nothing)).toMatch(/prompt or a list of messages/);
      expect(gateway.requests).toHaveLength(0);
    } finally {
      await connection.close();
    }
  });
});
