import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { chatCompletionsOperation, embeddingsOperation, imageGenerationOperation, listModelsOperation } from "@crazyrouter/core";
import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { createCrazyrouterMcpServer, createGatewayAccess, createStderrLogger, parseConfig } from "@crazyrouter/mcp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRecordedRequestMatches } from "./recorded-request-matches.js";
import { type ConformanceVector, conformanceVectors } from "./vectors.js";

// The MCP SDK is a dependency of @crazyrouter/mcp, not of this suite: load the copy the server itself uses.
const fromMcpPackage = createRequire(createRequire(import.meta.url).resolve("@crazyrouter/mcp/package.json"));
const sdk = (path: string) => import(pathToFileURL(fromMcpPackage.resolve(`@modelcontextprotocol/sdk/${path}`)).href);

interface ToolCall {
  name: string;
  arguments: Record<string, unknown>;
}

/** The MCP tool call a user (or model) makes for a vector's logical call. */
function toolCallFor(vector: ConformanceVector): ToolCall {
  switch (vector.operation) {
    case "chat_completions":
      // The chat tool takes messages, model, temperature and max_tokens under the operation's own names.
      return { name: chatCompletionsOperation.toolName, arguments: vector.input };
    case "embeddings": {
      const { input, ...rest } = vector.input;
      // The tool's `texts` is always a list; a vector with a single string input would be sent as a one-item list.
      if (!Array.isArray(input)) throw new Error(`${vector.name}: crazyrouter_embeddings cannot send a bare string input`);
      return { name: embeddingsOperation.toolName, arguments: { texts: input, ...rest } };
    }
    case "image_generation":
      return { name: imageGenerationOperation.toolName, arguments: vector.input };
    case "list_models":
      return { name: listModelsOperation.toolName, arguments: {} };
  }
}

let gateway: DevGateway;
beforeAll(async () => {
  gateway = await startDevGateway();
});
afterAll(() => gateway.close());

describe("conformance: the MCP server's tools", () => {
  it.each(conformanceVectors.map((vector) => [vector.name, vector] as const))("%s", async (_, vector) => {
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
    gateway.clearRequests();
    try {
      const result = (await client.callTool(toolCallFor(vector))) as { isError?: boolean; content: unknown };
      expect(result.isError, `${vector.name}: ${JSON.stringify(result.content)}`).toBeFalsy();
    } finally {
      await client.close();
      await server.close();
      await access.close();
    }
    // The image tool also downloads the picture (/__dev/images/...): the API request is the first one.
    const apiRequests = gateway.requests.filter((request) => request.path.startsWith("/v1/"));
    expect(apiRequests, vector.name).toHaveLength(1);
    expectRecordedRequestMatches(apiRequests[0], vector, gateway.apiKey);
  });
});
