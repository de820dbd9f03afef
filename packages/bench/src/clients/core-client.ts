import { createNodeClient } from "@crazyrouter/core/node";
import { type BenchClient, type BenchTarget, CHAT_REQUEST, EMBEDDING_MODEL, STREAM_REQUEST } from "../bench-client.js";

export function createCoreBenchClient(target: BenchTarget): BenchClient {
  const client = createNodeClient({ apiKey: target.apiKey, baseUrl: target.baseUrl });
  const streamHeaders = { "x-dev-gateway-stream-chunks": String(target.streamChunks) };
  return {
    chat: async () => (await client.chat(CHAT_REQUEST)).text,
    stream: async () => {
      let chunks = 0;
      for await (const chunk of await client.streamChat(STREAM_REQUEST, { headers: streamHeaders })) if (chunk.choices[0]?.delta?.content) chunks += 1;
      return chunks;
    },
    embed: async (texts) => (await client.embed({ model: EMBEDDING_MODEL, input: texts })).embeddings,
    close: () => client.close(),
  };
}
