import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createClient } from "../client/create-client.js";
import { nodeTimers } from "../node-runtime.js";
import type { Transport } from "./transport.js";
import { createUndiciTransport } from "./undici-transport.js";

const REQUEST = { model: "gpt-5.4", messages: [{ role: "user" as const, content: "Reply only OK" }] };
const chunk = (content: string) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content } }] })}\n\n`;

/**
 * A stream of `events` chunks ending in [DONE], whose response ends only when the test calls `endStreams()`:
 * as on a real gateway, the end of the response can arrive after the client has read [DONE]. The server
 * counts the TCP connections it accepts.
 */
async function startStreamServer(events: number) {
  let connections = 0;
  const open: ServerResponse[] = [];
  const body = Array.from({ length: events }, (_, index) => chunk(`piece ${index} `)).join("") + "data: [DONE]\n\n";
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/event-stream" });
    response.write(body);
    open.push(response);
  });
  server.on("connection", () => (connections += 1));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    server,
    bodyBytes: Buffer.byteLength(body),
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    connections: () => connections,
    endStreams: () => {
      for (const response of open.splice(0)) response.end();
    },
  };
}

describe("undici transport: connections after a stream", () => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      server.close();
    }
  });

  // undici's dump() limit counts every byte of the response: a stream longer than that limit, read to [DONE],
  // used to be destroyed on release, so every stream paid for a new connection (and an AbortError).
  it("keeps the connection of a stream longer than 128 KiB read to [DONE] for the next request", async () => {
    const { server, bodyBytes, baseUrl, connections, endStreams } = await startStreamServer(3000);
    servers.push(server);
    expect(bodyBytes).toBeGreaterThan(128 * 1024);
    // One socket per origin: the next request waits for it, so a reused connection is seen without timing.
    const transport = createUndiciTransport({ connectionsPerOrigin: 1 });
    const client = createClient({ apiKey: "sk-test-transport-0123456789", baseUrl, transport, timers: nodeTimers });
    try {
      for (let round = 0; round < 3; round += 1) {
        const answer = await (await client.streamChat(REQUEST)).collect();
        expect(answer.text).toContain("piece 2999");
        endStreams();
      }
    } finally {
      await transport.close();
    }
    expect(connections()).toBe(1);
  });
});

describe("undici transport: the body as undici delivers it", () => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      server.close();
    }
  });

  /** A server whose handler is the test's; it counts accepted connections and bytes flushed to the socket. */
  async function serve(handler: (response: ServerResponse, request: IncomingMessage) => void) {
    let connections = 0;
    const server = createServer((request, response) => handler(response, request));
    server.on("connection", () => (connections += 1));
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    servers.push(server);
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/answer`, connections: () => connections };
  }

  /** A stream that sends one event and never ends; `closed()` tells when the client has cut the connection. */
  async function serveEndlessStream() {
    let closed = false;
    const { url } = await serve((response, request) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.write("data: first\n\n");
      request.socket.once("close", () => (closed = true));
    });
    return { url, closed: () => closed };
  }

  const send = (transport: Transport, url: string, signal = new AbortController().signal) =>
    transport({ url, method: "POST", headers: { "content-type": "application/json" }, body: "{}", signal });

  it("stops taking bytes from the socket while the reader does not read, and delivers every byte once it does", async () => {
    const total = 32 * 1024 * 1024;
    let flushed = 0;
    const { url } = await serve((response) => {
      response.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(total) });
      const piece = Buffer.alloc(64 * 1024, 7);
      const write = () => {
        while (flushed < total) {
          flushed += piece.length;
          if (!response.write(piece)) return void response.once("drain", write);
        }
        response.end();
      };
      write();
    });
    const transport = createUndiciTransport();
    try {
      const response = await send(transport, url);
      const reads = response.body[Symbol.asyncIterator]();
      let received = (await reads.next()).value?.byteLength ?? 0;
      // Loopback moves 32 MiB in far less than this; only a paused socket keeps the server waiting.
      await delay(500);
      expect(flushed).toBeLessThan(total / 2);
      for (let read = await reads.next(); !read.done; read = await reads.next()) received += read.value.byteLength;
      expect(received).toBe(total);
    } finally {
      await transport.close();
    }
  });

  it("rejects the next read with the signal's reason when the call is aborted mid-body", async () => {
    const { url, closed } = await serveEndlessStream();
    const transport = createUndiciTransport();
    try {
      const controller = new AbortController();
      const response = await send(transport, url, controller.signal);
      const reads = response.body[Symbol.asyncIterator]();
      expect((await reads.next()).done).toBe(false);
      const pending = reads.next();
      controller.abort(new Error("caller gave up"));
      await expect(pending).rejects.toThrow("caller gave up");
      await vi.waitFor(() => expect(closed()).toBe(true));
    } finally {
      await transport.close();
    }
  });

  it("sends nothing when the signal is already aborted", async () => {
    let requests = 0;
    const { url } = await serve((response) => {
      requests += 1;
      response.end("{}");
    });
    const transport = createUndiciTransport();
    try {
      const controller = new AbortController();
      controller.abort(new Error("too late"));
      await expect(send(transport, url, controller.signal)).rejects.toThrow("too late");
      expect((await (await send(transport, url)).text?.()) ?? "").toBe("{}");
      expect(requests).toBe(1);
    } finally {
      await transport.close();
    }
  });

  it("skips a 103 Early Hints and answers with the final response", async () => {
    const { url } = await serve((response) => {
      response.writeEarlyHints({ link: "</style.css>; rel=preload; as=style" });
      response.writeHead(200, { "content-type": "application/json", "x-request-id": "req_hints" });
      response.end('{"ok":true}');
    });
    const transport = createUndiciTransport();
    try {
      const response = await send(transport, url);
      expect(response.status).toBe(200);
      expect(response.headers.get("X-Request-Id")).toBe("req_hints");
      expect(await response.text?.()).toBe('{"ok":true}');
    } finally {
      await transport.close();
    }
  });

  it("keeps the connection when the unread rest fits the drain limit, and cuts it when it does not", async () => {
    const rest = (bytes: number) => Buffer.alloc(bytes, 120);
    const { url, connections } = await serve((response, request) => {
      const size = Number(new URL(request.url ?? "", "http://x").searchParams.get("rest"));
      response.writeHead(200, { "content-type": "text/plain" });
      response.write("head\n");
      setImmediate(() => response.end(rest(size)));
    });
    const transport = createUndiciTransport({ connectionsPerOrigin: 1 });
    try {
      const read = async (size: number) => {
        const response = await send(transport, `${url}?rest=${size}`);
        await response.body[Symbol.asyncIterator]().next();
        await response.discard?.();
      };
      await read(1024);
      await read(1024);
      expect(connections()).toBe(1);
      await read(1024 * 1024);
      await read(1024);
      expect(connections()).toBe(2);
    } finally {
      await transport.close();
    }
  });

  it("hands a whole answer as the Buffers it arrived in, plain or compressed", async () => {
    // 300 KiB arrive in many socket reads; Buffers, because liftBase64Embeddings scans them with Buffer's native indexOf.
    const answer = Buffer.from(Array.from({ length: 300 * 1024 }, (_, index) => String.fromCharCode(65 + (index % 26))).join(""));
    const { url } = await serve((response, request) => {
      const compressed = request.url?.endsWith("gzip");
      response.writeHead(200, compressed ? { "content-encoding": "gzip" } : {});
      response.end(compressed ? gzipSync(answer) : answer);
    });
    const small = await serve((response) => response.end("ok"));
    const transport = createUndiciTransport();
    try {
      for (const target of [url, `${url}?gzip`, small.url]) {
        const pieces = (await (await send(transport, target)).pieces?.()) ?? [];
        expect(pieces.length > 0 && pieces.every((piece) => Buffer.isBuffer(piece)), target).toBe(true);
        expect(Buffer.concat(pieces).equals(target === small.url ? Buffer.from("ok") : answer), target).toBe(true);
      }
    } finally {
      await transport.close();
    }
  });

  it("cuts the request when the reader stops early, as a destroyed stream did", async () => {
    const { url, closed } = await serveEndlessStream();
    const transport = createUndiciTransport();
    try {
      const response = await send(transport, url);
      for await (const _chunk of response.body) break;
      await vi.waitFor(() => expect(closed()).toBe(true));
    } finally {
      await transport.close();
    }
  });
});
