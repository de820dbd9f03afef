import type { DevGateway } from "@crazyrouter/dev-gateway";
import OpenAI from "openai";
import type { ConformanceVector, JsonObject } from "../conformance-vector.js";
import { cannot, type PlatformDriver } from "../conformance-suite.js";
import { capture } from "../expect-conforming-run.js";

/**
 * The official openai npm SDK, a client we do not write: the reference platform. A logical call is its params
 * object as the SDK's docs show, fields the SDK's types do not know included (the SDK sends them in the body).
 */
export const openaiDriver: PlatformDriver<JsonObject> = {
  platform: "openai",
  express(vector) {
    const extra = vector.extraBody ?? {};
    const twice = Object.keys(extra).filter((field) => field in vector.input);
    if (twice.length > 0) return cannot(`one params object cannot carry ${twice.join(", ")} twice`);
    return { call: { ...vector.input, ...extra } };
  },
  async run(params, vector, gateway) {
    const client = clientFor(gateway);
    return { error: await capture(() => send(client, vector, params)) };
  },
};

function clientFor(gateway: DevGateway): OpenAI {
  return new OpenAI({ apiKey: gateway.apiKey, baseURL: gateway.baseUrl });
}

// The SDK's param types are the contract for known fields (see canonical-request-types.ts); vectors also carry fields
// it does not know, so the params go in as the SDK's own type.
async function send(client: OpenAI, vector: ConformanceVector, params: JsonObject): Promise<unknown> {
  switch (vector.operation) {
    case "chat_completions": {
      if (params.stream !== true) return await client.chat.completions.create(params as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming);
      const stream = await client.chat.completions.create(params as unknown as OpenAI.ChatCompletionCreateParamsStreaming);
      for await (const _chunk of stream);
      return undefined;
    }
    case "embeddings":
      return await client.embeddings.create(params as unknown as OpenAI.EmbeddingCreateParams);
    case "image_generation":
      return await client.images.generate(params as unknown as OpenAI.ImageGenerateParamsNonStreaming);
    case "list_models":
      return await client.models.list();
  }
}
