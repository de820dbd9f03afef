import type { ChatCompletionRequest, EmbedRequest, ImageGenerationRequest } from "@crazyrouter/core";
import { createNodeClient } from "@crazyrouter/core/node";
import type { ConformanceVector } from "../conformance-vector.js";
import type { PlatformDriver } from "../conformance-suite.js";
import { capture } from "../expect-conforming-run.js";

/** The core client, as every adapter and any TypeScript user calls it. Every vector is expressible. */
export const coreDriver: PlatformDriver<ConformanceVector> = {
  platform: "core",
  express: (vector) => ({ call: vector }),
  async run(vector, _, gateway) {
    const client = createNodeClient({ apiKey: gateway.apiKey, baseUrl: gateway.baseUrl });
    const options = { extraBody: vector.extraBody };
    const error = await capture(async () => {
      switch (vector.operation) {
        case "chat_completions": {
          const request = vector.input as ChatCompletionRequest;
          if (request.stream) for await (const _chunk of await client.streamChat(request, options));
          else await client.chat(request, options);
          return;
        }
        case "embeddings":
          return await client.embed(vector.input as EmbedRequest, options);
        case "image_generation":
          return await client.generateImage(vector.input as ImageGenerationRequest, options);
        case "list_models":
          return await client.listModels();
      }
    });
    await client.close();
    return { error };
  },
};
