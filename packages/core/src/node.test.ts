import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeClient } from "./node.js";
import { createUndiciTransport } from "./transport/undici-transport.js";

/** createNodeClient with a transport the caller made: the caller keeps it, and can still close its pool. */

const server = createServer((_, response) => {
  response.writeHead(200, { "content-type": "application/json" });
  response.end(JSON.stringify({ object: "list", data: [{ id: "gpt-test", object: "model" }] }));
});
let baseUrl = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("createNodeClient with the caller's transport", () => {
  it("leaves the transport as given: closing the client keeps it open, and the caller can still close it", async () => {
    const transport = createUndiciTransport();
    const callersClose = transport.close;
    const client = createNodeClient({ apiKey: "sk-test-0123456789", baseUrl, transport });
    expect(transport.close).toBe(callersClose);

    await client.close();
    expect((await client.listModels()).ids).toEqual(["gpt-test"]);

    await transport.close();
    // The pool is really closed: the same transport can no longer send.
    await expect(client.listModels({ maxRetries: 0 })).rejects.toMatchObject({ code: "connection" });
  });

  it("closes the pool it made itself", async () => {
    const client = createNodeClient({ apiKey: "sk-test-0123456789", baseUrl });
    expect((await client.listModels()).ids).toEqual(["gpt-test"]);
    await client.close();
    await expect(client.listModels({ maxRetries: 0 })).rejects.toMatchObject({ code: "connection" });
  });
});
