/** Test helpers shared by this package's suites (not exported from the package). */
import { createHook } from "node:async_hooks";
import { request as httpRequest } from "node:http";
import { afterEach, beforeEach, expect } from "vitest";
import type { DevGateway, DevGatewayOptions } from "./dev-gateway.js";
import { startDevGateway } from "./start-dev-gateway.js";

/** Starts a fresh gateway before each test and closes it after, so no test sees another's recording. */
export function useDevGateway(options: DevGatewayOptions = {}): () => DevGateway {
  let gateway: DevGateway | undefined;
  beforeEach(async () => {
    gateway = await startDevGateway(options);
  });
  afterEach(async () => {
    await gateway?.close();
    gateway = undefined;
  });
  return () => {
    if (!gateway) throw new Error("gateway not started");
    return gateway;
  };
}

export function authHeaders(gateway: DevGateway, extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${gateway.apiKey}`, "content-type": "application/json", ...extra };
}

/** POSTs JSON to a path below the gateway's /v1 base with the gateway's key. */
export function postJson(gateway: DevGateway, path: string, body: unknown, headers: Record<string, string> = {}, init: RequestInit = {}): Promise<Response> {
  return fetch(`${gateway.baseUrl}${path}`, {
    method: "POST",
    headers: authHeaders(gateway, headers),
    body: JSON.stringify(body),
    ...init,
  });
}

/**
 * One request over node:http with exactly the headers given, `host` included (fetch always sends the URL's
 * own Host, and no Origin), answered as status and text. How tests play a browser page or a rebound DNS name.
 */
export function rawRequest(
  gateway: DevGateway,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; text: string }> {
  const { port } = new URL(gateway.url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: "127.0.0.1", port, method: options.method ?? "GET", path: options.path, headers: { host: `127.0.0.1:${port}`, ...options.headers } },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

/** The `data:` payloads of an SSE body, in order (including the final `[DONE]`). */
export function sseData(text: string): string[] {
  return text
    .split("\n\n")
    .filter((event) => event.startsWith("data: "))
    .map((event) => event.slice("data: ".length));
}

/**
 * Resolves once `predicate` holds (a socket closed, a timer cleared), checking every 10 ms. No deadline of its
 * own: the test's timeout bounds it, so a slow shared machine cannot fail a test that would pass.
 */
export async function waitFor(predicate: () => boolean): Promise<void> {
  while (!predicate()) await new Promise((resolve) => setTimeout(resolve, 10));
}

/**
 * Follows the timers of exactly `durationMs` (pick an unusual value) from creation to clearance, so a test
 * can prove the gateway cleared its wait when the client left rather than leaving it to fire later.
 */
export function trackTimers(durationMs: number): { live(): number; created(): number; fired(): number; stop(): void } {
  const live = new Set<number>();
  const tracked = new Set<number>();
  let created = 0;
  let fired = 0;
  const hook = createHook({
    init(asyncId, type, _triggerAsyncId, resource) {
      if (type === "Timeout" && (resource as { _idleTimeout?: number })._idleTimeout === durationMs) {
        created++;
        live.add(asyncId);
        tracked.add(asyncId);
      }
    },
    before(asyncId) {
      if (tracked.has(asyncId)) fired++;
    },
    destroy(asyncId) {
      live.delete(asyncId);
    },
  }).enable();
  return { live: () => live.size, created: () => created, fired: () => fired, stop: () => hook.disable() };
}

/**
 * The parsed body. Typed `any` on purpose: tests probe answers field by field, and a wrong guess fails as
 * an assertion, which is the point of the test.
 */
export async function readJson(response: Response): Promise<any> {
  return response.json();
}

/**
 * Checks a 400 in OpenAI's envelope (exactly message, type, param and code) naming `param`, and returns the error
 * for further checks.
 */
export async function expectBadRequest(response: Response, param: string, code: string | null): Promise<any> {
  expect(response.status).toBe(400);
  const { error } = await readJson(response);
  expect(Object.keys(error).sort()).toEqual(["code", "message", "param", "type"]);
  expect(error).toMatchObject({ type: "invalid_request_error", param, code });
  expect(error.message.length).toBeGreaterThan(0);
  return error;
}
