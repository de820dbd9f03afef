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
export const EMBEDDING_MODEL = "text-embedding-3-small";
