import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { credentialFingerprint } from "./credential-fingerprint.js";
import { DEV_GATEWAY_API_KEY } from "../dev-gateway-api-key.js";
import { postJson, rawRequest, readJson, useDevGateway } from "../dev-gateway-test-kit.js";
import { DEFAULT_RECORDING_LIMITS } from "./request-recording.js";

const chatWith = (content: string) => ({ model: "gpt-5.4", messages: [{ role: "user", content }] });
const sha256Prefix = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

describe("the recording never keeps a key in clear", () => {
  const gateway = useDevGateway();

  test("credential headers are fingerprints that still say exactly which key was sent, and how", async () => {
    const foreign = "sk-live-looks-real-0123456789abcdef";
    await postJson(gateway(), "/chat/completions", chatWith("hi"));
    await fetch(`${gateway().baseUrl}/models`, { headers: { authorization: `Bearer  ${foreign}`, "x-api-key": foreign, cookie: `session=${foreign}` } });

    const [accepted, refused] = gateway().requests;
    // The format, pinned with an independent hash: scheme as sent, then the first 16 hex digits of SHA-256.
    expect(accepted?.headers.authorization).toBe(`Bearer sha256:${sha256Prefix(DEV_GATEWAY_API_KEY)}`);
    expect(accepted?.headers.authorization).toBe(credentialFingerprint(`Bearer ${DEV_GATEWAY_API_KEY}`));
    // An extra space after "Bearer" is part of what was sent, so it gives another fingerprint.
    expect(refused?.headers.authorization).toBe(`Bearer sha256:${sha256Prefix(` ${foreign}`)}`);
    expect(refused?.headers["x-api-key"]).toBe(`sha256:${sha256Prefix(foreign)}`);
    expect(refused?.headers.cookie).toBe(`sha256:${sha256Prefix(`session=${foreign}`)}`);

    const listed = await rawRequest(gateway(), { path: "/__dev/requests" });
    expect(listed.status).toBe(200);
    expect(listed.text).not.toContain(DEV_GATEWAY_API_KEY);
    expect(listed.text).not.toContain(foreign);
    expect(JSON.stringify(gateway().requests)).not.toContain(foreign);
  });
});

describe("the recording is bounded", () => {
  const gateway = useDevGateway({ recording: { maxRequests: 5, maxBytes: 64 * 1024, maxBodyBytes: 16 * 1024 } });

  test("by bytes: the oldest requests go first and the recorded text stays within maxBytes", async () => {
    for (let index = 0; index < 8; index++) await postJson(gateway(), "/chat/completions", chatWith(`${index} ${"x".repeat(15_000)}`));
    const kept = gateway().requests;
    const bytes = kept.reduce((total, request) => total + Buffer.byteLength(request.rawBody), 0);
    expect(bytes).toBeLessThanOrEqual(64 * 1024);
    const firstWord = (body: unknown) => (body as ReturnType<typeof chatWith>).messages[0]?.content.split(" ")[0];
    expect(kept.map((request) => firstWord(request.body))).toEqual(["4", "5", "6", "7"]);
    expect(gateway().recordingSize()).toMatchObject({ requests: 4, dropped: 4 });
    expect(gateway().recordingSize().bytes).toBeLessThanOrEqual(64 * 1024);
  });

  test("by count", async () => {
    for (let index = 0; index < 7; index++) await fetch(`${gateway().baseUrl}/models?n=${index}`);
    expect(gateway().requests.map((request) => request.query.n)).toEqual(["2", "3", "4", "5", "6"]);
  });

  test("a body over maxBodyBytes is kept truncated, with a marker and its real size", async () => {
    const content = "y".repeat(40_000);
    const answer = await postJson(gateway(), "/chat/completions", chatWith(content));
    expect(answer.status).toBe(200);
    const [recorded] = gateway().requests;
    const fullBytes = Buffer.byteLength(JSON.stringify(chatWith(content)));
    expect(recorded?.bodyBytes).toBe(fullBytes);
    expect(recorded?.body).toBeUndefined();
    expect(recorded?.rawBody.startsWith(JSON.stringify(chatWith(content)).slice(0, 16 * 1024))).toBe(true);
    expect(recorded?.rawBody.endsWith(`…[dev gateway: truncated, ${fullBytes} bytes received]`)).toBe(true);
    expect(recorded?.note).toMatch(/truncated/);
  });

  test("clearing drops every request and the byte count with them", async () => {
    for (let index = 0; index < 3; index++) await postJson(gateway(), "/chat/completions", chatWith("z".repeat(10_000)));
    const held = gateway().requests;
    expect(gateway().recordingSize().bytes).toBeGreaterThan(30_000);
    expect((await rawRequest(gateway(), { method: "DELETE", path: "/__dev/requests" })).status).toBe(200);
    expect(held).toHaveLength(0);
    expect(gateway().recordingSize()).toEqual({ requests: 0, bytes: 0, dropped: 0 });
  });
});

describe("the recording's defaults", () => {
  const gateway = useDevGateway();

  test("keep at most 1 MiB of one body: a 3 MiB body is recorded truncated", async () => {
    const content = "w".repeat(3 * 1024 * 1024);
    expect((await postJson(gateway(), "/chat/completions", chatWith(content))).status).toBe(200);
    const [recorded] = gateway().requests;
    expect(Buffer.byteLength(recorded?.rawBody ?? "")).toBeLessThan(DEFAULT_RECORDING_LIMITS.maxBodyBytes + 100);
    expect(recorded?.bodyBytes).toBe(Buffer.byteLength(JSON.stringify(chatWith(content))));
  });

  test("a 100,000-deep JSON body is recorded as text and /__dev/requests keeps answering", async () => {
    const depth = 100_000;
    const deep = `{"model":"gpt-5.4","messages":[{"role":"user","content":"hi"}],"metadata":${"[".repeat(depth)}${"]".repeat(depth)}}`;
    await fetch(`${gateway().baseUrl}/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${gateway().apiKey}`, "content-type": "application/json" },
      body: deep,
    });
    await postJson(gateway(), "/chat/completions", chatWith("after"));

    const listed = await rawRequest(gateway(), { path: "/__dev/requests" });
    expect(listed.status).toBe(200);
    const [first, second] = JSON.parse(listed.text) as Array<{ rawBody: string; body: unknown; note?: string }>;
    expect(first?.rawBody).toBe(deep);
    expect(first?.body).toBeUndefined();
    expect(first?.note).toMatch(/nested deeper than 256 levels/);
    expect(second?.body).toEqual(chatWith("after"));
    expect((await readJson(await fetch(`${gateway().url}/__dev/health`))).ok).toBe(true);
  });
});
