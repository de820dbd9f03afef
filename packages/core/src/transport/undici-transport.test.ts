import { once } from "node:events";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createClient } from "../client/create-client.js";
import { nodeTimers } from "../node-runtime.js";
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
