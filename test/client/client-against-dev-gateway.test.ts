import { createNodeClient, type NodeClientOptions } from "@crazyrouter/core/node";
import { CrazyrouterError } from "@crazyrouter/core";
import { credentialFingerprint, type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

let gateway: DevGateway;
beforeAll(async () => {
  gateway = await startDevGateway();
});
afterAll(() => gateway.close());
beforeEach(() => gateway.clearRequests());

const fastRetries = { baseDelayMs: 5, maxDelayMs: 20 };
function client(options: Partial<NodeClientOptions> = {}) {
  return createNodeClient({ apiKey: gateway.apiKey, baseUrl: gateway.url, retry: fastRetries, ...options });
}
const hello = { model: "gpt-5.4", messages: [{ role: "user" as const, content: "Reply only OK" }] };

async function failure(promise: Promise<unknown>): Promise<CrazyrouterError> {
  try {
    await promise;
  } catch (error) {
    if (CrazyrouterError.isInstance(error)) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("chat", () => {
  it("answers and sends exactly the request body, with the bearer key", async () => {
    const result = await client().chat(hello);
    expect(result.text).toBe("OK");
    expect(result.finishReason).toBe("stop");
    expect(result.usage?.total_tokens).toBeGreaterThan(0);
    expect(result.meta).toMatchObject({ status: 200, attempts: 1, baseUrl: gateway.baseUrl, model: "gpt-5.4" });
    expect(result.meta.requestId).toMatch(/\S/);
    const [recorded] = gateway.requests;
    expect(recorded).toMatchObject({ method: "POST", path: "/v1/chat/completions", body: hello });
    expect(recorded?.headers.authorization).toBe(credentialFingerprint(`Bearer ${gateway.apiKey}`));
  });

  it("streams chunks, a usage chunk and ends at [DONE]", async () => {
    const stream = await client().streamChat({ ...hello, messages: [{ role: "user", content: "count words please" }] });
    const parts: string[] = [];
    for await (const chunk of stream) parts.push(chunk.choices[0]?.delta?.content ?? "");
    expect(parts.join("")).toBe("Echo: count words please");
    expect(gateway.requests[0]?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    const collected = await (await client().streamChat(hello)).collect();
    expect(collected).toMatchObject({ text: "OK", finishReason: "stop" });
    expect(collected.usage?.total_tokens).toBeGreaterThan(0);
  });

  it("sends a token limit as max_completion_tokens to reasoning models, and as given to others", async () => {
    await client().chat({ ...hello, max_tokens: 32 });
    await client().chat({ ...hello, model: "claude-sonnet-4-6", max_tokens: 32 });
    expect(gateway.requests.map((request) => request.body)).toEqual([
      { ...hello, max_completion_tokens: 32 },
      { ...hello, model: "claude-sonnet-4-6", max_tokens: 32 },
    ]);
  });

  it("streams the requested number of chunks", async () => {
    const stream = await client({ headers: { "x-dev-gateway-stream-chunks": "1000" } }).streamChat(hello);
    let contentChunks = 0;
    for await (const chunk of stream) if (chunk.choices[0]?.delta?.content) contentChunks += 1;
    expect(contentChunks).toBe(1000);
  });
});

describe("embeddings", () => {
  it("decodes base64 vectors of the model's native length by default", async () => {
    const result = await client().embed({ model: "text-embedding-3-large", input: ["alpha", "beta"] });
    expect(result.embeddings.map((vector) => vector.length)).toEqual([3072, 3072]);
    expect(gateway.requests[0]?.body).toMatchObject({ encoding_format: "base64" });
    const floats = await client().embed({ model: "text-embedding-3-large", input: ["alpha"], encoding_format: "float" });
    expect(Array.from(floats.embeddings[0]!)).toEqual(Array.from(result.embeddings[0]!));
  });

  it("splits long input lists into batches and keeps the order", async () => {
    const texts = Array.from({ length: 7 }, (_, index) => `text ${index}`);
    const batched = await client({ embeddingBatchSize: 3 }).embed({ model: "text-embedding-3-small", input: texts, dimensions: 8 });
    expect(gateway.requests.map((request) => (request.body as { input: string[] }).input.length)).toEqual(expect.arrayContaining([3, 3, 1]));
    expect(batched.requests).toHaveLength(3);
    const single = await client().embed({ model: "text-embedding-3-small", input: texts, dimensions: 8 });
    expect(batched.embeddings.map((vector) => Array.from(vector))).toEqual(single.embeddings.map((vector) => Array.from(vector)));
  });
});

describe("images and models", () => {
  it("generates an image, leaving out response_format for a model that refuses it, with a warning", async () => {
    const result = await client().generateImage({ model: "gpt-image-2", prompt: "a red bicycle", response_format: "b64_json" });
    expect(gateway.requests[0]?.body).toEqual({ model: "gpt-image-2", prompt: "a red bicycle" });
    expect(result.warnings).toEqual([{ field: "response_format", message: expect.stringContaining("gpt-image-2 refuses response_format") }]);
    const image = result.images[0];
    const bytes = image?.b64Json ? Buffer.from(image.b64Json, "base64") : Buffer.from(await (await fetch(image?.url ?? "")).arrayBuffer());
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  });

  it("lists the key's models", async () => {
    expect((await client().listModels()).ids).toContain("gpt-5.4");
  });
});

describe("bad input is rejected before any request", () => {
  it.each([
    ["an unknown role", () => client().chat({ model: "gpt-5.4", messages: [{ role: "robot" as "user", content: "x" }] })],
    ["an out-of-range temperature", () => client().chat({ ...hello, temperature: 7 })],
    ["an empty input list", () => client().embed({ model: "text-embedding-3-small", input: [] })],
    ["a bad image size", () => client().generateImage({ model: "gpt-image-2", prompt: "x", size: "big" })],
  ])("%s", async (_, call) => {
    const error = await failure(call());
    expect(error.code).toBe("invalid_input");
    expect(gateway.requests).toHaveLength(0);
  });

  it("a key with inner spaces or a non-http base URL fails at construction", () => {
    expect(() => createNodeClient({ apiKey: "sk-abc def" })).toThrow(/spaces/);
    expect(() => createNodeClient({ apiKey: "sk-abcdef", baseUrl: "ftp://crazyrouter.com" })).toThrow(/http/);
  });
});

const fault = (spec: string) => ({ headers: { "x-dev-gateway-fault": spec } });

describe("fault modes end in bounded time with the right retries and code", () => {
  it.each([
    ["401", "auth", 1],
    ["403", "forbidden_model", 1],
    ["404", "not_found", 1],
    ["400", "bad_request", 1],
    ["insufficient-quota", "quota", 1],
    ["429; retry_after_ms=5", "rate_limited", 3],
    ["500", "server", 3],
    ["502", "bad_gateway", 3],
    ["503", "server", 3],
    ["524", "bad_gateway", 3],
    ["html", "bad_gateway", 3],
    ["reset", "connection", 3],
    ["invalid-json", "invalid_response", 1],
  ])("%s → %s after %i attempt(s)", async (spec, code, attempts) => {
    const error = await failure(client().chat(hello, fault(spec)));
    expect(error).toMatchObject({ code, attempts });
    expect(gateway.requests).toHaveLength(attempts);
    expect(error.hint.length).toBeGreaterThan(20);
    if (spec !== "reset") expect(error.requestId).toMatch(/\S/);
    expect(JSON.stringify(error.toJSON()) + error.message).not.toContain(gateway.apiKey);
  });

  it("retries a 429 after the server's retry-after and then succeeds", async () => {
    const result = await client().chat(hello, fault("429; times=1; retry_after_ms=30"));
    expect(result.text).toBe("OK");
    expect(result.meta.attempts).toBe(2);
    const [first, second] = gateway.requests;
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(25);
  });

  it("times out slow headers within the deadline", async () => {
    const error = await failure(client({ timeoutMs: 200 }).chat(hello, fault("slow-headers; delay_ms=5000")));
    expect(error.code).toBe("timeout");
  });

  it("stops a stalled stream after the idle timeout, without retrying", async () => {
    const stream = await client({ streamIdleTimeoutMs: 150 }).streamChat(hello, fault("stall; delay_ms=5000"));
    const error = await failure(stream.collect());
    expect(error.code).toBe("timeout");
    expect(error.message).toMatch(/sent nothing for 150 ms/);
    expect(gateway.requests).toHaveLength(1);
  });

  it("reports a stream that ends without [DONE]", async () => {
    const error = await failure((await client().streamChat(hello, fault("no-done"))).collect());
    expect(error.code).toBe("connection");
    expect(error.message).toMatch(/\[DONE\]/);
  });

  it("raises an error event sent mid-stream", async () => {
    const error = await failure((await client().streamChat(hello, fault("stream-error"))).collect());
    expect(error.message).toMatch(/mid-stream: upstream failed mid-stream/);
    expect(error.retryable).toBe(false);
    expect(gateway.requests).toHaveLength(1);
  });

  it("retries a stream's failed start but never after its first byte", async () => {
    const stream = await client().streamChat(hello, fault("503; times=2"));
    expect((await stream.collect()).text).toBe("OK");
    expect(stream.meta.attempts).toBe(3);
  });

  it("honours the caller's abort signal while the gateway holds the request", async () => {
    const controller = new AbortController();
    const pending = client().chat(hello, { ...fault("slow-headers; delay_ms=600000"), signal: controller.signal });
    // Abort once the request has arrived (an event, not a guessed delay), so the abort hits a call in flight.
    await expect.poll(() => gateway.requests.length, { timeout: 15_000 }).toBe(1);
    controller.abort();
    expect((await failure(pending)).code).toBe("aborted");
  });
});

describe("opt-in failover", () => {
  it("moves to the next region when the first cannot be reached, and says which answered", async () => {
    const warnings: string[] = [];
    const result = await client({
      baseUrl: "http://127.0.0.1:9/v1",
      fallbackBaseUrls: [gateway.baseUrl],
      retry: { ...fastRetries, maxRetries: 1 },
      logger: { warn: (message) => warnings.push(message) },
    }).chat(hello);
    expect(result.meta).toMatchObject({ baseUrl: gateway.baseUrl, attempts: 3 });
    expect(warnings.join("\n")).toMatch(/falling back to base URL/);
  });

  it("falls back to the next model when the key may not use the first", async () => {
    const result = await client({ fallbackModels: ["gpt-5.4"] }).chat({ ...hello, model: "fault-403" });
    expect(result.meta).toMatchObject({ model: "gpt-5.4", attempts: 2 });
    expect(gateway.requests.map((request) => (request.body as { model: string }).model)).toEqual(["fault-403", "gpt-5.4"]);
  });
});
