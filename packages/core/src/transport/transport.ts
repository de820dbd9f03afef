/**
 * The one seam between the core and the network. Node uses undici (`@crazyrouter/core/node`); n8n passes
 * its own HTTP helper; tests may pass anything fetch-like. Transports send exactly one request: they never
 * retry (the core owns resilience), never follow redirects (the core explains a 3xx; following one could carry
 * the key elsewhere), hand out the body decoded (content-encoding undone), and throw only for connection
 * failures or aborts.
 */
export interface TransportRequest {
  url: string;
  method: "GET" | "POST";
  /** Shared between calls: read it, never change it. */
  headers: Readonly<Record<string, string>>;
  body?: string | undefined;
  signal: AbortSignal;
}

export interface TransportResponse {
  status: number;
  headers: { get(name: string): string | null | undefined };
  /** The body bytes as they arrive; read it, or call `discard()`. */
  body: AsyncIterable<Uint8Array>;
  /** Optional fast path that reads the whole body as UTF-8 text. */
  text?: () => Promise<string>;
  /**
   * Optional fast path that reads the whole body as the pieces it arrived in. Node transports offer it because
   * their pieces are Buffers, whose `indexOf` is native: a large answer scanned byte by byte (see
   * liftBase64Embeddings) needs that, and without it the core parses the text instead.
   */
  pieces?: () => Promise<Uint8Array[]>;
  /** Releases the connection without reading the rest of the body. */
  discard?: () => Promise<void>;
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>;
