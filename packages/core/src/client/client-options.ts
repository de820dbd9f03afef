import type { RetryPolicy } from "../retry/retry-policy.js";
import type { Timers } from "../timers/timers.js";
import type { Transport } from "../transport/transport.js";

export interface Logger {
  info?(message: string): void;
  warn?(message: string): void;
}

export interface ClientOptions {
  /** An sk-... key. Spaces around it are trimmed (with a note); a broken key is rejected before any request. */
  apiKey: string;
  /** Any form users paste: root, /v1, a full endpoint URL. Defaults to https://crazyrouter.com/v1. */
  baseUrl?: string | undefined;
  transport: Transport;
  timers: Timers;
  /**
   * Total deadline of one call, retries and streaming included. Unset: `DEFAULT_DEADLINES.totalMs` (240 s) for
   * whole answers and `DEFAULT_DEADLINES.streamTotalMs` (30 min) for streams; set, it applies to both.
   */
  timeoutMs?: number | undefined;
  /** Per attempt: the response must start (status and headers) within this. Default `DEFAULT_DEADLINES.headersMs` (110 s). */
  headersTimeoutMs?: number | undefined;
  /** A stream that sends nothing for this long is stopped. Default `DEFAULT_DEADLINES.streamIdleMs` (60 s). */
  streamIdleTimeoutMs?: number | undefined;
  retry?: Partial<RetryPolicy> | undefined;
  /** Opt-in region failover: other bases tried, in order, once retries on the current one are exhausted. */
  fallbackBaseUrls?: readonly string[] | undefined;
  /** Opt-in model fallback: other models tried when the requested one is refused, missing or failing. */
  fallbackModels?: readonly string[] | undefined;
  /** Extra headers on every request (never Authorization). */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Inputs per embeddings request; at most the gateway's limit. */
  embeddingBatchSize?: number | undefined;
  /** Embeddings requests in flight at once when a large input list is split. Default `DEFAULT_EMBEDDING_CONCURRENCY` (4). */
  embeddingConcurrency?: number | undefined;
  /**
   * Decodes base64 quickly where the host can (Node passes Buffer); a portable decoder is used otherwise. Like
   * Buffer, it must skip characters that are not base64: a lifted embedding is trusted by its decoded length.
   */
  decodeBase64?: ((text: string) => Uint8Array) | undefined;
  logger?: Logger | undefined;
  /** For jitter; injectable so tests are deterministic. */
  random?: (() => number) | undefined;
  userAgent?: string | undefined;
}

export interface CallOptions {
  signal?: AbortSignal | undefined;
  /**
   * Fields this client does not know yet, added to the request body as given (a documented pass-through: the
   * gateway gains fields faster than any schema). A field the request already sets, or one the client owns
   * (model, messages, input, prompt, stream), is refused.
   */
  extraBody?: Readonly<Record<string, unknown>> | undefined;
  timeoutMs?: number | undefined;
  headers?: Readonly<Record<string, string>> | undefined;
  maxRetries?: number | undefined;
}
