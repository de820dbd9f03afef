import type { Transport } from "./transport.js";

type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string | undefined; signal: AbortSignal; redirect: "manual" },
) => Promise<{
  status: number;
  headers: { get(name: string): string | null };
  body: AsyncIterable<Uint8Array> | ReadableStreamLike | null;
  text(): Promise<string>;
}>;

interface ReadableStreamLike {
  cancel(reason?: unknown): Promise<void>;
}

/** Adapts any fetch implementation (passed in, never taken from globals) to a transport. */
export function createFetchTransport(fetchImplementation: FetchLike): Transport {
  return async (request) => {
    const response = await fetchImplementation(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: request.signal,
      // Never follow: a redirect would turn POST into GET or carry the key to another host. The core explains it.
      redirect: "manual",
    });
    const body = response.body as (AsyncIterable<Uint8Array> & Partial<ReadableStreamLike>) | null;
    return {
      status: response.status,
      headers: response.headers,
      body: body ?? (async function* () {})(),
      text: () => response.text(),
      discard: async () => {
        await body?.cancel?.().catch(() => undefined);
      },
    };
  };
}
