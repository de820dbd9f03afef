import { Agent, request as undiciRequest } from "undici";
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
    return {
      status: response.statusCode,
      headers: undiciHeaders(response.headers),
      body: response.body,
      text: () => response.body.text(),
      discard: () => response.body.dump().then(() => undefined, () => undefined),
    };
  };
  return Object.assign(transport, { close: () => agent.close() });
}
