import { Buffer } from "node:buffer";
import { Agent, request } from "undici";
import { type BenchClient, type BenchTarget, CHAT_REQUEST, EMBEDDING_MODEL, STREAM_REQUEST } from "../bench-client.js";

/**
 * The practical limit: undici.request with a keep-alive agent and the least code that still does the
 * job (status check, JSON parse, SSE line split, base64 decode). No validation, no retries, no errors.
 */
export function createRawUndiciBenchClient(target: BenchTarget): BenchClient {
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  const headers = {
    authorization: `Bearer ${target.apiKey}`,
    "content-type": "application/json",
  };
  const streamHeaders = { ...headers, "x-dev-gateway-stream-chunks": String(target.streamChunks) };
  const post = async (path: string, body: unknown, requestHeaders = headers) => {
    const response = await request(`${target.baseUrl}${path}`, { method: "POST", headers: requestHeaders, body: JSON.stringify(body), dispatcher: agent });
    if (response.statusCode !== 200) throw new Error(`HTTP ${response.statusCode}`);
    return response.body;
  };
  return {
    chat: async () => {
      const json = (await (await post("/chat/completions", CHAT_REQUEST)).json()) as { choices: { message: { content: string } }[] };
      return json.choices[0]?.message.content ?? "";
    },
    stream: async () => {
      const body = await post("/chat/completions", { ...STREAM_REQUEST, stream: true, stream_options: { include_usage: true } }, streamHeaders);
      let buffer = "";
      let chunks = 0;
      body.setEncoding("utf8");
      for await (const text of body as AsyncIterable<string>) {
        buffer += text;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = event.startsWith("data: ") ? event.slice(6) : "";
          if (!data || data === "[DONE]") continue;
          const chunk = JSON.parse(data) as { choices: { delta?: { content?: string } }[] };
          if (chunk.choices[0]?.delta?.content) chunks += 1;
        }
      }
      return chunks;
    },
    embed: async (texts) => {
      const json = (await (await post("/embeddings", { model: EMBEDDING_MODEL, input: texts, encoding_format: "base64" })).json()) as {
        data: { embedding: string }[];
      };
      return json.data.map((item) => {
        const bytes = Buffer.from(item.embedding, "base64");
        return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
      });
    },
    close: () => agent.close(),
  };
}
