import { describe, expect, test } from "vitest";
import { credentialFingerprint } from "./recording/credential-fingerprint.js";
import { DEV_GATEWAY_API_KEY } from "./dev-gateway-api-key.js";
import { authHeaders, postJson, readJson, useDevGateway } from "./dev-gateway-test-kit.js";
import { startDevGateway } from "./start-dev-gateway.js";

const chatBody = { model: "gpt-5.4", messages: [{ role: "user", content: "hi" }] };

describe("startDevGateway", () => {
  const gateway = useDevGateway();

  test("listens on loopback and exposes root URL, /v1 base URL and the default key", () => {
    expect(gateway().url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(gateway().baseUrl).toBe(`${gateway().url}/v1`);
    expect(gateway().apiKey).toBe(DEV_GATEWAY_API_KEY);
  });

  describe("auth", () => {
    test("a missing key gets 401 invalid_api_key in the OpenAI envelope", async () => {
      const response = await fetch(`${gateway().baseUrl}/models`);
      expect(response.status).toBe(401);
      const body = await readJson(response);
      expect(body.error).toMatchObject({ type: "invalid_request_error", code: "invalid_api_key" });
      expect(body.error.message).toMatch(/didn't provide an API key/);
    });

    test("a wrong key gets 401 and the message does not print the key whole", async () => {
      const response = await fetch(`${gateway().baseUrl}/models`, { headers: { authorization: "Bearer sk-wrong-key-123456" } });
      expect(response.status).toBe(401);
      const body = await readJson(response);
      expect(body.error.code).toBe("invalid_api_key");
      expect(body.error.message).not.toContain("sk-wrong-key-123456");
    });

    test("a key pasted with an extra space is refused like on the real gateway", async () => {
      const response = await fetch(`${gateway().baseUrl}/models`, { headers: { authorization: `Bearer  ${DEV_GATEWAY_API_KEY}` } });
      expect(response.status).toBe(401);
    });

    test("the right key is accepted on every /v1 route", async () => {
      const response = await fetch(`${gateway().baseUrl}/models`, { headers: authHeaders(gateway()) });
      expect(response.status).toBe(200);
    });
  });

  test("lists the default models in the OpenAI shape", async () => {
    const response = await fetch(`${gateway().baseUrl}/models`, { headers: authHeaders(gateway()) });
    const body = await readJson(response);
    expect(body.object).toBe("list");
    expect(body.data.map((model: { id: string }) => model.id)).toEqual([
      "gpt-5.4",
      "claude-sonnet-4-6",
      "gemini-3-pro-preview",
      "text-embedding-3-small",
      "text-embedding-3-large",
      "gpt-image-2",
      "qwen-image",
    ]);
    expect(body.data[0]).toEqual({ id: "gpt-5.4", object: "model", created: expect.any(Number), owned_by: "openai" });
  });

  test("every response carries a unique x-request-id, errors and 404s included", async () => {
    const responses = await Promise.all([
      fetch(`${gateway().baseUrl}/models`, { headers: authHeaders(gateway()) }),
      fetch(`${gateway().baseUrl}/models`),
      fetch(`${gateway().url}/chat/completions`, { method: "POST" }),
      fetch(`${gateway().url}/__dev/health`),
    ]);
    const ids = responses.map((response) => response.headers.get("x-request-id"));
    for (const id of ids) expect(id).toMatch(/^req_[0-9a-f]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("paths without /v1 get 404 like the real gateway, so clients can hint at the base URL", async () => {
    const response = await fetch(`${gateway().url}/chat/completions`, {
      method: "POST",
      headers: authHeaders(gateway()),
      body: JSON.stringify(chatBody),
    });
    expect(response.status).toBe(404);
    const body = await readJson(response);
    expect(body.error).toMatchObject({ message: "Invalid URL (POST /chat/completions)", type: "invalid_request_error" });
  });

  test("a doubled /v1 and an unknown /v1 path are 404 too", async () => {
    const doubled = await postJson(gateway(), "/v1/chat/completions", chatBody);
    expect(doubled.status).toBe(404);
    const unknown = await fetch(`${gateway().baseUrl}/nope`, { headers: authHeaders(gateway()) });
    expect(unknown.status).toBe(404);
    expect((await readJson(unknown)).error.message).toBe("Invalid URL (GET /v1/nope)");
  });

  test("an invalid JSON body gets 400", async () => {
    const response = await fetch(`${gateway().baseUrl}/chat/completions`, {
      method: "POST",
      headers: authHeaders(gateway()),
      body: '{"model": "gpt-5.4",',
    });
    expect(response.status).toBe(400);
    expect((await readJson(response)).error).toMatchObject({ type: "invalid_request_error", code: "invalid_json" });
  });

  test("a body the request contract refuses gets 400 naming the field", async () => {
    const missing = await postJson(gateway(), "/chat/completions", { model: "gpt-5.4" });
    expect(missing.status).toBe(400);
    expect((await readJson(missing)).error).toMatchObject({ param: "messages", code: "missing_required_parameter" });

    const invalid = await postJson(gateway(), "/chat/completions", { ...chatBody, temperature: 7 });
    const invalidBody = await readJson(invalid);
    expect(invalidBody.error.param).toBe("temperature");
    expect(invalidBody.error.message).toContain("temperature");

    const unknown = await postJson(gateway(), "/chat/completions", { ...chatBody, temprature: 1 });
    expect((await readJson(unknown)).error).toMatchObject({
      message: "Unrecognized request argument supplied: temprature",
      param: "temprature",
      code: null,
    });
  });

  test("an unknown model gets 404 model_not_found with OpenAI's wording", async () => {
    const response = await postJson(gateway(), "/chat/completions", { ...chatBody, model: "gpt-0" });
    expect(response.status).toBe(404);
    const body = await readJson(response);
    expect(body.error).toMatchObject({
      code: "model_not_found",
      message: "The model `gpt-0` does not exist or you do not have access to it.",
    });
  });

  describe("request recording", () => {
    test("records method, path, query, lower-case headers, parsed and raw body", async () => {
      await postJson(gateway(), "/chat/completions?utm_source=x", chatBody, { "X-Custom": "yes" });
      expect(gateway().requests).toHaveLength(1);
      const [recorded] = gateway().requests;
      expect(recorded).toMatchObject({
        method: "POST",
        path: "/v1/chat/completions",
        query: { utm_source: "x" },
        body: chatBody,
        rawBody: JSON.stringify(chatBody),
      });
      expect(recorded?.headers["x-custom"]).toBe("yes");
      expect(recorded?.headers.authorization).toBe(credentialFingerprint(`Bearer ${DEV_GATEWAY_API_KEY}`));
      expect(recorded?.bodyBytes).toBe(JSON.stringify(chatBody).length);
      expect(recorded?.receivedAt).toBeGreaterThan(0);
    });

    test("records failed and non-JSON requests too (body undefined)", async () => {
      await fetch(`${gateway().url}/chat/completions`, { method: "POST", body: "not json" });
      expect(gateway().requests[0]).toMatchObject({ path: "/chat/completions", body: undefined, rawBody: "not json" });
    });

    test("/__dev/requests lists and clears the recording over HTTP, without recording itself", async () => {
      await postJson(gateway(), "/chat/completions", chatBody);
      const listed = await readJson(await fetch(`${gateway().url}/__dev/requests`));
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({ method: "POST", path: "/v1/chat/completions", body: chatBody });

      const held = gateway().requests;
      const cleared = await fetch(`${gateway().url}/__dev/requests`, { method: "DELETE" });
      expect(cleared.status).toBe(200);
      expect(held).toHaveLength(0);
      expect(await readJson(await fetch(`${gateway().url}/__dev/requests`))).toEqual([]);
    });

    test("clearRequests() empties the same array", async () => {
      await postJson(gateway(), "/chat/completions", chatBody);
      const held = gateway().requests;
      gateway().clearRequests();
      expect(held).toHaveLength(0);
      expect(gateway().requests).toBe(held);
    });
  });

  test("/__dev/health answers without auth", async () => {
    const response = await fetch(`${gateway().url}/__dev/health`);
    expect(await readJson(response)).toEqual({ ok: true });
    expect(gateway().requests).toHaveLength(0);
  });
});

describe("startDevGateway options", () => {
  describe("allowedModels", () => {
    const gateway = useDevGateway({ allowedModels: ["gpt-5.4", "text-embedding-3-small"] });

    test("/v1/models lists only the allowed models", async () => {
      const response = await fetch(`${gateway().baseUrl}/models`, { headers: authHeaders(gateway()) });
      const ids = (await readJson(response)).data.map((model: { id: string }) => model.id);
      expect(ids).toEqual(["gpt-5.4", "text-embedding-3-small"]);
    });

    test("other models get 403 model_not_allowed", async () => {
      const response = await postJson(gateway(), "/chat/completions", { ...chatBody, model: "claude-sonnet-4-6" });
      expect(response.status).toBe(403);
      const body = await readJson(response);
      expect(body.error).toMatchObject({ code: "model_not_allowed", message: "this key is not allowed to use model claude-sonnet-4-6" });
    });
  });

  describe("apiKeys, models and latencyMs", () => {
    const gateway = useDevGateway({ apiKeys: ["sk-one", "sk-two"], models: ["my-model"], latencyMs: 50 });

    test("accepts every listed key and exposes the first", async () => {
      expect(gateway().apiKey).toBe("sk-one");
      for (const key of ["sk-one", "sk-two"]) {
        const response = await fetch(`${gateway().baseUrl}/models`, { headers: { authorization: `Bearer ${key}` } });
        expect(response.status).toBe(200);
      }
      const refused = await fetch(`${gateway().baseUrl}/models`, { headers: { authorization: `Bearer ${DEV_GATEWAY_API_KEY}` } });
      expect(refused.status).toBe(401);
    });

    test("serves the given models and adds the latency", async () => {
      const started = Date.now();
      const response = await postJson(gateway(), "/chat/completions", { ...chatBody, model: "my-model" });
      expect(response.status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    });
  });

  test("refuses a non-loopback host with a clear error", async () => {
    await expect(startDevGateway({ host: "0.0.0.0" })).rejects.toThrow(/loopback only.*0\.0\.0\.0/);
    await expect(startDevGateway({ host: "192.168.1.10" })).rejects.toThrow(/loopback only/);
  });

  test("binds ::1 with a bracketed URL when IPv6 is available", async () => {
    const gateway = await startDevGateway({ host: "::1" }).catch(() => undefined);
    if (!gateway) return; // No IPv6 loopback on this machine.
    try {
      expect(gateway.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
      expect((await fetch(`${gateway.url}/__dev/health`)).status).toBe(200);
    } finally {
      await gateway.close();
    }
  });

  test("close() is idempotent and the port stops answering", async () => {
    const gateway = await startDevGateway();
    await Promise.all([gateway.close(), gateway.close()]);
    await expect(fetch(`${gateway.url}/__dev/health`)).rejects.toThrow();
  });
});
