import { request as httpRequest } from "node:http";
import { gunzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { postJson, readJson, sseData, useDevGateway, waitFor } from "../dev-gateway-test-kit.js";
import { startDevGateway } from "../start-dev-gateway.js";

const chat = { model: "gpt-5.4", messages: [{ role: "user", content: "hello" }] };
const streamChat = { ...chat, stream: true };
const fault = (spec: string) => ({ "x-dev-gateway-fault": spec });

/** A raw request (no fetch): no accept-encoding is offered and the bytes arrive exactly as sent. */
function rawPost(url: string, apiKey: string, body: unknown, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }>((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: "POST", headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json", ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes: Buffer.concat(chunks) }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(JSON.stringify(body));
  });
}

describe("upstream misbehaviour modes", () => {
  const gateway = useDevGateway();

  test("no-headers records the request and never answers; close() ends the wait", async () => {
    const own = await startDevGateway();
    const pending = postJson(own, "/chat/completions", chat, fault("no-headers")).then(
      (response) => `answered ${response.status}`,
      () => "no answer",
    );
    await waitFor(() => own.requests.length === 1);
    await own.close();
    expect(await pending).toBe("no answer");
  });

  test("no-headers stops waiting when the client gives up", async () => {
    const controller = new AbortController();
    const pending = postJson(gateway(), "/chat/completions", chat, fault("no-headers"), { signal: controller.signal });
    await waitFor(() => gateway().requests.length === 1);
    controller.abort();
    await expect(pending).rejects.toThrow();
    // The gateway is still serving: the abandoned wait held nothing up.
    expect((await postJson(gateway(), "/chat/completions", chat)).status).toBe(200);
  });

  test("stream-error-key sends an error event quoting the request's bearer key", async () => {
    const response = await postJson(gateway(), "/chat/completions", streamChat, fault("stream-error-key"));
    const data = sseData(await response.text());
    expect(data).toHaveLength(3);
    const event = JSON.parse(data[2]!);
    expect(event.error.message).toContain(gateway().apiKey);
    expect(event.error).toMatchObject({ type: "server_error", code: "upstream_error" });
  });

  test("body-cut announces the whole length, sends half the JSON, then cuts the connection", async () => {
    const response = await postJson(gateway(), "/chat/completions", chat, fault("body-cut"));
    expect(response.status).toBe(200);
    expect(Number(response.headers.get("content-length"))).toBeGreaterThan(50);
    await expect(response.text()).rejects.toThrow();
  });

  test("body-cut on a stream sends two events, then cuts the connection without [DONE]", async () => {
    const response = await postJson(gateway(), "/chat/completions", streamChat, fault("body-cut"));
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  test("json-stream answers a stream request with one JSON completion", async () => {
    const response = await postJson(gateway(), "/chat/completions", streamChat, fault("json-stream"));
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = await readJson(response);
    expect(body).toMatchObject({ object: "chat.completion", choices: [{ message: { content: "Echo: hello" }, finish_reason: "stop" }] });
  });

  test("error-200 answers status 200 with an error envelope, on streams too", async () => {
    for (const request of [chat, streamChat]) {
      const response = await postJson(gateway(), "/chat/completions", request, fault("error-200"));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/json");
      expect((await readJson(response)).error).toMatchObject({
        type: "server_error",
        code: "upstream_overloaded",
        message: expect.stringMatching(/overloaded/),
      });
    }
  });

  test("empty-stream sends only [DONE]", async () => {
    const response = await postJson(gateway(), "/chat/completions", streamChat, fault("empty-stream"));
    expect(response.status).toBe(200);
    expect(sseData(await response.text())).toEqual(["[DONE]"]);
  });

  test("moved answers 301 with a Location on this gateway", async () => {
    const response = await postJson(gateway(), "/chat/completions", chat, fault("moved"), { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe(`${gateway().url}/moved/v1/chat/completions`);
  });

  test("gzip compresses the answer although the request offered no accept-encoding", async () => {
    const plain = await rawPost(`${gateway().baseUrl}/chat/completions`, gateway().apiKey, chat, fault("gzip"));
    expect(plain.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(plain.bytes).toString()).choices[0].message.content).toBe("Echo: hello");
    const streamed = await rawPost(`${gateway().baseUrl}/chat/completions`, gateway().apiKey, streamChat, fault("gzip"));
    expect(streamed.headers["content-encoding"]).toBe("gzip");
    expect(sseData(gunzipSync(streamed.bytes).toString()).at(-1)).toBe("[DONE]");
  });
});
