import type { ImageGenerationRequest, ChatCompletionRequest, EmbedRequest } from "@crazyrouter/core";
import { createNodeClient } from "@crazyrouter/core/node";
import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expectRecordedRequestMatches } from "./recorded-request-matches.js";
import { conformanceVectors } from "./vectors.js";

let gateway: DevGateway;
beforeAll(async () => {
  gateway = await startDevGateway();
});
afterAll(() => gateway.close());

describe("conformance: the core client", () => {
  it.each(conformanceVectors.map((vector) => [vector.name, vector] as const))("%s", async (_, vector) => {
    gateway.clearRequests();
    const client = createNodeClient({ apiKey: gateway.apiKey, baseUrl: gateway.baseUrl });
    try {
      switch (vector.operation) {
        case "chat_completions":
          await client.chat(vector.input as ChatCompletionRequest);
          break;
        case "embeddings":
          await client.embed(vector.input as EmbedRequest);
          break;
        case "image_generation":
          await client.generateImage(vector.input as ImageGenerationRequest);
          break;
        case "list_models":
          await client.listModels();
          break;
      }
    } finally {
      await client.close();
    }
    expectRecordedRequestMatches(gateway.requests[0], vector, gateway.apiKey);
  });
});
