import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createNodeHttpTransport } from "./node-http-transport.js";

// The node:http transport of one-shot programs (the CLI), against a real node:http server.
describe("node:http transport", () => {
  const servers: Server[] = [];
  afterEach(() => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      server.close();
    }
  });

  async function serve(handler: (response: ServerResponse, request: IncomingMessage) => void): Promise<string> {
    const server = createServer((request, response) => handler(response, request));
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/models`;
  }

  const send = (url: string) => createNodeHttpTransport()({ url, method: "GET", headers: {}, signal: new AbortController().signal });
  const answer = '{"data":[{"id":"模型-🙂"},{"id":"gpt-5.4"}]}';

  it("reads a whole answer as text, characters cut between writes kept whole", async () => {
    const bytes = Buffer.from(answer);
    const url = await serve((response) => {
      response.writeHead(200, { "content-type": "application/json" });
      // One byte a write, flushed apart: every character of several bytes arrives in pieces.
      let index = 0;
      const next = () => (index < bytes.length ? response.write(bytes.subarray(index, ++index), () => setImmediate(next)) : response.end());
      next();
    });
    const response = await send(url);
    expect(await response.text?.()).toBe(answer);
  });

  it("reads a compressed answer as its decoded text", async () => {
    const url = await serve((response) => {
      response.writeHead(200, { "content-encoding": "gzip" });
      response.end(gzipSync(answer));
    });
    expect(await (await send(url)).text?.()).toBe(answer);
  });

  describe("its signal", () => {
    it("aborted before the answer's headers: the request is rejected and its connection closed", async () => {
      const controller = new AbortController();
      let arrived: (request: IncomingMessage) => void = () => undefined;
      const request = new Promise<IncomingMessage>((resolve) => (arrived = resolve));
      const url = await serve((_response, incoming) => arrived(incoming));
      const sent = createNodeHttpTransport()({ url, method: "GET", headers: {}, signal: controller.signal });
      const { socket } = await request;
      controller.abort(new Error("deadline"));
      await expect(sent).rejects.toThrow("deadline");
      if (!socket.destroyed) await once(socket, "close");
    });

    it("aborted while the answer arrives: reading it is rejected", async () => {
      const controller = new AbortController();
      const url = await serve((response) => {
        response.writeHead(200, { "content-length": "1000" });
        response.write(answer);
      });
      const response = await createNodeHttpTransport()({ url, method: "GET", headers: {}, signal: controller.signal });
      const text = response.text?.();
      controller.abort(new Error("idle"));
      await expect(text).rejects.toThrow();
    });

    it("already aborted: nothing is sent", async () => {
      let requests = 0;
      const url = await serve(() => (requests += 1));
      const aborted = AbortSignal.abort(new Error("caller"));
      await expect(createNodeHttpTransport()({ url, method: "GET", headers: {}, signal: aborted })).rejects.toThrow("caller");
      // A request that had left would reach this loopback server within a few event-loop turns.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(requests).toBe(0);
    });
  });

  it("hands a compressed answer's decoded bytes as pieces, for answers read from their bytes (embeddings)", async () => {
    const url = await serve((response) => {
      response.writeHead(200, { "content-encoding": "gzip" });
      response.end(gzipSync(answer));
    });
    const pieces = await (await send(url)).pieces?.();
    expect(Buffer.concat(pieces ?? []).toString("utf8")).toBe(answer);
  });

  it("rejects when the connection is cut in the middle of the answer", async () => {
    const url = await serve((response) => {
      response.writeHead(200, { "content-length": "1000" });
      response.write(answer, () => response.socket?.destroy());
    });
    await expect((await send(url)).text?.()).rejects.toThrow();
  });
});
