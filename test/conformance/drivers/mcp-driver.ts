import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { chatCompletionsOperation, embeddingsOperation, imageGenerationOperation, listModelsOperation } from "@crazyrouter/core";
import { createCrazyrouterMcpServer, createGatewayAccess, createStderrLogger, parseConfig } from "@crazyrouter/mcp";
import type { ConformanceVector } from "../conformance-vector.js";
import { cannot, type Expression, type PlatformDriver } from "../conformance-suite.js";
import { promptAndSystem, textList, unmappedFields } from "./call-fields.js";

// The MCP SDK is a dependency of @crazyrouter/mcp, not of this suite: load the copy the server itself uses.
const fromMcpPackage = createRequire(createRequire(import.meta.url).resolve("@crazyrouter/mcp/package.json"));
const sdk = (path: string) => import(pathToFileURL(fromMcpPackage.resolve(`@modelcontextprotocol/sdk/${path}`)).href);

export interface ToolCall {
  name: string;
  arguments: Record<string, unknown>;
}

/** The chat tool's arguments for a call: prompt and system where a model would use them, messages otherwise. */
function chatCall(vector: ConformanceVector): Expression<ToolCall> {
  const { messages, model, temperature, max_tokens, max_completion_tokens, ...rest } = vector.input;
  if (rest.stream) return cannot("the chat tool does not stream");
  const unmapped = Object.keys(rest);
  if (unmapped.length > 0 || vector.extraBody) return cannot(`no argument for ${[...unmapped, ...Object.keys(vector.extraBody ?? {})].join(", ")}`);
  if (max_tokens !== undefined && max_completion_tokens !== undefined) return cannot("one limit argument only");
  const text = promptAndSystem(messages);
  const args = { ...(text ?? { messages }), model, temperature, max_tokens: max_tokens ?? max_completion_tokens };
  return { call: { name: chatCompletionsOperation.toolName, arguments: JSON.parse(JSON.stringify(args)) } };
}

/** The tool call a model makes for a vector's logical call, or why no tool takes it. */
export function mcpToolCall(vector: ConformanceVector): Expression<ToolCall> {
  if (vector.operation === "chat_completions") return chatCall(vector);
  if (vector.extraBody) return cannot("no tool takes extra body fields");
  switch (vector.operation) {
    case "embeddings": {
      const { input, ...rest } = vector.input;
      const texts = textList(input);
      if (!texts) return cannot("texts are strings");
      const unmapped = unmappedFields(rest, ["model", "dimensions", "encoding_format"]);
      return unmapped.length > 0
        ? cannot(`no argument for ${unmapped.join(", ")}`)
        : { call: { name: embeddingsOperation.toolName, arguments: { texts, ...rest } } };
    }
    case "image_generation": {
      const unmapped = unmappedFields(vector.input, ["prompt", "model", "size", "n", "quality"]);
      return unmapped.length > 0
        ? cannot(`no argument for ${unmapped.join(", ")}`)
        : { call: { name: imageGenerationOperation.toolName, arguments: vector.input } };
    }
    case "list_models":
      return { call: { name: listModelsOperation.toolName, arguments: {} } };
  }
}

/** The MCP server driven by the real MCP SDK client, over the SDK's in-memory transport. */
export const mcpDriver: PlatformDriver<ToolCall> = {
  platform: "mcp",
  express: mcpToolCall,
  async run(call, _, gateway) {
    const parsed = parseConfig([], { CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.baseUrl });
    if (parsed.command !== "serve") throw new Error("expected a serve config");
    const logger = createStderrLogger([gateway.apiKey], () => undefined);
    const access = createGatewayAccess(parsed.config, { logger });
    const server = createCrazyrouterMcpServer(parsed.config, access, logger);
    const { Client } = await sdk("client/index.js");
    const { InMemoryTransport } = await sdk("inMemory.js");
    const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
    const client = new Client({ name: "conformance", version: "0.0.0" });
    await Promise.all([server.connect(serverTransport), client.connect(clientTransport)]);
    try {
      const result = (await client.callTool(call)) as { isError?: boolean; content: Array<{ type: string; text?: string }> };
      return { error: result.isError ? result.content.map((block) => block.text ?? "").join("\n") : undefined };
    } finally {
      await client.close();
      await server.close();
      await access.close();
    }
  },
};
