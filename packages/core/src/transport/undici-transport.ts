import { Readable } from "node:stream";
import { Agent } from "undici";
import { decodeContentEncoding } from "./node-decode-content-encoding.js";
import { readStreamPieces, readStreamText } from "./node-read-stream.js";
import { undiciHeaders } from "./undici-headers.js";
import { UndiciResponseHandler } from "./undici-response-handler.js";
import type { Transport, TransportResponse } from "./transport.js";

export interface UndiciTransportOptions {
  /** Idle keep-alive sockets are kept this long for the next request. */
  keepAliveTimeoutMs?: number;
  /** Upper bound of sockets per origin; undefined lets undici open what concurrency needs. */
  connectionsPerOrigin?: number;
}

/**
 * Node transport: undici's dispatcher over a keep-alive pool, the fastest client Node has. Requests go through
 * `agent.dispatch` with our own handler rather than `undici.request` (see UndiciResponseHandler).
 */
export function createUndiciTransport(options: UndiciTransportOptions = {}): Transport & { close(): Promise<void> } {
  const agent = new Agent({
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000,
    keepAliveMaxTimeout: 600_000,
    connections: options.connectionsPerOrigin ?? null,
    // The core's deadline and idle timeout govern; undici's own 300 s timers would only race them.
    headersTimeout: 0,
    bodyTimeout: 0,
  });
  const target = dispatchTargets();
  const transport: Transport = async (request) => {
    const { origin, path } = target(request.url);
    const handler = new UndiciResponseHandler(request.signal);
    agent.dispatch({ origin, path, method: request.method, headers: request.headers, body: request.body }, handler);
    const { status, headers } = await handler.started;
    const encoding = headers["content-encoding"];
    const contentEncoding = Array.isArray(encoding) ? encoding.join(", ") : encoding;
    return contentEncoding ? decodedResponse(handler, status, headers, contentEncoding) : plainResponse(handler, status, headers);
  };
  return Object.assign(transport, { close: () => agent.close() });
}

/** How many request URLs keep their parsed form; a client calls a handful (one per operation and region). */
const MAX_REMEMBERED_URLS = 64;

/**
 * A URL's origin and path for `dispatch`, parsed once per URL: a client sends the same few URLs over and over,
 * and parsing one cost a chat call a few microseconds each time.
 */
function dispatchTargets(): (url: string) => { origin: string; path: string } {
  const parsed = new Map<string, { origin: string; path: string }>();
  return (url) => {
    let target = parsed.get(url);
    if (!target) {
      const { origin, pathname, search } = new URL(url);
      target = { origin, path: pathname + search };
      if (parsed.size >= MAX_REMEMBERED_URLS) parsed.clear();
      parsed.set(url, target);
    }
    return target;
  };
}

function plainResponse(handler: UndiciResponseHandler, status: number, headers: UndiciHeaderRecord): TransportResponse {
  return {
    status,
    headers: undiciHeaders(headers),
    body: handler,
    text: () => handler.text(),
    pieces: () => handler.pieces(),
    discard: () => handler.discard(),
  };
}

/** A compressed answer goes through Node's zlib streams; the drain limit counts the bytes on the wire, not decoded ones. */
function decodedResponse(handler: UndiciResponseHandler, status: number, headers: UndiciHeaderRecord, contentEncoding: string): TransportResponse {
  const raw = Readable.from(handler, { objectMode: false });
  const body = decodeContentEncoding(raw, contentEncoding);
  if (body === raw) return plainResponse(handler, status, headers);
  return {
    status,
    headers: undiciHeaders(headers),
    body,
    text: () => readStreamText(body),
    pieces: () => readStreamPieces(body),
    discard: () => {
      const drained = handler.discard();
      body.destroy();
      return drained;
    },
  };
}

type UndiciHeaderRecord = Parameters<typeof undiciHeaders>[0];
