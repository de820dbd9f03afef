import { text as readText } from "node:stream/consumers";
import { Agent, request as undiciRequest } from "undici";
import { decodeContentEncoding } from "./node-decode-content-encoding.js";
import { undiciHeaders } from "./undici-headers.js";
import type { Transport } from "./transport.js";

/** How much of an unread rest `discard` reads so the connection can serve the next request; more is cut. */
const DRAIN_LIMIT_BYTES = 128 * 1024;

/**
 * The body's reads, counted. undici's `dump({ limit })` counts every byte of the response, not the bytes after
 * the call: a stream longer than the limit, ended by [DONE], was destroyed with an AbortError (stack trace
 * and all) on every call instead of having its last few bytes drained.
 */
function countReads(body: AsyncIterable<Uint8Array>): { body: AsyncIterable<Uint8Array>; bytesRead(): number } {
  let bytesRead = 0;
  return {
    body: {
      [Symbol.asyncIterator]() {
        const reads = body[Symbol.asyncIterator]();
        return {
          next: () =>
            reads.next().then((read) => {
              if (!read.done) bytesRead += read.value.byteLength;
              return read;
            }),
          return: (value?: unknown) => reads.return?.(value) ?? Promise.resolve({ done: true as const, value: undefined }),
        };
      },
    },
    bytesRead: () => bytesRead,
  };
}

export interface UndiciTransportOptions {
  /** Idle keep-alive sockets are kept this long for the next request. */
  keepAliveTimeoutMs?: number;
  /** Upper bound of sockets per origin; undefined lets undici open what concurrency needs. */
  connectionsPerOrigin?: number;
}

/** Node transport: undici's `request` over a keep-alive pool, the fastest client Node has. */
export function createUndiciTransport(options: UndiciTransportOptions = {}): Transport & { close(): Promise<void> } {
  const agent = new Agent({
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000,
    keepAliveMaxTimeout: 600_000,
    connections: options.connectionsPerOrigin ?? null,
    // The core's deadline and idle timeout govern; undici's own 300 s timers would only race them.
    headersTimeout: 0,
    bodyTimeout: 0,
  });
  const transport: Transport = async (request) => {
    const response = await undiciRequest(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: request.signal,
      dispatcher: agent,
    });
    const encoding = response.headers["content-encoding"];
    const body = decodeContentEncoding(response.body, Array.isArray(encoding) ? encoding.join(", ") : encoding);
    const counted = countReads(body);
    return {
      status: response.statusCode,
      headers: undiciHeaders(response.headers),
      body: counted.body,
      text: body === response.body ? () => response.body.text() : () => readText(body),
      discard: () => {
        // A decoded body counts decoded bytes, which say nothing about the connection: only its own limit applies.
        const limit = body === response.body ? counted.bytesRead() + DRAIN_LIMIT_BYTES : DRAIN_LIMIT_BYTES;
        if (body !== response.body) body.destroy();
        return response.body.dump({ limit }).then(
          () => undefined,
          () => undefined,
        );
      },
    };
  };
  return Object.assign(transport, { close: () => agent.close() });
}
