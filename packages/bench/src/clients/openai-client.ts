import OpenAI from "openai";
import { type BenchClient, type BenchTarget, CHAT_REQUEST, EMBEDDING_MODEL, STREAM_REQUEST } from "../bench-client.js";

/** The official openai SDK, configured the way its docs show for an OpenAI-compatible gateway. */
export function createOpenAiBenchClient(target: BenchTarget): BenchClient {
  const client = new OpenAI({
    apiKey: target.apiKey,
    baseURL: target.baseUrl,
  });
  return {
    chat: async () => (await client.chat.completions.create(CHAT_REQUEST)).choices[0]?.message.content ?? "",
    stream: async () => {
      let chunks = 0;
      const stream = await client.chat.completions.create(
        { ...STREAM_REQUEST, stream: true, stream_options: { include_usage: true } },
        { headers: { "x-dev-gateway-stream-chunks": String(target.streamChunks) } },
      );
      for await (const chunk of stream) if (chunk.choices[0]?.delta?.content) chunks += 1;
      return chunks;
    },
    // The SDK asks for base64 and decodes it itself when no encoding is given; it hands back number arrays.
    embed: async (texts) => (await client.embeddings.create({ model: EMBEDDING_MODEL, input: texts })).data.map((item) => Float32Array.from(item.embedding)),
    close: async () => undefined,
  };
}
