import type { RecordedRequest, RecordingBodyLimits } from "./recorded-request.js";

export interface RecordingLimits extends RecordingBodyLimits {
  /** At most this many requests are kept; the oldest go first. */
  maxRequests: number;
  /** At most this many bytes of recorded text (bodies, headers, path, query); the oldest go first. */
  maxBytes: number;
}

/**
 * Enough for any test or benchmark here (the n8n batching benchmark sends 1,000 requests, a 2,048-input
 * embeddings batch is well under 1 MiB), small enough that a client sending 60 MB bodies in a loop cannot
 * grow the gateway past about maxBytes (plus the parsed copies of bodies up to maxBodyBytes).
 */
export const DEFAULT_RECORDING_LIMITS: Readonly<RecordingLimits> = {
  maxRequests: 10_000,
  maxBytes: 64 * 1024 * 1024,
  maxBodyBytes: 1024 * 1024,
  maxJsonDepth: 256,
};

/** What the recording holds now, and how many requests it dropped to stay within its limits. */
export interface RecordingSize {
  requests: number;
  bytes: number;
  dropped: number;
}

function recordedBytes(request: RecordedRequest): number {
  let bytes = Buffer.byteLength(request.rawBody, "utf8") + request.method.length + request.path.length;
  for (const [name, value] of Object.entries(request.headers)) bytes += name.length + value.length;
  for (const [name, value] of Object.entries(request.query)) bytes += name.length + value.length;
  return bytes;
}

/**
 * The gateway's request log, bounded by count and bytes (oldest dropped first). `requests` is one array for
 * the gateway's lifetime, trimmed and emptied in place, so a reference a test holds stays current.
 */
export class RequestRecording {
  readonly requests: RecordedRequest[] = [];
  readonly #limits: RecordingLimits;
  readonly #sizes = new WeakMap<RecordedRequest, number>();
  #bytes = 0;
  #dropped = 0;

  constructor(limits: RecordingLimits) {
    this.#limits = limits;
  }

  get limits(): Readonly<RecordingLimits> {
    return this.#limits;
  }

  add(request: RecordedRequest): void {
    const bytes = recordedBytes(request);
    this.#sizes.set(request, bytes);
    this.requests.push(request);
    this.#bytes += bytes;
    while (this.requests.length > 1 && (this.requests.length > this.#limits.maxRequests || this.#bytes > this.#limits.maxBytes)) {
      const oldest = this.requests.shift()!;
      this.#bytes -= this.#sizes.get(oldest) ?? recordedBytes(oldest);
      this.#dropped++;
    }
  }

  size(): RecordingSize {
    return { requests: this.requests.length, bytes: this.#bytes, dropped: this.#dropped };
  }

  /** Forgets every request, so nothing the gateway holds keeps their bodies alive. */
  clear(): void {
    this.requests.length = 0;
    this.#bytes = 0;
    this.#dropped = 0;
  }
}
