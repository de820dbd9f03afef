import type * as Http from "node:http";
import type { ClientRequest, IncomingMessage } from "node:http";
import { decodeContentEncoding } from "./node-decode-content-encoding.js";
import { readStreamPieces, readStreamText } from "./node-read-stream.js";
import { undiciHeaders } from "./undici-headers.js";
import type { Transport } from "./transport.js";

// Through getBuiltinModule: the ES module view of node:buffer reads every export (its lazy getters included).
const { Buffer } = process.getBuiltinModule("node:buffer");

/**
 * The request, and with it the answer being read, is destroyed when the signal aborts. By hand rather than
 * node:http's `signal` option, which runs Node's stream abort helper (its listeners and an end-of-stream watch)
 * for every request: ~0.6 ms of CPU in a one-shot `crazyrouter models` (CPU profiles of 40 runs), where this
 * transport is used once and that code is compiled for it alone.
 */
function destroyOnAbort(outgoing: ClientRequest, signal: AbortSignal): void {
  if (signal.aborted) {
    outgoing.destroy(signal.reason as Error);
    return;
  }
  const onAbort = () => outgoing.destroy(signal.reason as Error);
  signal.addEventListener("abort", onAbort, { once: true });
  outgoing.once("close", () => signal.removeEventListener("abort", onAbort));
}

/**
 * Node's own `http`/`https` client as a transport, for one-shot programs (the CLI). Node's global fetch loads
 * its internal undici, HTTP/2 included, on first use: about 60 ms of CPU on every start, measured here, where
 * `node:http` is mostly loaded already and `node:https` only for https URLs. Sockets come from Node's global
 * agents, which keep them alive but unreferenced while idle, so the process still exits once its work is done.
 * Like every transport: one request, no redirects followed (node:http never follows), the body decoded.
 */
export function createNodeHttpTransport(): Transport {
  return async (request) => {
    const url = new URL(request.url);
    // getBuiltinModule, not import(): an ESM view of node:http reads every export, and its lazy WebSocket
    // getter loads the undici inside Node all the same.
    const client = process.getBuiltinModule(url.protocol === "https:" ? "node:https" : "node:http") as Pick<typeof Http, "request">;
    // A string body gets its length announced, as fetch and undici do, rather than chunked encoding.
    const headers = request.body === undefined ? request.headers : { ...request.headers, "content-length": String(Buffer.byteLength(request.body)) };
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const outgoing = client.request(url, { method: request.method, headers }, resolve);
      outgoing.once("error", reject);
      destroyOnAbort(outgoing, request.signal);
      outgoing.end(request.body);
    });
    const body = decodeContentEncoding(response, response.headers["content-encoding"]);
    return {
      status: response.statusCode ?? 0,
      headers: undiciHeaders(response.headers),
      body,
      text: () => readStreamText(body),
      pieces: () => readStreamPieces(body),
      discard: async () => {
        // A one-shot program gains nothing from draining the rest to keep the socket.
        if (!response.complete) response.destroy();
      },
    };
  };
}
