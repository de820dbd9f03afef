import { text as readText } from "node:stream/consumers";
import { Agent, request as undiciRequest } from "undici";
import { decodeContentEncoding } from "./decode-content-encoding.js";
import { undiciHeaders } from "./undici-headers.js";
import type { Transport } from "./transport.js";

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
    return {
      status: response.statusCode,
      headers: undiciHeaders(response.headers),
      body,
      text: body === response.body ? () => response.body.text() : () => readText(body),
      discard: () => {
        if (body !== response.body) body.destroy();
        return response.body.dump().then(() => undefined, () => undefined);
      },
    };
  };
  return Object.assign(transport, { close: () => agent.close() });
}
