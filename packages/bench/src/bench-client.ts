/** The same three workloads, implemented by each contender so the worker can time them alike. */
export interface BenchClient {
  chat(): Promise<string>;
  /** Reads a whole stream; returns the number of content chunks. */
  stream(): Promise<number>;
  /** Embeds the given texts; returns vectors as Float32Array views. */
  embed(texts: string[]): Promise<Float32Array[]>;
  close(): Promise<void>;
}

export interface BenchTarget {
  baseUrl: string;
  apiKey: string;
  streamChunks: number;
}

export const CHAT_REQUEST = { model: "gpt-5.4", messages: [{ role: "user" as const, content: "Reply only OK" }] };
/**
 * The stream's request: the dev gateway echoes the prompt a word per chunk, so a prompt of many words gives a
 * stream whose chunks differ from one to the next, as a real model's do ("Reply only OK" would repeat "OK").
 */
export const STREAM_REQUEST = {
  model: "gpt-5.4",
  messages: [
    {
      role: "user" as const,
      content: "Explain how one gateway key reaches many models: routing, retries with backoff, streaming answers, embeddings in batches and clear errors.",
    },
  ],
};
export const EMBEDDING_MODEL = "text-embedding-3-small";
