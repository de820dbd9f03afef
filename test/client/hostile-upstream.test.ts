import { type ClientOptions, type CrazyrouterClient, CrazyrouterError, createClient, createFetchTransport } from "@crazyrouter/core";
import { createNodeClient } from "@crazyrouter/core/node";
import { createNodeHttpTransport, nodeDecodeBase64, nodeTimers } from "@crazyrouter/core/node-runtime";
import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

/**
 * Issue 11: an upstream that misbehaves must end every call with a typed, explained error (or a usable
 * answer), never hang, never show the key. Each case runs on each of the core's transports: undici (core's
 * Node client, the MCP server), node:http (the CLI) and fetch.
 */

// Not shaped like an sk- key, so only exact-secret redaction can hide it.
const DISTINCTIVE_KEY = "crz-LEAKCHECK-7f3a9c21d4e8";

let gateway: DevGateway;
beforeAll(async () => {
  gateway = await startDevGateway({ apiKeys: [DISTINCTIVE_KEY] });
});
afterAll(() => gateway.close());
beforeEach(() => gateway.clearRequests());

type Options = Partial<Omit<ClientOptions, "transport" | "timers">>;
const fastRetries = { baseDelayMs: 5, maxDelayMs: 20 };
const transports: Record<string, (options: Options) => CrazyrouterClient> = {
  undici: (options) => createNodeClient({ apiKey: gateway.apiKey, baseUrl: gateway.url, retry: fastRetries, ...options }),
  fetch: (options) =>
    createClient({
      apiKey: gateway.apiKey,
      baseUrl: gateway.url,
      retry: fastRetries,
      transport: createFetchTransport(fetch),
      timers: nodeTimers,
      decodeBase64: nodeDecodeBase64,
      ...options,
    }),
  "node:http": (options) =>
    createClient({
      apiKey: gateway.apiKey,
      baseUrl: gateway.url,
      retry: fastRetries,
      transport: createNodeHttpTransport(),
      timers: nodeTimers,
      decodeBase64: nodeDecodeBase64,
      ...options,
    }),
};
const hello = { model: "gpt-5.4", messages: [{ role: "user" as const, content: "Reply only OK" }] };
const fault = (spec: string) => ({ headers: { "x-dev-gateway-fault": spec } });

async function failure(promise: Promise<unknown>): Promise<CrazyrouterError> {
  try {
    await promise;
  } catch (error) {
    if (CrazyrouterError.isInstance(error)) return error;
    throw new Error(`expected a CrazyrouterError, got ${String(error)}`, { cause: error });
  }
  throw new Error("expected the call to fail");
}

/** Everything a user or a log could ever see of an error. */
function everythingShown(error: CrazyrouterError): string {
  const cause = error.cause instanceof Error ? `${error.cause.message} ${error.cause.stack ?? ""}` : String(error.cause ?? "");
  return [error.message, error.hint, error.describe(), JSON.stringify(error.toJSON()), error.stack ?? "", cause].join("\n");
}

describe.each(Object.keys(transports))("the core client on %s against a hostile upstream", (name) => {
  const client = (options: Options = {}) => transports[name]!(options);

  it("redacts the key a mid-stream error event echoes", async () => {
    const stream = await client().streamChat(hello, fault("stream-error-key"));
    const error = await failure(stream.collect());
    expect(error.message).toMatch(/mid-stream.*\[redacted\]/);
    expect(everythingShown(error)).not.toContain(DISTINCTIVE_KEY);
  });

  it("ends a call to a gateway that never answers at the configured deadline, as a timeout", async () => {
    const error = await failure(client({ timeoutMs: 300 }).chat(hello, fault("no-headers")));
    expect(error.code).toBe("timeout");
  });

  it("retries a body cut mid-way, then reports a typed connection error with a hint", async () => {
    const error = await failure(client().chat(hello, fault("body-cut")));
    expect(error).toMatchObject({ code: "connection", attempts: 3, retryable: true });
    expect(error.message).toMatch(/cut|broke|closed/i);
    expect(error.hint).toMatch(/retry|proxy/i);
    expect(gateway.requests).toHaveLength(3);
  });

  it("recovers from one body cut by retrying", async () => {
    const result = await client().chat(hello, fault("body-cut; times=1"));
    expect(result.text).toBe("OK");
    expect(result.meta.attempts).toBe(2);
  });

  it("reads a JSON answer to a stream request as a one-chunk stream", async () => {
    const stream = await client().streamChat(hello, fault("json-stream"));
    const collected = await stream.collect();
    expect(collected).toMatchObject({ text: "OK", finishReason: "stop" });
    expect(collected.usage?.total_tokens).toBeGreaterThan(0);
    expect(stream.format).toBe("json");
  });

  it("surfaces the upstream message of a 200 that carries an error, classified from it", async () => {
    const error = await failure(client().chat(hello, fault("error-200")));
    expect(error.message).toMatch(/overloaded/);
    expect(error.message).not.toMatch(/missing choices/);
    expect(error).toMatchObject({ code: "server", status: 200, gatewayCode: "upstream_overloaded" });
    const streamed = await failure(
      client()
        .streamChat(hello, fault("error-200"))
        .then((stream) => stream.collect()),
    );
    expect(streamed.message).toMatch(/overloaded/);
  });

  it("refuses an empty stream (only [DONE]) instead of returning an empty answer", async () => {
    const error = await failure(
      client()
        .streamChat(hello, fault("empty-stream"))
        .then((stream) => stream.collect()),
    );
    expect(error.message).toMatch(/no answer|without any/i);
    expect(error.hint.length).toBeGreaterThan(20);
  });

  it("explains a redirect as a base-URL problem, without following it", async () => {
    const error = await failure(client().chat(hello, fault("moved")));
    expect(error.code).not.toBe("bad_request");
    expect(error.status).toBe(301);
    expect(error.message).toContain(`${gateway.url}/moved/v1/chat/completions`);
    expect(error.hint).toMatch(/base URL/);
    expect(error.hint).not.toMatch(/temperature|response_format/);
    expect(gateway.requests.map((request) => request.path)).toEqual(["/v1/chat/completions"]);
  });

  it("reads a gzip body it did not ask for, whole or streamed", async () => {
    expect((await client().chat(hello, fault("gzip"))).text).toBe("OK");
    expect((await (await client().streamChat(hello, fault("gzip"))).collect()).text).toBe("OK");
  });
});
