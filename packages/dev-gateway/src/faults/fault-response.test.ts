import { describe, expect, test } from "vitest";
import { postJson, readJson, sseData, trackTimers, useDevGateway, waitFor } from "../dev-gateway-test-kit.js";
import { startDevGateway } from "../start-dev-gateway.js";

const chat = { model: "gpt-5.4", messages: [{ role: "user", content: "hello" }] };
const streamChat = { ...chat, stream: true };
const fault = (spec: string) => ({ "x-dev-gateway-fault": spec });

/** Reads an SSE body until `count` events arrived, returning them and the reader (still open). */
async function readEvents(response: Response, count: number): Promise<string[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  while (sseData(text).length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  reader.releaseLock();
  return sseData(text);
}

describe("fault injection", () => {
  const gateway = useDevGateway();

  describe("status faults answer in the shape the real gateway (or its proxy) uses", () => {
    const cases = [
      { mode: "401", status: 401, code: "invalid_api_key" },
      { mode: "403", status: 403, code: "model_not_allowed" },
      { mode: "404", status: 404, code: null },
      { mode: "400", status: 400, code: "invalid_request" },
      { mode: "insufficient-quota", status: 429, code: "insufficient_quota" },
      { mode: "500", status: 500, code: "internal_error" },
      { mode: "502", status: 502, code: "bad_gateway" },
      { mode: "503", status: 503, code: "service_unavailable" },
    ];
    for (const { mode, status, code } of cases) {
      test(`${mode} → ${status} ${code}`, async () => {
        const response = await postJson(gateway(), "/chat/completions", chat, fault(mode));
        expect(response.status).toBe(status);
        expect(response.headers.get("x-request-id")).toMatch(/^req_/);
        expect(response.headers.get("content-type")).toBe("application/json");
        const body = await readJson(response);
        expect(body.error).toMatchObject({ message: expect.any(String), type: expect.any(String), code });
        if (mode === "insufficient-quota") expect(response.headers.get("retry-after")).toBeNull();
      });
    }

    test("403 names the requested model", async () => {
      const body = await readJson(await postJson(gateway(), "/chat/completions", chat, fault("403")));
      expect(body.error.message).toBe("this key is not allowed to use model gpt-5.4");
    });

    test("429 sends retry-after in seconds (rounded up) and retry-after-ms", async () => {
      const response = await postJson(gateway(), "/chat/completions", chat, fault("429; retry_after_ms=1500"));
      expect(response.status).toBe(429);
      expect(response.headers.get("retry-after")).toBe("2");
      expect(response.headers.get("retry-after-ms")).toBe("1500");
      expect((await readJson(response)).error.code).toBe("rate_limit_exceeded");

      const defaults = await postJson(gateway(), "/chat/completions", chat, fault("429"));
      expect(defaults.headers.get("retry-after")).toBe("1");
      expect(defaults.headers.get("retry-after-ms")).toBe("1000");
    });

    test("524 is Cloudflare's HTML timeout page", async () => {
      const response = await postJson(gateway(), "/chat/completions", chat, fault("524"));
      expect(response.status).toBe(524);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await response.text()).toContain("Error code 524 - A timeout occurred");
    });

    test("html is a reverse proxy's 502 page", async () => {
      const response = await postJson(gateway(), "/chat/completions", chat, fault("html"));
      expect(response.status).toBe(502);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await response.text()).toContain("<html>");
    });

    test("invalid-json is a 200 application/json body that does not parse", async () => {
      const response = await postJson(gateway(), "/chat/completions", chat, fault("invalid-json"));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/json");
      await expect(readJson(response)).rejects.toThrow();
    });

    test("faults apply to every /v1 route, GET /v1/models included", async () => {
      const response = await fetch(`${gateway().baseUrl}/models`, {
        headers: { authorization: `Bearer ${gateway().apiKey}`, ...fault("503") },
      });
      expect(response.status).toBe(503);
    });
  });

  test("reset destroys the socket without an answer", async () => {
    await expect(postJson(gateway(), "/chat/completions", chat, fault("reset"))).rejects.toThrow(TypeError);
    expect(gateway().requests).toHaveLength(1);
  });

  test("an unknown mode or parameter gets 400 invalid_fault instead of being ignored", async () => {
    for (const spec of ["429x", "429; tims=2"]) {
      const response = await postJson(gateway(), "/chat/completions", chat, fault(spec));
      expect(response.status).toBe(400);
      expect((await readJson(response)).error.code).toBe("invalid_fault");
    }
  });

  describe("times=N", () => {
    test("fails the first N requests with that exact spec, then answers normally", async () => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 4; attempt++) {
        statuses.push((await postJson(gateway(), "/chat/completions", chat, fault("503; times=2"))).status);
      }
      expect(statuses).toEqual([503, 503, 200, 200]);
      // A different spec string has its own counter.
      expect((await postJson(gateway(), "/chat/completions", chat, fault("503; times=1"))).status).toBe(503);
    });

    test("clearRequests() and DELETE /__dev/requests reset the counters", async () => {
      const spec = fault("500; times=1");
      expect((await postJson(gateway(), "/chat/completions", chat, spec)).status).toBe(500);
      expect((await postJson(gateway(), "/chat/completions", chat, spec)).status).toBe(200);
      gateway().clearRequests();
      expect((await postJson(gateway(), "/chat/completions", chat, spec)).status).toBe(500);
      await fetch(`${gateway().url}/__dev/requests`, { method: "DELETE" });
      expect((await postJson(gateway(), "/chat/completions", chat, spec)).status).toBe(500);
    });
  });

  describe("fault models", () => {
    test("fault-429 as the model fails without any header", async () => {
      const response = await postJson(gateway(), "/chat/completions", { ...chat, model: "fault-429" });
      expect(response.status).toBe(429);
      expect(response.headers.get("retry-after-ms")).toBe("1000");
    });

    test("with times=N in the header, a fault model then answers as the route's default model", async () => {
      const send = () => postJson(gateway(), "/chat/completions", { ...chat, model: "fault-502" }, fault("502; times=1"));
      expect((await send()).status).toBe(502);
      const body = await readJson(await send());
      expect(body.model).toBe("gpt-5.4");
      expect(body.choices[0].message.content).toBe("Echo: hello");
    });

    test("embeddings and images stand in text-embedding-3-small and gpt-image-2", async () => {
      const embeddings = await postJson(gateway(), "/embeddings", { model: "fault-500", input: "x" }, fault("500; times=0"));
      const embeddingsBody = await readJson(embeddings);
      expect(embeddingsBody.model).toBe("text-embedding-3-small");
      expect(embeddingsBody.data[0].embedding).toHaveLength(1536);
      const images = await postJson(gateway(), "/images/generations", { model: "fault-500", prompt: "x" }, fault("500; times=0"));
      expect(images.status).toBe(200);
    });

    test("fault models pass the allowedModels whitelist", async () => {
      const restricted = await startDevGateway({ allowedModels: ["gpt-5.4"] });
      try {
        const response = await postJson(restricted, "/chat/completions", { ...chat, model: "fault-503" });
        expect(response.status).toBe(503);
      } finally {
        await restricted.close();
      }
    });
  });

  describe("slow-headers", () => {
    test("waits delay_ms, then answers normally", async () => {
      const started = Date.now();
      const response = await postJson(gateway(), "/chat/completions", chat, fault("slow-headers; delay_ms=150"));
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
      expect(response.status).toBe(200);
      expect((await readJson(response)).choices[0].message.content).toBe("Echo: hello");
    });

    test("stops waiting (and clears its timer) when the client disconnects", async () => {
      const timers = trackTimers(61_001);
      try {
        const controller = new AbortController();
        const pending = postJson(gateway(), "/chat/completions", chat, fault("slow-headers; delay_ms=61001"), { signal: controller.signal });
        await waitFor(() => timers.live() === 1);
        controller.abort();
        await expect(pending).rejects.toThrow();
        await waitFor(() => timers.live() === 0);
        expect(timers.created()).toBe(1);
      } finally {
        timers.stop();
      }
    });
  });

  describe("stall", () => {
    test("a stream sends the role and one content chunk, then nothing until delay_ms, then ends without [DONE]", async () => {
      const started = Date.now();
      const response = await postJson(gateway(), "/chat/completions", streamChat, fault("stall; delay_ms=200"));
      expect(response.status).toBe(200);
      const data = sseData(await response.text());
      expect(Date.now() - started).toBeGreaterThanOrEqual(190);
      expect(data).toHaveLength(2);
      expect(JSON.parse(data[0]!).choices[0].delta.role).toBe("assistant");
      expect(JSON.parse(data[1]!).choices[0].delta.content).toBe("Echo: ");
    });

    test("a stream stall ends as soon as the client disconnects", async () => {
      const timers = trackTimers(61_002);
      try {
        const controller = new AbortController();
        const response = await postJson(gateway(), "/chat/completions", streamChat, fault("stall; delay_ms=61002"), {
          signal: controller.signal,
        });
        expect(await readEvents(response, 2)).toHaveLength(2);
        expect(timers.live()).toBe(1);
        controller.abort();
        await waitFor(() => timers.live() === 0);
      } finally {
        timers.stop();
      }
    });

    test("a non-stream answer sends headers and part of the JSON, then stalls", async () => {
      const controller = new AbortController();
      const response = await postJson(gateway(), "/chat/completions", chat, fault("stall; delay_ms=60000"), { signal: controller.signal });
      expect(response.status).toBe(200);
      const reader = response.body!.getReader();
      const { value } = await reader.read();
      const partial = new TextDecoder().decode(value);
      expect(partial.startsWith('{"id":"chatcmpl-')).toBe(true);
      expect(() => JSON.parse(partial)).toThrow();
      controller.abort();
    });

    test("close() ends stalled connections promptly and clears their timers", async () => {
      const timers = trackTimers(61_003);
      try {
        const own = await startDevGateway();
        const response = await postJson(own, "/chat/completions", streamChat, fault("stall; delay_ms=61003"));
        await readEvents(response, 2);
        expect(timers.live()).toBe(1);
        await own.close();
        // Promptly means without waiting for the stall: its timer was cleared, never fired.
        expect(timers.fired()).toBe(0);
        await waitFor(() => timers.live() === 0);
      } finally {
        timers.stop();
      }
    });
  });

  test("no-done ends the stream after the content without [DONE]", async () => {
    const response = await postJson(gateway(), "/chat/completions", { ...streamChat, stream_options: { include_usage: true } }, fault("no-done"));
    const data = sseData(await response.text());
    expect(data).not.toContain("[DONE]");
    expect(JSON.parse(data.at(-1)!).usage).toBeDefined();
    expect(data.length).toBeGreaterThan(3);
  });

  test("stream-error sends an error event after one content chunk, then closes", async () => {
    const response = await postJson(gateway(), "/chat/completions", streamChat, fault("stream-error"));
    expect(response.status).toBe(200);
    const data = sseData(await response.text());
    expect(data).toHaveLength(3);
    expect(JSON.parse(data[2]!)).toEqual({
      error: { message: "upstream failed mid-stream", type: "server_error", code: "upstream_error" },
    });
  });
});
